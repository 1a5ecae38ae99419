package store

import (
	"errors"
	"strings"
	"testing"
)

func TestCheckName(t *testing.T) {
	for _, name := range []string{"", strings.Repeat("x", MaxNameLength+1)} {
		if err := CheckName(name); !errors.Is(err, ErrInvalidName) {
			t.Fatalf("CheckName(%d-byte name) = %v, want ErrInvalidName", len(name), err)
		}
	}
	// The limit counts characters, not bytes.
	for _, name := range []string{"x", strings.Repeat("é", MaxNameLength)} {
		if err := CheckName(name); err != nil {
			t.Fatalf("CheckName(%q) = %v, want nil", name, err)
		}
	}
}
