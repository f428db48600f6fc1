//! The `recall` binary: parse, run, print the error once (sanitised, since
//! it may quote input), and map it to an exit code.

use clap::Parser;

fn main() {
    recall::complete_if_asked();
    let cli = match recall::cli::Cli::try_parse() {
        Ok(cli) => cli,
        // --help and --version: clap's own text, on standard output.
        Err(e) if !e.use_stderr() => {
            let _ = e.print();
            std::process::exit(0);
        }
        Err(e) => {
            eprint!("{}", recall::render::clap_error(&e));
            std::process::exit(e.exit_code());
        }
    };
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
