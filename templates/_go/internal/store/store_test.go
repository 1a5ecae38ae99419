package store

import (
	"sync"
	"testing"
)

func TestCreateGetList(t *testing.T) {
	s := New()
	if got := s.List(); len(got) != 0 {
		t.Fatalf("List() on empty store = %v, want none", got)
	}

	first := s.Create("first", "")
	second := s.Create("second", "with description")
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

func TestConcurrentCreateAssignsUniqueIDs(t *testing.T) {
	s := New()
	const n = 100
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() { s.Create("item", "") })
	}
	wg.Wait()

	seen := make(map[int64]bool, n)
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
