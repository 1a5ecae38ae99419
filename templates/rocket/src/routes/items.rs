use rocket::http::Status;
use rocket::response::status::Created;
use rocket::serde::json::{self, Json};
use rocket::{State, get, post};
use serde::Deserialize;

use crate::error::ApiError;
use crate::store::{Item, ItemStore};

const MAX_NAME_CHARS: usize = 100;

#[derive(Deserialize)]
pub struct NewItem {
    name: String,
    #[serde(default)]
    description: Option<String>,
}

/// GET /api/items
#[get("/api/items")]
pub fn list(store: &State<ItemStore>) -> Json<Vec<Item>> {
    Json(store.list())
}

/// POST /api/items: 201 with the new item and its Location. The body is taken as a `Result` so a bad
/// one is answered with the parser's message rather than the catcher's generic one.
#[post("/api/items", data = "<body>")]
pub fn create(
    store: &State<ItemStore>,
    body: Result<Json<NewItem>, json::Error<'_>>,
) -> Result<Created<Json<Item>>, ApiError> {
    let NewItem { name, description } = body?.into_inner();
    if name.trim().is_empty() {
        return Err(ApiError::new(
            Status::UnprocessableEntity,
            "name must not be blank",
        ));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(ApiError::new(
            Status::UnprocessableEntity,
            format!("name must be at most {MAX_NAME_CHARS} characters"),
        ));
    }
    let item = store.create(name, description.unwrap_or_default());
    Ok(Created::new(format!("/api/items/{}", item.id)).body(Json(item)))
}

/// GET /api/items/<id>: the id is taken as a `Result` so a non-integer one is a 400, not a 404.
#[get("/api/items/<id>")]
pub fn get(store: &State<ItemStore>, id: Result<u64, &str>) -> Result<Json<Item>, ApiError> {
    let id =
        id.map_err(|_| ApiError::new(Status::BadRequest, "id must be a non-negative integer"))?;
    store
        .get(id)
        .map(Json)
        .ok_or_else(|| ApiError::new(Status::NotFound, "item not found"))
}
