//! A panic is logged like any other error: one JSON line through `tracing`, with its message and where
//! it happened, instead of the default hook's plain text on stderr, which log pipelines cannot parse.

use std::panic::{self, PanicHookInfo};

/// Replaces the panic hook for the whole process; call it once the subscriber is in place.
pub fn log_panics() {
    panic::set_hook(Box::new(|info: &PanicHookInfo<'_>| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("a panic without a message");
        let location = info
            .location()
            .map(|at| format!("{}:{}", at.file(), at.line()))
            .unwrap_or_default();
        tracing::error!(panic = message, location, "panicked");
    }));
}
