package tasks

import (
	"encoding/json"
	"errors"
	"log/slog"
	"testing"

	"github.com/hibiken/asynq"
)

func TestNewGreetingTask(t *testing.T) {
	task := NewGreetingTask(`Ada "the first" Lovelace`)
	if task.Type() != TypeGreetingSend {
		t.Fatalf("type = %q, want %q", task.Type(), TypeGreetingSend)
	}
	var payload GreetingPayload
	if err := json.Unmarshal(task.Payload(), &payload); err != nil || payload.Name != `Ada "the first" Lovelace` {
		t.Fatalf("payload %s decodes to %+v, %v", task.Payload(), payload, err)
	}
}

func TestGreet(t *testing.T) {
	result, err := greet([]byte(`{"name":"Ada"}`))
	if err != nil {
		t.Fatalf("greet: %v", err)
	}
	var got GreetingResult
	if err := json.Unmarshal(result, &got); err != nil || got.Message != "Hello, Ada!" {
		t.Fatalf("result %s decodes to %+v, %v", result, got, err)
	}
}

func TestGreetSkipsRetryForBadPayloads(t *testing.T) {
	for name, payload := range map[string]string{
		"not JSON":          `not json`,
		"no name":           `{}`,
		"empty name":        `{"name":""}`,
		"name not a string": `{"name":42}`,
	} {
		t.Run(name, func(t *testing.T) {
			if _, err := greet([]byte(payload)); !errors.Is(err, asynq.SkipRetry) {
				t.Fatalf("greet(%s) = %v, want an error wrapping asynq.SkipRetry", payload, err)
			}
		})
	}
}

func TestServeMuxRoutesGreetings(t *testing.T) {
	mux := NewServeMux(slog.New(slog.DiscardHandler))
	h, pattern := mux.Handler(NewGreetingTask("Ada"))
	if _, ok := h.(*GreetingHandler); !ok || pattern != TypeGreetingSend {
		t.Fatalf("handler = %T for pattern %q, want *GreetingHandler for %q", h, pattern, TypeGreetingSend)
	}
}
