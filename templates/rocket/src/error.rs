//! The one error type handlers return: every failure is answered with `{"error": "..."}`.

use rocket::http::Status;
use rocket::request::Request;
use rocket::response::{self, Responder};
use rocket::serde::json::{self, Json};
use serde::Serialize;

#[derive(Debug)]
pub struct ApiError {
    status: Status,
    message: String,
}

#[derive(Serialize)]
pub struct ErrorBody {
    pub error: String,
}

impl ApiError {
    pub fn new(status: Status, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
        }
    }
}

/// The statuses Rocket's `Json` guard uses (413, 422, 400), with the parser's message.
impl From<json::Error<'_>> for ApiError {
    fn from(err: json::Error<'_>) -> Self {
        match err {
            json::Error::Io(err) if err.kind() == std::io::ErrorKind::UnexpectedEof => {
                Self::new(Status::PayloadTooLarge, "request body is too large")
            }
            json::Error::Io(err) => Self::new(Status::BadRequest, err.to_string()),
            json::Error::Parse(_, err) if err.is_data() => {
                Self::new(Status::UnprocessableEntity, format!("invalid item: {err}"))
            }
            json::Error::Parse(_, err) => {
                Self::new(Status::BadRequest, format!("malformed JSON: {err}"))
            }
        }
    }
}

impl<'r> Responder<'r, 'static> for ApiError {
    fn respond_to(self, req: &'r Request<'_>) -> response::Result<'static> {
        let body = Json(ErrorBody {
            error: self.message,
        });
        (self.status, body).respond_to(req)
    }
}
