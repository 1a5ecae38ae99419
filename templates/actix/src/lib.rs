//! The service as a library, so the server binary and the integration tests build the same app.

pub mod error;
pub mod handlers;
pub mod store;

pub use handlers::configure;
