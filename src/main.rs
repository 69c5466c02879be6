//! The `jobctl` binary: parse the command line, run it, map the error to an exit code.

use clap::Parser;

fn main() {
    let json = std::env::args_os().any(|a| a == "--json");
    let cli = match jobctl::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => {
            let _ = e.print(); // --help, --version
            std::process::exit(0);
        }
        Err(e) if json => {
            let message = e.kind().to_string();
            let err = jobctl::error::Error::invalid(
                format!("{message}: {}", e.render()).trim().to_string(),
            );
            jobctl::output::print_error(&err, true);
            std::process::exit(2);
        }
        Err(e) => {
            let _ = e.print();
            std::process::exit(2);
        }
    };
    if let Err(err) = jobctl::cli::run(cli) {
        jobctl::output::print_error(&err, json);
        std::process::exit(err.exit_code());
    }
}
