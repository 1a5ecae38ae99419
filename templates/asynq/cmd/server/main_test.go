package main

import "testing"

func TestParseRole(t *testing.T) {
	for s, want := range map[string]role{
		"all":    {api: true, worker: true},
		"api":    {api: true},
		"worker": {worker: true},
	} {
		if got, err := parseRole(s); err != nil || got != want {
			t.Errorf("parseRole(%q) = %+v, %v, want %+v", s, got, err, want)
		}
	}
	for _, s := range []string{"", "API", "both"} {
		if _, err := parseRole(s); err == nil {
			t.Errorf("parseRole(%q) succeeded, want an error", s)
		}
	}
}
