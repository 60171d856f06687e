//! `pyasync-conformance`: the command line of the corpus runner (see the library docs and
//! `docs/cli.md`). The last line it prints is `N passed, N failed` (with `, N skipped` and
//! `, N xfailed` when nonzero); it exits 0 iff nothing failed, 2 on a usage or setup error.

use clap::Parser;
use pyasync_conformance::{results, runner, Config, Interpreter};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Run the grammar-tests/ corpus on pyasync (or any interpreter) and compare with CPython.
#[derive(Parser, Debug)]
#[command(name = "pyasync-conformance", version)]
struct Args {
    /// Cases to run: folders, files or globs (`grammar-tests/syntax`,
    /// 'grammar-tests/**/await_*'). Default: the whole corpus.
    #[arg(value_name = "PATH|GLOB")]
    filters: Vec<String>,

    /// The interpreter command (e.g. `python3`). Default: the `pyasync` binary next to this
    /// runner. xfail.txt applies only when the interpreter is pyasync.
    #[arg(long, value_name = "CMD")]
    interpreter: Option<String>,

    /// Write each selected case's NAME.expected from the oracle's run instead of testing.
    #[arg(long)]
    bless: bool,

    /// The oracle used by --bless.
    #[arg(long, value_name = "CMD", default_value = "python3")]
    oracle: String,

    /// Seconds before a case is killed (counts as failed).
    #[arg(long, value_name = "SECS", default_value_t = 10.0)]
    timeout: f64,

    /// Cases run at once. Default: the number of available cores.
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,

    /// The corpus root (holding xfail.txt). Default: ./grammar-tests, else the repository's.
    #[arg(long, value_name = "DIR")]
    corpus: Option<PathBuf>,

    /// Write one `OUTCOME CASE` line per case to FILE.
    #[arg(long, value_name = "FILE")]
    results: Option<PathBuf>,

    /// List the cases newly fixed and newly broken since the results FILE of an earlier run.
    #[arg(long, value_name = "FILE")]
    compare: Option<PathBuf>,

    /// List every case, passing ones included.
    #[arg(long, short = 'v')]
    verbose: bool,
}

fn main() {
    let args = Args::parse();
    let code = match run(args) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("pyasync-conformance: {message}");
            2
        }
    };
    std::process::exit(code);
}

fn run(args: Args) -> Result<i32, String> {
    let corpus = match args.corpus {
        Some(dir) => dir,
        None => default_corpus(),
    };
    if !corpus.is_dir() {
        return Err(format!("no corpus at {}", corpus.display()));
    }
    let (interpreter, is_pyasync) = match &args.interpreter {
        Some(cmd) => {
            let interp = Interpreter::parse(cmd).ok_or("--interpreter needs a command")?;
            let name = Path::new(&interp.program).file_name().map(|n| n.to_owned());
            let is_pyasync = name.is_some_and(|n| n == "pyasync");
            (interp, is_pyasync)
        }
        None => (default_interpreter()?, true),
    };
    if !(args.timeout > 0.0 && args.timeout.is_finite()) {
        return Err("--timeout must be a positive number of seconds".to_string());
    }
    let jobs = args.jobs.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let config = Config {
        corpus,
        interpreter,
        use_xfail: is_pyasync,
        timeout: Duration::from_secs_f64(args.timeout),
        jobs,
        filters: args.filters,
    };

    if args.bless {
        let oracle = Interpreter::parse(&args.oracle).ok_or("--oracle needs a command")?;
        let (text, ok) = runner::bless(&config, &oracle)?;
        print!("{text}");
        return Ok(if ok { 0 } else { 1 });
    }

    let report = runner::run_corpus(&config)?;
    print!("{}", report.details(args.verbose));
    let now = report.results();
    if let Some(path) = &args.results {
        std::fs::write(path, results::write(&now))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    if let Some(path) = &args.compare {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let before = results::parse(&text)?;
        let changes = results::compare(&before, &now);
        println!("newly fixed: {}", changes.fixed.len());
        for id in &changes.fixed {
            println!("    {id}");
        }
        println!("newly broken: {}", changes.broken.len());
        for id in &changes.broken {
            println!("    {id}");
        }
    }
    println!("{}", report.summary_line());
    Ok(if report.ok() { 0 } else { 1 })
}

/// `./grammar-tests` when run from the repository root, else the repository's own.
fn default_corpus() -> PathBuf {
    let here = PathBuf::from("grammar-tests");
    if here.is_dir() {
        return here;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar-tests")
}

/// The `pyasync` binary built beside this runner (`target/<profile>/pyasync`).
fn default_interpreter() -> Result<Interpreter, String> {
    let exe = std::env::current_exe().map_err(|e| format!("cannot locate myself: {e}"))?;
    let pyasync = exe.with_file_name("pyasync");
    if !pyasync.is_file() {
        return Err(format!(
            "no pyasync binary at {} (build it: cargo build --release --workspace), or pass \
             --interpreter CMD",
            pyasync.display()
        ));
    }
    Ok(Interpreter {
        program: pyasync.to_string_lossy().into_owned(),
        args: Vec::new(),
    })
}
