//! The service as a library, so the server binary and the integration tests build the same Rocket.

pub mod catchers;
pub mod error;
pub mod routes;
pub mod store;

use rocket::figment::Figment;
use rocket::figment::providers::Env;
use rocket::{Build, Config, Rocket};

use crate::store::ItemStore;

/// The application: routes, JSON catchers and the shared item store.
pub fn rocket() -> Rocket<Build> {
    rocket::custom(figment())
        .manage(ItemStore::default())
        .mount("/", routes::routes())
        .register("/", catchers::catchers())
}

/// Rocket's own configuration (Rocket.toml, then ROCKET_* variables), with the HOST and PORT variables
/// every deployment of this service sets on top, as `address` and `port`.
fn figment() -> Figment {
    Config::figment().merge(Env::raw().only(&["HOST", "PORT"]).map(|key| {
        if key == "host" {
            "address".into()
        } else {
            key.into()
        }
    }))
}
