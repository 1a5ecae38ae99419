//! What POST /api/items accepts. The body is read as a JSON object and checked field by field, so every
//! problem is answered in the API's words rather than the parser's; fields it does not know are
//! ignored.

use serde_json::{Map, Value, error::Category};

pub const MAX_NAME_CHARS: usize = 100;

/// A valid new item: `name` is a string of at most 100 characters that is not only whitespace,
/// `description` an optional string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewItem {
    pub name: String,
    pub description: String,
}

impl TryFrom<Map<String, Value>> for NewItem {
    /// The message for the client.
    type Error = String;

    fn try_from(mut body: Map<String, Value>) -> Result<Self, String> {
        let name = match body.remove("name") {
            Some(Value::String(name)) => name,
            None | Some(Value::Null) => return Err("name is required".to_owned()),
            Some(_) => return Err("name must be a string".to_owned()),
        };
        if name.trim().is_empty() {
            return Err("name must not be blank".to_owned());
        }
        // Counted as sent, in characters (Unicode scalar values), not trimmed.
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(format!("name must be at most {MAX_NAME_CHARS} characters"));
        }
        let description = match body.remove("description") {
            Some(Value::String(description)) => description,
            None | Some(Value::Null) => String::new(),
            Some(_) => return Err("description must be a string".to_owned()),
        };
        Ok(Self { name, description })
    }
}

/// Why a body could not be read as a JSON object, for the client. Invalid UTF-8 and nesting deeper
/// than serde_json's limit (128) are syntax errors too.
pub fn body_error(err: &serde_json::Error) -> String {
    match err.classify() {
        Category::Data => "body must be a JSON object".to_owned(),
        Category::Syntax | Category::Eof => format!("body is not valid JSON: {err}"),
        Category::Io => "the request body could not be read".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn check(body: Value) -> Result<NewItem, String> {
        match body {
            Value::Object(body) => NewItem::try_from(body),
            other => panic!("not an object: {other}"),
        }
    }

    #[test]
    fn accepts_a_name_and_ignores_unknown_fields() {
        let item = check(json!({"name": "a", "description": null, "extra": 1}));
        assert_eq!(
            item,
            Ok(NewItem {
                name: "a".to_owned(),
                description: String::new(),
            })
        );
    }

    #[test]
    fn says_what_is_wrong() {
        for (body, message) in [
            (json!({}), "name is required"),
            (json!({"name": null}), "name is required"),
            (json!({"name": ["a"]}), "name must be a string"),
            (json!({"name": " \t"}), "name must not be blank"),
            (
                json!({"name": "é".repeat(101)}),
                "name must be at most 100 characters",
            ),
            (
                json!({"name": "a", "description": 1}),
                "description must be a string",
            ),
        ] {
            assert_eq!(check(body), Err(message.to_owned()));
        }
    }

    #[test]
    fn describes_bodies_that_are_not_json_objects() {
        let error = |body: &[u8]| {
            let err = serde_json::from_slice::<Map<String, Value>>(body).expect_err("an error");
            body_error(&err)
        };
        for body in [&b"[]"[..], b"\"x\"", b"42", b"null", b"true"] {
            assert_eq!(error(body), "body must be a JSON object");
        }
        for body in [&b"{\"name\": "[..], b"{\"name\": \"\xff\"}", b""] {
            assert!(error(body).starts_with("body is not valid JSON: "));
        }
    }
}
