//! Running one benchmark process and measuring it.
//!
//! The child is spawned with piped stdout/stderr, both pipes are drained on threads (so a chatty
//! program can never block on a full pipe), and the child is reaped with `wait4(2)`, which hands
//! back the kernel's rusage for exactly that process: user and system CPU time and peak resident
//! set size (`ru_maxrss`, KiB on Linux). Wall time is measured around spawn..reap, so it covers
//! interpreter start-up, which is what a user waits for. A watchdog thread kills the child with
//! SIGKILL if it outlives the timeout.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// What one process did.
#[derive(Debug, Clone, Default)]
pub struct Measurement {
    /// Wall-clock seconds from spawn to reap.
    pub wall: f64,
    /// User + system CPU seconds of the process (and its waited-for children).
    pub cpu: f64,
    /// Peak resident set size in KiB.
    pub max_rss_kb: u64,
    /// Exit code, or `None` when killed by a signal.
    pub exit_code: Option<i32>,
    /// Signal number when killed by one.
    pub signal: Option<i32>,
    pub timed_out: bool,
    pub stdout: String,
    pub stderr: String,
}

impl Measurement {
    pub fn succeeded(&self) -> bool {
        self.exit_code == Some(0) && !self.timed_out
    }

    /// Short human description of a failure ("exit 1", "signal 9", "timeout").
    pub fn failure(&self) -> Option<String> {
        if self.timed_out {
            return Some("timeout".into());
        }
        match (self.exit_code, self.signal) {
            (Some(0), _) => None,
            (Some(c), _) => Some(format!("exit {c}")),
            (None, Some(s)) => Some(format!("signal {s}")),
            (None, None) => Some("unknown status".into()),
        }
    }

    /// Last few lines of stderr, for error messages.
    pub fn stderr_tail(&self, lines: usize) -> String {
        let all: Vec<&str> = self.stderr.lines().collect();
        let start = all.len().saturating_sub(lines);
        all[start..].join("\n")
    }
}

fn spawn_reader<R: Read + Send + 'static>(mut r: R) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = r.read_to_end(&mut buf);
        String::from_utf8_lossy(&buf).into_owned()
    })
}

/// Run `argv[0] argv[1..] extra...` with the working directory `cwd` (if given) and measure it.
pub fn run_measured(
    argv: &[String],
    extra: &[String],
    cwd: Option<&Path>,
    timeout: Duration,
) -> std::io::Result<Measurement> {
    let (prog, args) = argv
        .split_first()
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidInput, "empty command"))?;
    let mut cmd = Command::new(prog);
    cmd.args(args)
        .args(extra)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(dir) = cwd {
        cmd.current_dir(dir);
    }
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = child.id() as libc::pid_t;
    let out = spawn_reader(child.stdout.take().expect("piped stdout"));
    let err = spawn_reader(child.stderr.take().expect("piped stderr"));

    let (done_tx, done_rx) = mpsc::channel::<()>();
    let watchdog = thread::spawn(move || {
        if let Err(mpsc::RecvTimeoutError::Timeout) = done_rx.recv_timeout(timeout) {
            // SAFETY: pid is our unreaped child (the main thread has not returned from wait4,
            // otherwise it would have sent on the channel first), so it cannot have been reused.
            unsafe {
                libc::kill(pid, libc::SIGKILL);
            }
            return true;
        }
        false
    });

    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain old data; wait4 fills it in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let rc = loop {
        // SAFETY: valid pointers to locals; pid is our child.
        let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if rc == -1 && std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
            continue;
        }
        break rc;
    };
    let wall = start.elapsed().as_secs_f64();
    let _ = done_tx.send(());
    let timed_out = watchdog.join().unwrap_or(false);
    if rc == -1 {
        return Err(std::io::Error::last_os_error());
    }
    // The child is reaped; std's Child must not wait on it again (dropping it does not).
    drop(child);
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();

    let tv = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 * 1e-6;
    let (exit_code, signal) = if libc::WIFEXITED(status) {
        (Some(libc::WEXITSTATUS(status)), None)
    } else if libc::WIFSIGNALED(status) {
        (None, Some(libc::WTERMSIG(status)))
    } else {
        (None, None)
    };
    Ok(Measurement {
        wall,
        cpu: tv(usage.ru_utime) + tv(usage.ru_stime),
        max_rss_kb: usage.ru_maxrss.max(0) as u64,
        exit_code,
        signal,
        timed_out,
        stdout,
        stderr,
    })
}

/// True when file descriptor 2 is a terminal (progress bar on).
pub fn stderr_is_tty() -> bool {
    // SAFETY: isatty has no preconditions.
    unsafe { libc::isatty(2) == 1 }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Vec<String> {
        vec!["/bin/sh".into(), "-c".into(), script.into()]
    }

    #[test]
    fn measures_exit_output_and_rusage() {
        let m = run_measured(
            &sh("echo hello; echo oops >&2; exit 3"),
            &[],
            None,
            Duration::from_secs(10),
        )
        .unwrap();
        assert_eq!(m.exit_code, Some(3));
        assert_eq!(m.stdout, "hello\n");
        assert_eq!(m.stderr_tail(1), "oops");
        assert_eq!(m.failure().as_deref(), Some("exit 3"));
        assert!(m.max_rss_kb > 0);
        assert!(m.wall > 0.0);
    }

    #[test]
    fn kills_on_timeout() {
        let m = run_measured(&sh("exec sleep 5"), &[], None, Duration::from_millis(200)).unwrap();
        assert!(m.timed_out);
        assert!(m.wall < 4.0);
        assert_eq!(m.failure().as_deref(), Some("timeout"));
    }
}
