use billing_server::config::Command;

#[tokio::main]
async fn main() {
    let command = Command::parse(std::env::args_os().skip(1)).unwrap_or_else(|error| error.exit());
    match command {
        Command::Serve(config) => {
            if let Err(reason) = billing_server::serve(config).await {
                eprintln!("billing-server: {reason}");
                std::process::exit(1);
            }
        }
    }
}
