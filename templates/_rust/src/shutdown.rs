//! Graceful shutdown in two steps. On SIGTERM (or Ctrl-C) the server starts draining: /ready answers
//! 503 so the load balancer stops sending traffic, while every request is still answered, each with
//! `Connection: close` so keep-alive clients reconnect elsewhere. After SHUTDOWN_DRAIN_SECONDS the
//! server stops accepting and finishes the requests in flight.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::signal;

/// Whether the server is draining; clones share the flag.
#[derive(Debug, Clone, Default)]
pub struct Draining(Arc<AtomicBool>);

impl Draining {
    pub fn start(&self) {
        self.0.store(true, Ordering::Relaxed);
    }

    pub fn is_draining(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

/// Resolves when the process receives SIGTERM (what orchestrators send) or SIGINT (Ctrl-C).
pub async fn terminated() -> io::Result<()> {
    #[cfg(unix)]
    {
        let mut sigterm = signal::unix::signal(signal::unix::SignalKind::terminate())?;
        tokio::select! {
            result = signal::ctrl_c() => result,
            _ = sigterm.recv() => Ok(()),
        }
    }
    #[cfg(not(unix))]
    signal::ctrl_c().await
}
