//! Logs on stdout as JSON, one object per line, through `tracing`: the service's own events, one line
//! per request (the [`RequestLog`] fairing), and what Rocket and other crates log through the `log`
//! crate. Rocket installs its own plain-text logger only when no other one is installed, so once
//! [`init`] has run, RUST_LOG filters everything and Rocket's `log_level` setting has no effect.

use std::env;
use std::io;
use std::time::Instant;

use rocket::fairing::{Fairing, Info, Kind};
use rocket::{Data, Orbit, Request, Response, Rocket};
use tracing::Subscriber;
use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::util::SubscriberInitExt;

/// The filter when RUST_LOG is unset or empty: info and above, but of Rocket's own records only
/// warnings and errors, without its launch banner (see [`RequestLog`]'s "listening" line) or the
/// indented lines it writes under each request (`rocket::server::_`), which [`RequestLog`] replaces
/// with one line per request and which report a 404 as an error. Targets match by prefix: `rocket::`
/// leaves out crates whose name starts with "rocket".
pub const DEFAULT_FILTER: &str = "info,rocket::=warn,rocket::launch=off,rocket::server::_=off";

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

/// A subscriber that writes what `filter` lets through to `writer` as JSON lines.
pub fn subscriber<W>(filter: EnvFilter, writer: W) -> impl Subscriber + Send + Sync + 'static
where
    W: for<'writer> MakeWriter<'writer> + Send + Sync + 'static,
{
    tracing_subscriber::fmt()
        .json()
        .flatten_event(true)
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

/// Logs where the server listens once it does, then one line per request when its response is
/// ready: method, path, status and duration.
pub struct RequestLog;

/// When the request arrived, kept in the request's local cache.
struct Started(Instant);

#[rocket::async_trait]
impl Fairing for RequestLog {
    fn info(&self) -> Info {
        Info {
            name: "Request log",
            kind: Kind::Liftoff | Kind::Request | Kind::Response,
        }
    }

    async fn on_liftoff(&self, rocket: &Rocket<Orbit>) {
        let config = rocket.config();
        tracing::info!(address = %config.address, port = config.port, "listening");
    }

    async fn on_request(&self, req: &mut Request<'_>, _: &mut Data<'_>) {
        req.local_cache(|| Started(Instant::now()));
    }

    async fn on_response<'r>(&self, req: &'r Request<'_>, res: &mut Response<'r>) {
        let Started(started) = req.local_cache(|| Started(Instant::now()));
        tracing::info!(
            method = %req.method(),
            path = %req.uri().path(),
            status = res.status().code,
            duration = ?started.elapsed(),
            "request"
        );
    }
}

#[cfg(test)]
mod tests {
    use tracing::Level;

    use super::*;

    #[test]
    fn default_filter_when_unset_or_empty() {
        let default = filter(Some(DEFAULT_FILTER)).unwrap().to_string();
        for unset in [None, Some("")] {
            assert_eq!(filter(unset).unwrap().to_string(), default);
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
    fn default_filter_keeps_rockets_warnings_but_not_its_banner_or_request_lines() {
        let subscriber = subscriber(filter(None).unwrap(), io::sink);
        tracing::subscriber::with_default(subscriber, || {
            assert!(tracing::enabled!(target: "rocket::server", Level::WARN));
            assert!(!tracing::enabled!(target: "rocket::server", Level::INFO));
            assert!(!tracing::enabled!(target: "rocket::server::_", Level::ERROR));
            assert!(!tracing::enabled!(target: "rocket::launch", Level::WARN));
            assert!(tracing::enabled!(target: "my_service", Level::INFO));
            assert!(tracing::enabled!(target: "rocket_app::routes", Level::INFO));
        });
    }

    #[test]
    fn refuses_bad_directives_naming_the_variable() {
        let err = filter(Some("info,sqlx=loud")).unwrap_err();
        assert!(err.starts_with("RUST_LOG=\"info,sqlx=loud\": "), "{err}");
    }
}
