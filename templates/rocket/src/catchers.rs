//! JSON bodies for the errors Rocket answers itself: unknown routes (404), guards that fail (400, 422)
//! and anything else, so no error is ever an HTML page.

use rocket::http::Status;
use rocket::request::Request;
use rocket::serde::json::Json;
use rocket::{Catcher, catch, catchers};

use crate::error::ErrorBody;

#[catch(default)]
fn default(status: Status, _req: &Request<'_>) -> (Status, Json<ErrorBody>) {
    let error = status.reason().unwrap_or("error").to_lowercase();
    (status, Json(ErrorBody { error }))
}

pub fn catchers() -> Vec<Catcher> {
    catchers![default]
}
