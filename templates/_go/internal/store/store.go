// Package store keeps items in memory. Swap it for a database-backed
// implementation when the service needs persistence.
package store

import (
	"cmp"
	"slices"
	"sync"
)

// Item is the sample resource served under /api/items.
type Item struct {
	ID          int64  `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

// Store is an in-memory item store that is safe for concurrent use.
type Store struct {
	mu     sync.RWMutex
	nextID int64
	items  map[int64]Item
}

// New returns an empty store.
func New() *Store {
	return &Store{items: make(map[int64]Item)}
}

// Create adds an item and returns it with its assigned ID.
func (s *Store) Create(name, description string) Item {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	item := Item{ID: s.nextID, Name: name, Description: description}
	s.items[item.ID] = item
	return item
}

// Get returns the item with the given ID and whether it exists.
func (s *Store) Get(id int64) (Item, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	item, ok := s.items[id]
	return item, ok
}

// List returns all items ordered by ID.
func (s *Store) List() []Item {
	s.mu.RLock()
	items := make([]Item, 0, len(s.items))
	for _, item := range s.items {
		items = append(items, item)
	}
	s.mu.RUnlock()
	slices.SortFunc(items, func(a, b Item) int { return cmp.Compare(a.ID, b.ID) })
	return items
}
