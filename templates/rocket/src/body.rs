//! The JSON body guard: a request body that is a JSON object, sent as application/json and no larger
//! than the `json` limit (MAX_BODY_BYTES). Rocket's own `Json` guard reads up to the limit before it
//! looks at the size, and takes any top-level value; this one refuses a declared length over the
//! limit before reading anything.

use rocket::data::{self, Data, FromData, Limits};
use rocket::http::Status;
use rocket::request::Request;
use serde_json::{Map, Value};

use crate::error::ApiError;
use crate::validation;

pub struct JsonObject(pub Map<String, Value>);

#[rocket::async_trait]
impl<'r> FromData<'r> for JsonObject {
    type Error = ApiError;

    async fn from_data(req: &'r Request<'_>, data: Data<'r>) -> data::Outcome<'r, Self> {
        match read(req, data).await {
            Ok(object) => data::Outcome::Success(Self(object)),
            Err(err) => data::Outcome::Error((err.status(), err)),
        }
    }
}

async fn read(req: &Request<'_>, data: Data<'_>) -> Result<Map<String, Value>, ApiError> {
    if !req.content_type().is_some_and(|value| value.is_json()) {
        return Err(ApiError::new(
            Status::UnsupportedMediaType,
            "Content-Type must be application/json",
        ));
    }
    let limit = req.limits().get("json").unwrap_or(Limits::JSON);
    let too_large = || {
        ApiError::new(
            Status::PayloadTooLarge,
            format!("request body exceeds {} bytes", limit.as_u64()),
        )
    };
    let declared = req.headers().get_one("Content-Length");
    let declared = declared.and_then(|length| length.parse::<u64>().ok());
    if declared.is_some_and(|length| length > limit.as_u64()) {
        return Err(too_large());
    }
    // A chunked body is counted while it is read, and refused once it passes the limit.
    let body = data
        .open(limit)
        .into_bytes()
        .await
        .map_err(|_| ApiError::new(Status::BadRequest, "the request body could not be read"))?;
    if !body.is_complete() {
        return Err(too_large());
    }
    serde_json::from_slice(&body).map_err(|err| {
        // A well-formed value that is not an object is 422, as Rocket's own `Json` guard answers.
        let status = if err.is_data() {
            Status::UnprocessableEntity
        } else {
            Status::BadRequest
        };
        ApiError::new(status, validation::body_error(&err))
    })
}
