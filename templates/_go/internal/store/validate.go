package store

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// The longest name and description accepted, in characters (not bytes).
const (
	MaxNameLength        = 100
	MaxDescriptionLength = 1000
)

// Validate checks a new item's fields before Create and returns an error
// whose message tells the client what is wrong. Values are checked as sent,
// spaces included, and stored as sent.
func Validate(name, description string) error {
	switch {
	case name == "":
		return errors.New("name is required")
	case strings.TrimSpace(name) == "":
		return errors.New("name must not be blank")
	case utf8.RuneCountInString(name) > MaxNameLength:
		return fmt.Errorf("name must be at most %d characters", MaxNameLength)
	case utf8.RuneCountInString(description) > MaxDescriptionLength:
		return fmt.Errorf("description must be at most %d characters", MaxDescriptionLength)
	}
	return nil
}
