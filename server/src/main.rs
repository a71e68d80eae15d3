//! The `server` binary: serves the site (default), migrates the database, imports catalogues.

use clap::Parser;
use server::cli::{Cli, Command};

#[cfg(not(feature = "system-allocator"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    server::telemetry::init(&cli.log_format);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            tracing::error!(%error, "could not start the async runtime");
            return std::process::ExitCode::FAILURE;
        }
    };
    let command = cli
        .command
        .clone()
        .unwrap_or_else(|| Command::Serve(cli.serve.clone()));
    match runtime.block_on(server::cli::run(cli, command)) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!(%error, "stopped with an error");
            eprintln!("error: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
