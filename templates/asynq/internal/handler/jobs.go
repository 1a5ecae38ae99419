package handler

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"time"

	"github.com/hibiken/asynq"
)

// JobQueue is what the jobs API needs from the task queue: tasks.Queue
// provides it on Redis, the tests a fake.
type JobQueue interface {
	EnqueueGreeting(ctx context.Context, name string) (*asynq.TaskInfo, error)
	// Task returns an error wrapping asynq.ErrTaskNotFound for an unknown id.
	Task(id string) (*asynq.TaskInfo, error)
}

type jobsHandler struct {
	queue  JobQueue
	logger *slog.Logger
}

type createJobRequest struct {
	Name string `json:"name"`
}

// job is a task as the API shows it. Failed says that the last attempt
// failed; its error text stays in the worker's log, as it can carry internal
// detail (hosts, queries, paths) that is not for whoever knows a job id.
type job struct {
	ID            string          `json:"id"`
	Type          string          `json:"type"`
	Queue         string          `json:"queue"`
	State         string          `json:"state"`
	Retried       int             `json:"retried"`
	MaxRetry      int             `json:"maxRetry"`
	Failed        bool            `json:"failed,omitempty"`
	NextProcessAt time.Time       `json:"nextProcessAt,omitzero"`
	CompletedAt   time.Time       `json:"completedAt,omitzero"`
	Result        json.RawMessage `json:"result,omitempty"`
}

func newJob(info *asynq.TaskInfo) job {
	j := job{
		ID:          info.ID,
		Type:        info.Type,
		Queue:       info.Queue,
		State:       info.State.String(),
		Retried:     info.Retried,
		MaxRetry:    info.MaxRetry,
		Failed:      info.LastErr != "",
		CompletedAt: info.CompletedAt,
	}
	// For a pending task asynq reports the time of the lookup: only a
	// scheduled or retrying one waits for a time of its own.
	if info.State == asynq.TaskStateScheduled || info.State == asynq.TaskStateRetry {
		j.NextProcessAt = info.NextProcessAt
	}
	// Handlers here store JSON results; anything else would corrupt the
	// response, so it is left out.
	if json.Valid(info.Result) {
		j.Result = info.Result
	}
	return j
}

func (h *jobsHandler) create(w http.ResponseWriter, r *http.Request) {
	var req createJobRequest
	if !decodeJSON(w, r, &req, "a JSON object with a string name") {
		return
	}
	if err := checkName(req.Name); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}

	info, err := h.queue.EnqueueGreeting(r.Context(), req.Name)
	if err != nil {
		h.unavailable(w, r, "enqueue failed", err)
		return
	}
	w.Header().Set("Location", "/api/jobs/"+url.PathEscape(info.ID))
	writeJSON(w, http.StatusAccepted, newJob(info))
}

func (h *jobsHandler) get(w http.ResponseWriter, r *http.Request) {
	info, err := h.queue.Task(r.PathValue("id"))
	switch {
	case errors.Is(err, asynq.ErrTaskNotFound):
		writeError(w, http.StatusNotFound, "job not found")
	case err != nil:
		h.unavailable(w, r, "task lookup failed", err)
	default:
		writeJSON(w, http.StatusOK, newJob(info))
	}
}

// unavailable answers 503 when Redis does not: the request was fine, so the
// client may retry it later.
func (h *jobsHandler) unavailable(w http.ResponseWriter, r *http.Request, msg string, err error) {
	h.logger.ErrorContext(r.Context(), msg, slog.Any("error", err))
	w.Header().Set("Retry-After", "5")
	writeError(w, http.StatusServiceUnavailable, "the job queue is unavailable, try again later")
}
