package tasks

import (
	"context"
	"errors"
	"fmt"

	"github.com/hibiken/asynq"
)

// DefaultQueue is the queue the API enqueues on and the worker processes.
const DefaultQueue = "default"

// Queue enqueues tasks on one asynq queue and looks them up.
type Queue struct {
	name      string
	client    *asynq.Client
	inspector *asynq.Inspector
}

// NewQueue returns a Queue on the named asynq queue. Close releases its
// connections.
func NewQueue(redis asynq.RedisConnOpt, name string) *Queue {
	return &Queue{name: name, client: asynq.NewClient(redis), inspector: asynq.NewInspector(redis)}
}

// Ping reports whether Redis answers.
func (q *Queue) Ping() error {
	return q.client.Ping()
}

// EnqueueGreeting queues a greeting for name and returns the new task.
func (q *Queue) EnqueueGreeting(ctx context.Context, name string) (*asynq.TaskInfo, error) {
	return q.client.EnqueueContext(ctx, NewGreetingTask(name), asynq.Queue(q.name))
}

// Task returns the task with the given id. The error wraps
// asynq.ErrTaskNotFound when the queue has no such task.
func (q *Queue) Task(id string) (*asynq.TaskInfo, error) {
	info, err := q.inspector.GetTaskInfo(q.name, id)
	if errors.Is(err, asynq.ErrQueueNotFound) {
		// A queue appears with its first task: no queue, no task.
		return nil, fmt.Errorf("task %q: %w", id, asynq.ErrTaskNotFound)
	}
	return info, err
}

// Close closes the connections to Redis.
func (q *Queue) Close() error {
	return errors.Join(q.client.Close(), q.inspector.Close())
}
