// Package tasks defines the background tasks, the worker that processes them
// and the queue the API puts them on, all on asynq and Redis.
package tasks

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/hibiken/asynq"
)

// TypeGreetingSend is the type of the greeting task; the worker's ServeMux
// routes a task to its handler by type.
const TypeGreetingSend = "greeting:send"

const (
	// greetingMaxRetry is how many times a failed greeting is retried, with
	// exponential backoff, before asynq archives it.
	greetingMaxRetry = 5
	// greetingTimeout bounds one attempt: its context is canceled then, and
	// the attempt counts as failed.
	greetingTimeout = 30 * time.Second
	// greetingRetention keeps a completed greeting, and its result, in Redis
	// for this long, so that GET /api/jobs/{id} can still report it.
	greetingRetention = 24 * time.Hour
)

// GreetingPayload is the data a greeting task carries.
type GreetingPayload struct {
	Name string `json:"name"`
}

// GreetingResult is what a processed greeting stores as the task's result.
type GreetingResult struct {
	Message string `json:"message"`
}

// NewGreetingTask returns a task that greets name, with its retry, timeout
// and retention policy.
func NewGreetingTask(name string) *asynq.Task {
	// Marshaling a struct of strings cannot fail.
	payload, _ := json.Marshal(GreetingPayload{Name: name})
	return asynq.NewTask(TypeGreetingSend, payload,
		asynq.MaxRetry(greetingMaxRetry),
		asynq.Timeout(greetingTimeout),
		asynq.Retention(greetingRetention),
	)
}

// GreetingHandler processes greeting tasks. A real one would send an email or
// a chat message; this one composes the greeting, logs it and stores it as the
// task's result.
type GreetingHandler struct {
	logger *slog.Logger
}

// ProcessTask implements asynq.Handler. An error makes asynq retry the task
// later; one wrapping asynq.SkipRetry archives it at once.
func (h *GreetingHandler) ProcessTask(ctx context.Context, task *asynq.Task) error {
	result, err := greet(task.Payload())
	if err != nil {
		return err
	}
	// The result lives next to the task for its retention period.
	if _, err := task.ResultWriter().Write(result); err != nil {
		return fmt.Errorf("store the result: %w", err)
	}
	id, _ := asynq.GetTaskID(ctx)
	h.logger.InfoContext(ctx, "greeting sent", slog.String("task_id", id))
	return nil
}

// greet turns a greeting payload into its JSON result.
func greet(payload []byte) ([]byte, error) {
	var p GreetingPayload
	if err := json.Unmarshal(payload, &p); err != nil {
		// Retrying cannot repair a malformed payload.
		return nil, fmt.Errorf("decode the payload: %w: %w", err, asynq.SkipRetry)
	}
	if p.Name == "" {
		return nil, fmt.Errorf("the payload has no name: %w", asynq.SkipRetry)
	}
	return json.Marshal(GreetingResult{Message: "Hello, " + p.Name + "!"})
}
