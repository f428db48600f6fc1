//! The `recall` binary: parse, run, map the error to an exit code.

use clap::Parser;

fn main() {
    let cli = recall::cli::Cli::parse();
    if let Err(e) = recall::run(cli) {
        if !matches!(e, recall::Error::BrokenPipe) {
            eprintln!("recall: error: {e}");
        }
        std::process::exit(e.exit_code());
    }
}
