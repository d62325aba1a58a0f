use billing_server::{config::USAGE, ServerConfig};

#[tokio::main]
async fn main() {
    let config = match ServerConfig::from_args(std::env::args().skip(1)) {
        Ok(config) => config,
        Err(reason) => {
            eprintln!("{reason}\n{USAGE}");
            std::process::exit(2);
        }
    };
    if let Err(reason) = billing_server::serve(config).await {
        eprintln!("billing-server: {reason}");
        std::process::exit(1);
    }
}
