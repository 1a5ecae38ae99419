//! Routes and extractor settings. Errors from the JSON and path extractors are turned into
//! [`ApiError`]s here, so every error the API returns has the same JSON shape.

mod health;
mod items;

use actix_web::error::{JsonPayloadError, PathError};
use actix_web::http::StatusCode;
use actix_web::{Error, HttpRequest, HttpResponse, ResponseError, web};

use crate::error::ApiError;

/// Largest JSON body accepted: far above any valid item, small enough to bound memory per request.
const JSON_BODY_LIMIT: usize = 16 * 1024;

/// Registers every route; used by the server and by the tests.
pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(
        web::JsonConfig::default()
            .limit(JSON_BODY_LIMIT)
            .error_handler(json_error),
    )
    .app_data(web::PathConfig::default().error_handler(path_error))
    .service(
        web::resource("/health")
            .get(health::health)
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource("/api/items")
            .get(items::list)
            .post(items::create)
            .default_service(web::to(method_not_allowed)),
    )
    .service(
        web::resource("/api/items/{id}")
            .get(items::get)
            .default_service(web::to(method_not_allowed)),
    )
    .default_service(web::to(not_found));
}

fn json_error(err: JsonPayloadError, _req: &HttpRequest) -> Error {
    match err {
        JsonPayloadError::ContentType => ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type must be application/json",
        ),
        JsonPayloadError::Deserialize(err) => ApiError::bad_request(format!("invalid body: {err}")),
        err => ApiError::new(err.status_code(), err.to_string()),
    }
    .into()
}

fn path_error(_err: PathError, _req: &HttpRequest) -> Error {
    ApiError::bad_request("id must be a non-negative integer").into()
}

async fn not_found() -> HttpResponse {
    ApiError::not_found("not found").error_response()
}

async fn method_not_allowed() -> HttpResponse {
    ApiError::new(StatusCode::METHOD_NOT_ALLOWED, "method not allowed").error_response()
}
