use actix_web::web::Json;
use serde::Serialize;

#[derive(Serialize)]
pub struct Health {
    status: &'static str,
}

/// GET /health: liveness for load balancers and orchestrators.
pub async fn health() -> Json<Health> {
    Json(Health { status: "ok" })
}
