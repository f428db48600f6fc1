//! The `recall` binary: parse, run, print the error once (sanitised, since
//! it may quote input), and map it to an exit code.

use clap::Parser;

fn main() {
    recall::complete_if_asked();
    let cli = recall::cli::Cli::parse();
    if let Err(e) = recall::run(cli) {
        if !matches!(e, recall::Error::BrokenPipe) {
            eprintln!(
                "recall: error: {}",
                recall::render::sanitize(&e.to_string(), false)
            );
        }
        std::process::exit(e.exit_code());
    }
}
