//! The HTTP routes, one module per resource.

mod health;
mod items;

use rocket::{Route, routes};

pub fn routes() -> Vec<Route> {
    routes![health::health, items::list, items::create, items::get]
}
