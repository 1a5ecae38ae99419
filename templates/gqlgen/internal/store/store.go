// Package store keeps items in memory. Swap it for a database-backed
// implementation when the service needs persistence.
package store

import (
	"cmp"
	"errors"
	"slices"
	"sync"
	"unicode/utf8"
)

// MaxNameLength is the longest item name accepted, in characters.
const MaxNameLength = 100

// ErrInvalidName is returned by Create for an empty or too long name.
var ErrInvalidName = errors.New("name is required and must be at most 100 characters")

// Item is the sample resource served under /api/items and by GraphQL.
type Item struct {
	ID          int    `json:"id"`
	Name        string `json:"name"`
	Description string `json:"description"`
}

// Store is an in-memory item store that is safe for concurrent use.
type Store struct {
	mu     sync.RWMutex
	nextID int
	items  map[int]Item
}

// New returns an empty store.
func New() *Store {
	return &Store{items: make(map[int]Item)}
}

// Create validates the name, adds the item and returns it with its assigned
// ID. Validation lives here so REST and GraphQL enforce the same rules.
func (s *Store) Create(name, description string) (Item, error) {
	if name == "" || utf8.RuneCountInString(name) > MaxNameLength {
		return Item{}, ErrInvalidName
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.nextID++
	item := Item{ID: s.nextID, Name: name, Description: description}
	s.items[item.ID] = item
	return item, nil
}

// Get returns the item with the given ID and whether it exists.
func (s *Store) Get(id int) (Item, bool) {
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
