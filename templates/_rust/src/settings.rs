//! The service's own settings, read from the environment once at start and validated, so a bad value
//! stops the server with one line naming the variable instead of surfacing later.

use std::env;
use std::str::FromStr;
use std::time::Duration;

/// MAX_BODY_BYTES when unset: 1 MiB.
pub const DEFAULT_MAX_BODY_BYTES: usize = 1024 * 1024;

/// SHUTDOWN_DRAIN_SECONDS when unset.
pub const DEFAULT_DRAIN_SECONDS: u64 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// MAX_BODY_BYTES: a larger request body is refused with 413, before it is read when its
    /// Content-Length says so.
    pub max_body_bytes: usize,
    /// SHUTDOWN_DRAIN_SECONDS: how long the server keeps answering after SIGTERM (with /ready
    /// failing) before it stops accepting connections; zero stops at once.
    pub shutdown_drain: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            shutdown_drain: Duration::from_secs(DEFAULT_DRAIN_SECONDS),
        }
    }
}

impl Settings {
    pub fn from_env() -> Result<Self, String> {
        Self::from_vars(|name| env::var(name).ok())
    }

    /// The settings from `var`, which looks a variable up by name; unset or empty means the default.
    pub fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let max_body_bytes = parse(&var, "MAX_BODY_BYTES", "a positive number of bytes")?
            .unwrap_or(DEFAULT_MAX_BODY_BYTES);
        if max_body_bytes == 0 {
            return Err("MAX_BODY_BYTES=0: want a positive number of bytes".to_owned());
        }
        let drain_seconds = parse(&var, "SHUTDOWN_DRAIN_SECONDS", "a whole number of seconds")?
            .unwrap_or(DEFAULT_DRAIN_SECONDS);
        Ok(Self {
            max_body_bytes,
            shutdown_drain: Duration::from_secs(drain_seconds),
        })
    }
}

fn parse<T: FromStr>(
    var: impl Fn(&str) -> Option<String>,
    name: &str,
    want: &str,
) -> Result<Option<T>, String> {
    match var(name).filter(|value| !value.is_empty()) {
        None => Ok(None),
        Some(value) => value
            .parse()
            .map(Some)
            .map_err(|_| format!("{name}={value:?}: want {want}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(vars: &[(&str, &str)]) -> Result<Settings, String> {
        Settings::from_vars(|name| {
            vars.iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| (*value).to_owned())
        })
    }

    #[test]
    fn defaults_when_unset_or_empty() {
        assert_eq!(settings(&[]), Ok(Settings::default()));
        assert_eq!(
            settings(&[("MAX_BODY_BYTES", ""), ("SHUTDOWN_DRAIN_SECONDS", "")]),
            Ok(Settings::default())
        );
    }

    #[test]
    fn reads_both_variables() {
        let read = settings(&[("MAX_BODY_BYTES", "2048"), ("SHUTDOWN_DRAIN_SECONDS", "0")]);
        assert_eq!(
            read,
            Ok(Settings {
                max_body_bytes: 2048,
                shutdown_drain: Duration::ZERO,
            })
        );
    }

    #[test]
    fn refuses_bad_values_naming_the_variable() {
        for (name, value) in [
            ("MAX_BODY_BYTES", "0"),
            ("MAX_BODY_BYTES", "-1"),
            ("MAX_BODY_BYTES", "1 MiB"),
            ("SHUTDOWN_DRAIN_SECONDS", "-5"),
            ("SHUTDOWN_DRAIN_SECONDS", "2.5"),
        ] {
            let err = settings(&[(name, value)]).expect_err(value);
            assert!(err.starts_with(&format!("{name}=")), "{err}");
        }
    }
}
