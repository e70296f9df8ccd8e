//! `startup`: how long `passdesk-app` takes from process start to its first
//! interactive screen, and how much memory the app and its WebKit processes
//! hold then, beside the same binary with an empty window (the baseline).
//!
//! `xvfb-run -a startup --app target/release/passdesk-app --db demo.sqlite3 [--runs 7]`
//! The app reports "first screen ready after N ms" when its UI has rendered
//! the first screen; the wall time to that line is measured here.

use std::{
    io::{BufRead, BufReader},
    path::PathBuf,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use clap::Parser;

#[derive(Parser)]
struct Args {
    #[arg(long)]
    app: PathBuf,
    /// The database the app opens (a demo database, say)
    #[arg(long)]
    db: PathBuf,
    #[arg(long, default_value_t = 7)]
    runs: usize,
}

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Resident memory of `pid` and all its descendants, in kB (from /proc).
fn tree_rss_kb(pid: u32) -> u64 {
    let mut family = vec![pid];
    let mut i = 0;
    let procs: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .filter_map(|e| e.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|p| {
            let stat = std::fs::read_to_string(format!("/proc/{p}/stat")).ok()?;
            // The parent pid is the second field after the parenthesised name.
            let ppid = stat.rsplit_once(')')?.1.split_whitespace().nth(1)?.parse().ok()?;
            Some((p, ppid))
        })
        .collect();
    while i < family.len() {
        let parent = family[i];
        family.extend(procs.iter().filter(|(_, pp)| *pp == parent).map(|(p, _)| *p));
        i += 1;
    }
    family
        .iter()
        .filter_map(|p| std::fs::read_to_string(format!("/proc/{p}/status")).ok())
        .filter_map(|s| s.lines().find(|l| l.starts_with("VmRSS:")).and_then(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok()))
        .sum()
}

/// One start: (ms to the first interactive screen, kB resident one second later).
fn one_start(args: &Args, app_args: &[&str]) -> Result<(f64, u64)> {
    let t0 = Instant::now();
    let mut child = Command::new(&args.app).args(app_args).stdin(Stdio::null()).stdout(Stdio::null()).stderr(Stdio::piped()).spawn()?;
    let stderr = child.stderr.take().ok_or("no stderr")?;
    let mut ms = None;
    for line in BufReader::new(stderr).lines() {
        let line = line?;
        if line.contains("first screen ready after") {
            ms = Some(t0.elapsed().as_secs_f64() * 1000.0);
            break;
        }
        if t0.elapsed() > Duration::from_secs(60) {
            break;
        }
    }
    std::thread::sleep(Duration::from_secs(1));
    let rss = tree_rss_kb(child.id());
    child.kill()?;
    child.wait()?;
    // Let the WebKit processes go before the next start.
    std::thread::sleep(Duration::from_millis(500));
    Ok((ms.ok_or("the app never reported its first screen")?, rss))
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn main() -> Result<()> {
    let args = Args::parse();
    let db = args.db.display().to_string();
    let configs: [(&str, Vec<&str>); 2] = [("PassDesk on the demo database", vec!["--db", &db]), ("baseline: same binary, empty window", vec!["--empty-window"])];
    println!("| | first screen interactive, median of {} (ms) | all runs (ms) | resident memory, all processes (MB) |", args.runs);
    println!("|---|---|---|---|");
    for (name, app_args) in &configs {
        // One unmeasured start warms the disk cache, as a second start of the day would be.
        one_start(&args, app_args)?;
        let mut times = Vec::new();
        let mut rss = Vec::new();
        for _ in 0..args.runs {
            let (ms, kb) = one_start(&args, app_args)?;
            times.push(ms);
            rss.push(kb as f64 / 1024.0);
        }
        let all = times.iter().map(|t| format!("{t:.0}")).collect::<Vec<_>>().join(", ");
        println!("| {name} | {:.0} | {all} | {:.0} |", median(times.clone()), median(rss));
    }
    Ok(())
}
