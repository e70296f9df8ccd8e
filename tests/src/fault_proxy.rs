//! A TCP proxy on the loopback interface that breaks the network on purpose:
//! it forwards to one upstream server (PostgreSQL) and, at random points of
//! each byte stream, drops the connection (both sides, after forwarding part
//! or all of what it read) or stalls it (forwards nothing for 50–1500 ms,
//! then resumes or drops). The randomness is seeded: each connection draws from
//! its own generator, made from the seed and the connection's number.
//!
//! Faults can be switched off at any time ([`FaultProxy::heal`]): stalls in
//! progress end at once and no new fault is injected.

use std::{
    io,
    net::SocketAddr,
    sync::{
        atomic::{AtomicBool, AtomicU64, Ordering},
        Arc,
    },
    time::Duration,
};

use rand::{rngs::StdRng, Rng, SeedableRng};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::{
        tcp::{OwnedReadHalf, OwnedWriteHalf},
        TcpListener, TcpStream,
    },
    sync::watch,
};

/// How often and how the proxy breaks connections.
#[derive(Debug, Clone)]
pub struct FaultPlan {
    pub seed: u64,
    /// Bytes forwarded in one direction of a connection before its next
    /// fault: drawn after every fault from this range (inclusive), evenly
    /// on a log scale (as many short gaps of 100–1000 bytes as long ones of
    /// 10–100 kB), so that short exchanges often get through and long ones
    /// seldom do.
    pub bytes_between_faults: (u64, u64),
    /// Of the faults, the share that stall (the others drop at once).
    pub stall_share: f64,
    /// A stall's length in milliseconds, drawn uniformly (inclusive).
    pub stall_ms: (u64, u64),
    /// The chance that a stall ends by dropping the connection instead of resuming.
    pub drop_after_stall: f64,
    /// The chance that a drop due inside a read comes only after the whole
    /// read was forwarded (at a message boundary, mostly).
    pub drop_at_boundary: f64,
    /// Lost answers: a read from the server holding these bytes (say the
    /// `COMMIT` command tag) is, with this chance, not forwarded; the
    /// connection is dropped instead. The client cannot tell whether its
    /// transaction committed.
    pub lose_answers: Option<(Vec<u8>, f64)>,
    /// A slow link, healthy or not: each read is forwarded this long after
    /// it arrived (one way; a round trip takes twice as long).
    pub latency: Duration,
}

impl Default for FaultPlan {
    fn default() -> Self {
        Self { seed: 1, bytes_between_faults: (64, 64 * 1024), stall_share: 0.3, stall_ms: (50, 1500), drop_after_stall: 0.5, drop_at_boundary: 0.5, lose_answers: None, latency: Duration::ZERO }
    }
}

/// What the proxy has done so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FaultCounts {
    /// Faults injected: every drop and every stall (a stall that ends in a drop counts once).
    pub faults: u64,
    pub drops: u64,
    pub stalls: u64,
    /// Of the drops, those that lost an answer (see [`FaultPlan::lose_answers`]).
    pub lost_answers: u64,
    pub connections: u64,
    /// Bytes forwarded, both directions.
    pub bytes: u64,
}

struct Shared {
    plan: FaultPlan,
    upstream: SocketAddr,
    healthy: AtomicBool,
    faults: AtomicU64,
    drops: AtomicU64,
    stalls: AtomicU64,
    lost_answers: AtomicU64,
    connections: AtomicU64,
    bytes: AtomicU64,
    /// The fault count, for waiters.
    fault_count: watch::Sender<u64>,
    /// `true` while healthy: ends stalls at once.
    healed: watch::Sender<bool>,
    /// `true` when the proxy is dropped: every connection closes.
    shutdown: watch::Sender<bool>,
}

impl Shared {
    fn count_fault(&self, stall: bool) {
        if stall {
            self.stalls.fetch_add(1, Ordering::Relaxed);
        } else {
            self.drops.fetch_add(1, Ordering::Relaxed);
        }
        let n = self.faults.fetch_add(1, Ordering::Relaxed) + 1;
        self.fault_count.send_replace(n);
    }

    fn faulty(&self) -> bool {
        !self.healthy.load(Ordering::Relaxed)
    }

    /// Bytes until the next fault, evenly spread on a log scale.
    fn next_budget(&self, rng: &mut StdRng) -> u64 {
        let (lo, hi) = self.plan.bytes_between_faults;
        let x = rng.random_range((lo as f64).ln()..=(hi as f64).ln()).exp();
        (x.round() as u64).clamp(lo, hi)
    }
}

/// The proxy: listening on 127.0.0.1 at [`FaultProxy::addr`] while it lives.
pub struct FaultProxy {
    addr: SocketAddr,
    shared: Arc<Shared>,
}

impl FaultProxy {
    /// Starts a proxy to `upstream` (a loopback address), healthy until [`FaultProxy::break_it`].
    pub async fn start(upstream: SocketAddr, plan: FaultPlan) -> io::Result<Self> {
        if !upstream.ip().is_loopback() {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("the fault proxy forwards to loopback addresses only, not {upstream}")));
        }
        if plan.bytes_between_faults.0 == 0 || plan.bytes_between_faults.0 > plan.bytes_between_faults.1 || plan.stall_ms.0 > plan.stall_ms.1 {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, format!("not a fault plan: {plan:?}")));
        }
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let shared = Arc::new(Shared {
            plan,
            upstream,
            healthy: AtomicBool::new(true),
            faults: AtomicU64::new(0),
            drops: AtomicU64::new(0),
            stalls: AtomicU64::new(0),
            lost_answers: AtomicU64::new(0),
            connections: AtomicU64::new(0),
            bytes: AtomicU64::new(0),
            fault_count: watch::channel(0).0,
            healed: watch::channel(true).0,
            shutdown: watch::channel(false).0,
        });
        tokio::spawn(accept(listener, Arc::clone(&shared)));
        Ok(Self { addr, shared })
    }

    /// Where clients connect: 127.0.0.1 and a port of the system's choice.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Starts injecting faults (on every connection, old and new).
    pub fn break_it(&self) {
        self.shared.healthy.store(false, Ordering::SeqCst);
        self.shared.healed.send_replace(false);
    }

    /// Stops injecting faults: stalls end now, nothing else breaks.
    pub fn heal(&self) {
        self.shared.healthy.store(true, Ordering::SeqCst);
        self.shared.healed.send_replace(true);
    }

    pub fn counts(&self) -> FaultCounts {
        let s = &self.shared;
        FaultCounts {
            faults: s.faults.load(Ordering::Relaxed),
            drops: s.drops.load(Ordering::Relaxed),
            stalls: s.stalls.load(Ordering::Relaxed),
            lost_answers: s.lost_answers.load(Ordering::Relaxed),
            connections: s.connections.load(Ordering::Relaxed),
            bytes: s.bytes.load(Ordering::Relaxed),
        }
    }

    /// Waits until at least `n` faults have been injected.
    pub async fn wait_for_faults(&self, n: u64) {
        let mut rx = self.shared.fault_count.subscribe();
        // The sender lives as long as `self`: the wait cannot fail.
        let _ = rx.wait_for(|c| *c >= n).await;
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.shared.shutdown.send_replace(true);
    }
}

async fn accept(listener: TcpListener, shared: Arc<Shared>) {
    let mut shutdown = shared.shutdown.subscribe();
    loop {
        let client = tokio::select! {
            _ = shutdown.wait_for(|s| *s) => return,
            r = listener.accept() => r,
        };
        let Ok((client, _)) = client else { continue };
        let n = shared.connections.fetch_add(1, Ordering::Relaxed);
        tokio::spawn(connection(client, n, Arc::clone(&shared)));
    }
}

async fn connection(client: TcpStream, n: u64, shared: Arc<Shared>) {
    let Ok(server) = TcpStream::connect(shared.upstream).await else { return };
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    // One generator per connection and direction, from the seed and the connection's number.
    let seed = shared.plan.seed ^ n.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    let (client_read, client_write) = client.into_split();
    let (server_read, server_write) = server.into_split();
    let (kill, _) = watch::channel(false);
    let up = pump(client_read, server_write, StdRng::seed_from_u64(seed), Arc::clone(&shared), kill.clone(), false);
    let down = pump(server_read, client_write, StdRng::seed_from_u64(seed.rotate_left(17) ^ 0x5555), shared, kill, true);
    tokio::join!(up, down);
}

/// Why a pump stopped.
enum End {
    /// Its source closed: the other direction may go on.
    Eof,
    /// The connection is dropped, both ways.
    Kill,
}

/// Forwards one direction. Dropping the halves on return closes the sockets.
async fn pump(mut from: OwnedReadHalf, mut to: OwnedWriteHalf, mut rng: StdRng, shared: Arc<Shared>, kill: watch::Sender<bool>, answers: bool) {
    let mut killed = kill.subscribe();
    let mut shutdown = shared.shutdown.subscribe();
    let end = tokio::select! {
        _ = killed.wait_for(|k| *k) => End::Kill,
        _ = shutdown.wait_for(|s| *s) => End::Kill,
        end = forward(&mut from, &mut to, &mut rng, &shared, answers) => end,
    };
    match end {
        End::Eof => {
            let _ = to.shutdown().await;
        }
        End::Kill => {
            kill.send_replace(true);
        }
    }
}

/// Forwards one direction; `answers`: from the server to the client.
async fn forward(from: &mut OwnedReadHalf, to: &mut OwnedWriteHalf, rng: &mut StdRng, shared: &Shared, answers: bool) -> End {
    let plan = &shared.plan;
    let mut budget = shared.next_budget(rng);
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) => return End::Eof,
            Ok(n) => n,
            Err(_) => return End::Kill,
        };
        if !plan.latency.is_zero() {
            tokio::time::sleep(plan.latency).await;
        }
        let mut chunk = &buf[..n];
        if let (true, Some((pattern, chance))) = (answers, &plan.lose_answers) {
            if shared.faulty() && contains(chunk, pattern) && rng.random_bool(*chance) {
                shared.lost_answers.fetch_add(1, Ordering::Relaxed);
                shared.count_fault(false);
                return End::Kill;
            }
        }
        while !chunk.is_empty() {
            let faulty = shared.faulty();
            let take = if faulty { chunk.len().min(usize::try_from(budget).unwrap_or(usize::MAX)) } else { chunk.len() };
            if take > 0 && to.write_all(&chunk[..take]).await.is_err() {
                return End::Kill;
            }
            shared.bytes.fetch_add(take as u64, Ordering::Relaxed);
            chunk = &chunk[take..];
            if !faulty {
                continue;
            }
            budget -= take as u64;
            if budget > 0 {
                continue;
            }
            // The fault: at this point of the stream, after `take` bytes of this read.
            if !rng.random_bool(plan.stall_share) {
                // Or just after the whole read: a request that reached the
                // server whole (a COMMIT, say) and whose answer never returns.
                if !chunk.is_empty() && rng.random_bool(plan.drop_at_boundary) && to.write_all(chunk).await.is_ok() {
                    shared.bytes.fetch_add(chunk.len() as u64, Ordering::Relaxed);
                }
                shared.count_fault(false);
                return End::Kill;
            }
            shared.count_fault(true);
            let ms = rng.random_range(plan.stall_ms.0..=plan.stall_ms.1);
            let drop_after = rng.random_bool(plan.drop_after_stall);
            let mut healed = shared.healed.subscribe();
            let cut_short = tokio::select! {
                _ = tokio::time::sleep(Duration::from_millis(ms)) => false,
                _ = healed.wait_for(|h| *h) => true,
            };
            if drop_after && !cut_short {
                return End::Kill;
            }
            budget = shared.next_budget(rng);
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}
