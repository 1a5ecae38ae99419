package store

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	for _, tc := range []struct{ name, description, want string }{
		{"", "", "name is required"},
		{" \t ", "", "name must not be blank"},
		{strings.Repeat("x", MaxNameLength+1), "", "name must be at most 100 characters"},
		{"Widget", strings.Repeat("x", MaxDescriptionLength+1), "description must be at most 1000 characters"},
	} {
		if err := Validate(tc.name, tc.description); err == nil || err.Error() != tc.want {
			t.Errorf("Validate(%.20q, %.20q) = %v, want %q", tc.name, tc.description, err, tc.want)
		}
	}
	// The limits count characters, not bytes.
	if err := Validate(strings.Repeat("é", MaxNameLength), strings.Repeat("é", MaxDescriptionLength)); err != nil {
		t.Fatalf("Validate at the limits = %v, want nil", err)
	}
}
