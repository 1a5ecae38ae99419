//! A thread-safe in-memory item store shared by every request. Swap it for a database-backed one when
//! the service needs persistence.

use std::collections::BTreeMap;
use std::sync::{PoisonError, RwLock};

use serde::Serialize;

/// The sample resource served under /api/items.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Item {
    pub id: u64,
    pub name: String,
    pub description: String,
}

#[derive(Debug, Default)]
pub struct ItemStore {
    inner: RwLock<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    last_id: u64,
    // Ordered by id, so listing needs no sort.
    items: BTreeMap<u64, Item>,
}

impl ItemStore {
    /// Adds an item and returns it with its new id (ids start at 1).
    pub fn create(&self, name: String, description: String) -> Item {
        // A panic while holding the lock cannot leave the map half-written, so a poisoned lock is safe
        // to keep using.
        let mut inner = self.inner.write().unwrap_or_else(PoisonError::into_inner);
        inner.last_id += 1;
        let item = Item {
            id: inner.last_id,
            name,
            description,
        };
        inner.items.insert(item.id, item.clone());
        item
    }

    pub fn get(&self, id: u64) -> Option<Item> {
        let inner = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        inner.items.get(&id).cloned()
    }

    /// All items, ordered by id.
    pub fn list(&self) -> Vec<Item> {
        let inner = self.inner.read().unwrap_or_else(PoisonError::into_inner);
        inner.items.values().cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assigns_increasing_ids_and_lists_in_order() {
        let store = ItemStore::default();
        let first = store.create("first".into(), String::new());
        let second = store.create("second".into(), "two".into());

        assert_eq!((first.id, second.id), (1, 2));
        assert_eq!(store.list(), vec![first.clone(), second]);
        assert_eq!(store.get(1), Some(first));
        assert_eq!(store.get(3), None);
    }
}
