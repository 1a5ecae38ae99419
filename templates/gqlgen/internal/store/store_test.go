package store

import (
	"errors"
	"strings"
	"sync"
	"testing"
)

func mustCreate(t *testing.T, s *Store, name, description string) Item {
	t.Helper()
	item, err := s.Create(name, description)
	if err != nil {
		t.Fatalf("Create(%q): %v", name, err)
	}
	return item
}

func TestCreateGetList(t *testing.T) {
	s := New()
	if got := s.List(); len(got) != 0 {
		t.Fatalf("List() on empty store = %v, want none", got)
	}

	first := mustCreate(t, s, "first", "")
	second := mustCreate(t, s, "second", "with description")
	if first.ID != 1 || second.ID != 2 {
		t.Fatalf("IDs = %d, %d, want 1, 2", first.ID, second.ID)
	}

	got, ok := s.Get(second.ID)
	if !ok || got != second {
		t.Fatalf("Get(%d) = %v, %v, want %v, true", second.ID, got, ok, second)
	}
	if _, ok := s.Get(99); ok {
		t.Fatal("Get(99) found an item that was never created")
	}

	list := s.List()
	if len(list) != 2 || list[0] != first || list[1] != second {
		t.Fatalf("List() = %v, want [%v %v]", list, first, second)
	}
}

func TestCreateValidatesName(t *testing.T) {
	s := New()
	for _, name := range []string{"", strings.Repeat("x", MaxNameLength+1)} {
		if _, err := s.Create(name, ""); !errors.Is(err, ErrInvalidName) {
			t.Fatalf("Create(%d-byte name) error = %v, want ErrInvalidName", len(name), err)
		}
	}
	// The limit counts characters, not bytes.
	mustCreate(t, s, strings.Repeat("é", MaxNameLength), "")
	if got := s.List(); len(got) != 1 {
		t.Fatalf("List() = %v, want only the valid item", got)
	}
}

func TestConcurrentCreateAssignsUniqueIDs(t *testing.T) {
	s := New()
	const n = 100
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() { _, _ = s.Create("item", "") })
	}
	wg.Wait()

	seen := make(map[int]bool, n)
	for _, item := range s.List() {
		if seen[item.ID] {
			t.Fatalf("duplicate ID %d", item.ID)
		}
		seen[item.ID] = true
	}
	if len(seen) != n {
		t.Fatalf("got %d items, want %d", len(seen), n)
	}
}
