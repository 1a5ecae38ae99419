package handler

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"unicode/utf8"
)

const (
	maxNameLength = 100
	// maxBodyBytes caps request bodies far above any valid one, so a huge body
	// is refused before it is read into memory.
	maxBodyBytes = 1 << 20
)

// decodeJSON reads the request body, a single JSON object, into v. When the
// body is not one, it answers with a JSON 4xx that says shape and returns
// false.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any, shape string) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBodyBytes))
	if err := dec.Decode(v); err != nil {
		if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
			writeError(w, http.StatusRequestEntityTooLarge, "request body is larger than 1 MiB")
			return false
		}
		writeError(w, http.StatusBadRequest, "request body must be "+shape)
		return false
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		writeError(w, http.StatusBadRequest, "request body must hold a single JSON object")
		return false
	}
	return true
}

// checkName validates the name field that items and jobs share.
func checkName(name string) error {
	if name == "" {
		return errors.New("name is required")
	}
	if utf8.RuneCountInString(name) > maxNameLength {
		return errors.New("name must be at most " + strconv.Itoa(maxNameLength) + " characters")
	}
	return nil
}
