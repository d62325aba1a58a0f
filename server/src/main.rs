use std::io::IsTerminal;

use billing_server::config::Command;
use billing_server::log;

#[tokio::main]
async fn main() {
    let command = Command::parse(std::env::args_os().skip(1)).unwrap_or_else(|error| error.exit());
    let stderr_is_terminal = std::io::stderr().is_terminal();
    let subscriber = log::subscriber(log::filter_from_env(), std::io::stderr, stderr_is_terminal);
    if let Err(reason) = tracing::subscriber::set_global_default(subscriber) {
        eprintln!("billing-server: no request log: {reason}");
    }
    match command {
        Command::Serve(config) => {
            if let Err(reason) = billing_server::serve(config).await {
                eprintln!("billing-server: {reason}");
                std::process::exit(1);
            }
        }
        Command::Conformance(target) => {
            let report = billing_server::conformance::run(&target).await;
            println!("{report}");
            std::process::exit(if report.passed() { 0 } else { 1 });
        }
        Command::Openapi => match billing_server::openapi::pretty() {
            Ok(document) => println!("{document}"),
            Err(reason) => {
                eprintln!("billing-server: {reason}");
                std::process::exit(1);
            }
        },
    }
}
