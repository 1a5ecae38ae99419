package store

import (
	"errors"
	"unicode/utf8"
)

// MaxNameLength is the longest item name accepted, in characters.
const MaxNameLength = 100

// ErrInvalidName is returned by CheckName for an empty or too long name.
var ErrInvalidName = errors.New("name is required and must be at most 100 characters")

// CheckName validates an item name. REST and GraphQL both call it before
// Create, so they enforce the same rules.
func CheckName(name string) error {
	if name == "" || utf8.RuneCountInString(name) > MaxNameLength {
		return ErrInvalidName
	}
	return nil
}
