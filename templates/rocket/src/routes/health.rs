use rocket::get;
use rocket::serde::json::Json;
use serde::Serialize;

#[derive(Serialize)]
pub struct Health {
    status: &'static str,
}

/// GET /health: liveness for load balancers and orchestrators.
#[get("/health")]
pub fn health() -> Json<Health> {
    Json(Health { status: "ok" })
}
