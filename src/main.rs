//! The `ferrite` command: CPython's command line, wired to the compiler and (once it lands)
//! the evaluation loop. Thin by design: no runtime logic lives here.

use ferrite_interp::compile::{compile, CompileOptions, Mode};
use std::io::Read;
use std::process::ExitCode;

const VERSION: &str = "Python 3.12.1 (ferrite 0.1.0)";

const HELP: &str = "usage: ferrite [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options (a subset of CPython's):
-c cmd : program passed in as string (terminates option list)
-m mod : run library module as a script (terminates option list)
-h     : print this help message and exit (also -? or --help)
-V     : print the Python version number and exit (also --version)
-u     : unbuffered binary stdout and stderr
-O     : remove assert and __debug__-dependent statements
-B     : don't write .pyc files (Ferrite never writes them)
-E     : ignore PYTHON* environment variables
-I     : isolate (implies -E, -P and -s)
-P     : don't prepend a potentially unsafe path to sys.path
-s     : don't add user site directory to sys.path
-S     : don't add site-packages to sys.path
-W arg : warning control
-v -q  : verbose, quiet
-X jit=off|on, -X jit-threshold=N : JIT controls
-X dis : print the compiled bytecode instead of running
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// What to run, parsed from the command line.
enum Target {
    Command(String),
    Module(String),
    File(String),
    Stdin,
}

struct Options {
    optimize: u8,
    unbuffered: bool,
    dis: bool,
    target: Target,
    argv: Vec<String>,
    sys: ferrite_interp::sys_config::Config,
}

fn parse_args(args: &[String]) -> Result<Options, ExitCode> {
    let mut o = Options {
        optimize: 0,
        unbuffered: false,
        dis: false,
        target: Target::Stdin,
        argv: vec![],
        sys: Default::default(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-V" | "--version" => {
                println!("{VERSION}");
                return Err(ExitCode::SUCCESS);
            }
            "-h" | "-?" | "--help" => {
                print!("{HELP}");
                return Err(ExitCode::SUCCESS);
            }
            "-c" | "-m" => {
                let Some(v) = args.get(i + 1) else {
                    eprintln!("Argument expected for the {a} option");
                    return Err(ExitCode::from(2));
                };
                o.target = if a == "-c" {
                    Target::Command(v.clone())
                } else {
                    Target::Module(v.clone())
                };
                o.argv = std::iter::once(if a == "-c" { "-c".into() } else { v.clone() })
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                return Ok(o);
            }
            "-O" => o.optimize = o.optimize.max(1),
            "-OO" => o.optimize = 2,
            "-u" => o.unbuffered = true,
            "-B" => o.sys.dont_write_bytecode = true,
            "-E" => o.sys.ignore_environment = true,
            "-I" => {
                o.sys.isolated = true;
                o.sys.ignore_environment = true;
                o.sys.no_user_site = true;
                o.sys.safe_path = true;
            }
            "-s" => o.sys.no_user_site = true,
            "-S" => o.sys.no_site = true,
            "-P" => o.sys.safe_path = true,
            "-q" => o.sys.quiet = true,
            "-v" => o.sys.verbose += 1,
            "-X" | "-W" => {
                let Some(v) = args.get(i + 1) else {
                    eprintln!("Argument expected for the {a} option");
                    return Err(ExitCode::from(2));
                };
                if a == "-W" {
                    o.sys.warnoptions.push(v.clone());
                } else if v == "dis" {
                    o.dis = true;
                } else {
                    o.sys.xoptions.push(v.clone());
                }
                i += 1;
            }
            "-" => {
                o.target = Target::Stdin;
                o.argv = args[i..].to_vec();
                return Ok(o);
            }
            s if s.starts_with("-X") => {
                if &s[2..] == "dis" {
                    o.dis = true;
                } else {
                    o.sys.xoptions.push(s[2..].to_string());
                }
            }
            s if s.starts_with("-W") => o.sys.warnoptions.push(s[2..].to_string()),
            s if s.starts_with('-') && s.len() > 1 => {
                eprintln!("Unknown option: {s}");
                eprint!("usage: ferrite [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `ferrite -h' for more information.\n");
                return Err(ExitCode::from(2));
            }
            _ => {
                o.target = Target::File(a.clone());
                o.argv = args[i..].to_vec();
                return Ok(o);
            }
        }
        i += 1;
    }
    Ok(o)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = match parse_args(&args) {
        Ok(o) => o,
        Err(code) => return code,
    };
    let (source, filename) = match &opts.target {
        Target::Command(c) => (c.clone(), "<string>".to_string()),
        Target::File(f) => match std::fs::read_to_string(f) {
            Ok(s) => (s, absolute_script_path(f)),
            Err(e) => {
                eprintln!(
                    "ferrite: can't open file '{}': [Errno {}] {}",
                    f,
                    e.raw_os_error().unwrap_or(0),
                    e
                );
                return ExitCode::from(2);
            }
        },
        Target::Stdin => {
            let mut s = String::new();
            if std::io::stdin().read_to_string(&mut s).is_err() {
                return ExitCode::from(2);
            }
            (s, "<stdin>".to_string())
        }
        Target::Module(m) => (m.clone(), String::new()),
    };
    if opts.dis {
        let copts = CompileOptions {
            optimize: opts.optimize,
            ..Default::default()
        };
        return match compile(&source, &filename, Mode::Exec, &copts) {
            Ok(code) => {
                print!("{}", ferrite_interp::compile::disassemble(&code));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprint!("{}", render_syntax_error(&e));
                ExitCode::from(1)
            }
        };
    }
    let mut sys = opts.sys.clone();
    sys.optimize = opts.optimize;
    sys.unbuffered = opts.unbuffered;
    sys.orig_argv = std::iter::once("ferrite".to_string())
        .chain(args.iter().cloned())
        .collect();
    sys.path0 = Some(match &opts.target {
        Target::File(f) => script_dir(f),
        Target::Module(_) => std::env::current_dir()
            .map(|d| d.to_string_lossy().into_owned())
            .unwrap_or_default(),
        _ => String::new(),
    });
    let module = match &opts.target {
        Target::Module(m) => Some(m.clone()),
        _ => None,
    };
    ferrite_interp::sys_config::set_config(sys);
    ferrite_interp::run::set_optimize(opts.optimize);
    ferrite_interp::sysmod::set_unbuffered(opts.unbuffered);
    // Python runs on a thread with a large native stack so deep recursion ends in
    // RecursionError (checked against this size) rather than a stack overflow.
    const STACK: usize = 4 << 30;
    let argv = opts.argv.clone();
    let child = std::thread::Builder::new()
        .name("python-main".into())
        .stack_size(STACK)
        .spawn(move || {
            let _mutator = ferrite_gc::register_thread();
            ferrite_runtime::thread::set_native_stack(STACK);
            for &(name, init) in ferrite_stdlib::MODULES {
                ferrite_interp::import::register_builtin_module(name, init);
            }
            ferrite_stdlib::set_flush_stdout_hook(ferrite_interp::sysmod::flush_stdout);
            ferrite_stdlib::set_import_hook(ferrite_interp::import::import_module_by_name);
            ferrite_stdlib::set_code_marshal_hooks(ferrite_stdlib::CodeMarshalHooks {
                dump: ferrite_interp::codecache::marshal_dump_code,
                load: ferrite_interp::codecache::marshal_load_code,
            });
            ferrite_stdlib::set_print_exception_hook(ferrite_interp::traceback::print_exception);
            ferrite_interp::init(&argv);
            // builtins.open is _io.open (as in CPython)
            if let Ok(io) = ferrite_interp::import::import_module_by_name("_io") {
                if let Ok(open) = ferrite_runtime::ops::getattr_str(io, "open") {
                    ferrite_runtime::objects::dict::dict_set_str(
                        ferrite_interp::sysmod::builtins_dict(),
                        "open",
                        open,
                    );
                }
            }
            ferrite_interp::signals::install();
            {
                use ferrite_interp::signals as sig;
                ferrite_stdlib::signal::set_os(ferrite_stdlib::signal::SignalOs {
                    set_disposition: |s, how| {
                        let d = match how {
                            0 => sig::Disposition::Default,
                            1 => sig::Disposition::Ignore,
                            _ => sig::Disposition::Catch,
                        };
                        sig::set_disposition(s, d)
                    },
                    raise_signal: sig::raise_signal,
                    alarm: sig::alarm,
                    pause: sig::pause,
                    set_wakeup_fd: sig::set_wakeup_fd,
                    check: sig::check,
                });
                sig::set_dispatch(ferrite_stdlib::signal::dispatch);
            }
            let code = match module {
                Some(m) => ferrite_interp::run::run_module_as_main(&m),
                None => ferrite_interp::run::run_main(&source, &filename),
            };
            // atexit callbacks run after the main module, before stdout is flushed for good
            ferrite_stdlib::atexit::run_exitfuncs();
            ferrite_interp::run::finalize_main_module();
            ferrite_interp::sysmod::flush_stdout();
            // files left open: their buffered data is written out, as CPython's
            // finalization does
            ferrite_stdlib::io::flush_at_exit();
            code
        });
    let status = match child.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        _ => {
            ferrite_interp::sysmod::flush_stdout();
            eprintln!("ferrite: internal error (a Rust panic): please report it");
            70
        }
    };
    if ferrite_interp::run::ended_by_keyboard_interrupt() {
        ferrite_interp::signals::exit_by_sigint();
    }
    ExitCode::from((status & 0xff) as u8)
}

/// The script's path as CPython names it in `__file__` and tracebacks: a relative path is
/// joined to the current directory as is (no normalisation of `.` or `..`).
/// sys.path[0] for a script: its directory, symlinks resolved (as CPython).
fn script_dir(f: &str) -> String {
    let p = std::fs::canonicalize(f)
        .unwrap_or_else(|_| std::path::PathBuf::from(absolute_script_path(f)));
    p.parent()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn absolute_script_path(f: &str) -> String {
    if f.starts_with('/') {
        return f.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => {
            let d = d.to_string_lossy();
            if d.ends_with('/') {
                format!("{d}{f}")
            } else {
                format!("{d}/{f}")
            }
        }
        Err(_) => f.to_string(),
    }
}

/// A SyntaxError as CPython prints it for an uncaught error: location, source line, carets.
fn render_syntax_error(e: &ferrite_interp::compile::CompileError) -> String {
    let mut out = format!("  File \"{}\", line {}\n", e.filename, e.line);
    if let Some(text) = &e.text {
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        let trimmed = trimmed.trim_end();
        out.push_str(&format!("    {trimmed}\n"));
        if e.col > 0 {
            let start = (e.col as usize).saturating_sub(1).saturating_sub(indent);
            let width = if e.end_line == e.line && e.end_col > e.col {
                (e.end_col - e.col) as usize
            } else {
                1
            };
            out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
        }
    }
    out.push_str(&format!("{}: {}\n", e.kind.name(), e.msg));
    out
}
