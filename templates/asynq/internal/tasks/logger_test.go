package tasks

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"testing"
)

func TestLoggerWritesAsynqLinesToSlog(t *testing.T) {
	var buf bytes.Buffer
	l := NewLogger(slog.New(slog.NewJSONHandler(&buf, nil)))
	l.Warn("queue ", "default", " is paused")

	var line map[string]any
	if err := json.Unmarshal(buf.Bytes(), &line); err != nil {
		t.Fatalf("decode %q: %v", buf.String(), err)
	}
	if line["level"] != "WARN" || line["msg"] != "queue default is paused" || line["component"] != "asynq" {
		t.Fatalf("line = %v, want a WARN from asynq", line)
	}
}
