//! Logs on stdout as JSON, one object per line, through `tracing`: the service's own events, one line
//! per request (tracing-actix-web's request span, logged when it closes), and what other crates log
//! through the `log` crate.

use std::env;
use std::io;

use tracing::Subscriber;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::fmt::format::FmtSpan;
use tracing_subscriber::util::SubscriberInitExt;

/// The filter when RUST_LOG is unset or empty.
pub const DEFAULT_FILTER: &str = "info";

/// The filter that `directives` (RUST_LOG's value, in `EnvFilter` syntax such as `debug` or
/// `info,sqlx=warn`) describe, or [`DEFAULT_FILTER`] for none.
pub fn filter(directives: Option<&str>) -> Result<EnvFilter, String> {
    let directives = directives
        .filter(|value| !value.is_empty())
        .unwrap_or(DEFAULT_FILTER);
    EnvFilter::builder()
        .parse(directives)
        .map_err(|err| format!("RUST_LOG={directives:?}: {err}"))
}

/// A subscriber that writes what `filter` lets through to `writer` as JSON lines, each request span
/// once, when it closes, with its fields (method, route, status, ...).
pub fn subscriber<W>(filter: EnvFilter, writer: W) -> impl Subscriber + Send + Sync + 'static
where
    W: for<'writer> MakeWriter<'writer> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .json()
        .flatten_event(true)
        .with_span_events(FmtSpan::CLOSE)
        .with_env_filter(filter)
        .with_writer(writer)
        .finish()
}

/// Logs the whole process to stdout, `log` records and panics included, with the filter RUST_LOG
/// sets. A RUST_LOG that does not parse is returned as an error once the default filter is in place,
/// so that it is logged like any other.
pub fn init() -> Result<(), String> {
    let (filter, parsed) = match filter(env::var("RUST_LOG").ok().as_deref()) {
        Ok(filter) => (filter, Ok(())),
        Err(err) => (EnvFilter::new(DEFAULT_FILTER), Err(err)),
    };
    subscriber(filter, io::stdout).init();
    crate::panics::log_panics();
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_filter_when_unset_or_empty() {
        for unset in [None, Some("")] {
            assert_eq!(filter(unset).unwrap().to_string(), DEFAULT_FILTER);
        }
    }

    #[test]
    fn reads_directives() {
        assert_eq!(
            filter(Some("warn,my_crate=debug")).unwrap().to_string(),
            "my_crate=debug,warn"
        );
    }

    #[test]
    fn refuses_bad_directives_naming_the_variable() {
        let err = filter(Some("info,sqlx=loud")).unwrap_err();
        assert!(err.starts_with("RUST_LOG=\"info,sqlx=loud\": "), "{err}");
    }
}
