use actix_web::HttpResponse;
use actix_web::http::header;
use actix_web::web::{Data, Json, Path};
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
pub async fn list(store: Data<ItemStore>) -> Json<Vec<Item>> {
    Json(store.list())
}

/// POST /api/items: 201 with the new item and its Location.
pub async fn create(store: Data<ItemStore>, body: Json<NewItem>) -> Result<HttpResponse, ApiError> {
    let NewItem { name, description } = body.into_inner();
    if name.trim().is_empty() {
        return Err(ApiError::bad_request("name must not be blank"));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(ApiError::bad_request(format!(
            "name must be at most {MAX_NAME_CHARS} characters"
        )));
    }
    let item = store.create(name, description.unwrap_or_default());
    Ok(HttpResponse::Created()
        .insert_header((header::LOCATION, format!("/api/items/{}", item.id)))
        .json(item))
}

/// GET /api/items/{id}
pub async fn get(store: Data<ItemStore>, id: Path<u64>) -> Result<Json<Item>, ApiError> {
    store
        .get(id.into_inner())
        .map(Json)
        .ok_or_else(|| ApiError::not_found("item not found"))
}
