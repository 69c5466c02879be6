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
            // clap's text without its `error: ` prefix and its `For more information` tail.
            let text = e.render().to_string();
            let text = text.trim().trim_start_matches("error: ");
            let text = text
                .split("\n\nFor more information")
                .next()
                .unwrap_or(text);
            let err = jobctl::error::Error::invalid(text.trim().to_string());
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
