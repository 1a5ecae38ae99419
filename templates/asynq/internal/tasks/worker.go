package tasks

import (
	"context"
	"errors"
	"log/slog"
	"time"

	"github.com/hibiken/asynq"
)

// ShutdownTimeout is how long the worker's Shutdown lets running tasks finish;
// tasks still running then go back to Redis and run again later. It runs
// alongside the API's drain; keep both below the orchestrator's kill grace
// period.
const ShutdownTimeout = 10 * time.Second

// NewWorker returns an asynq server that processes the tasks of queue. Start
// it with NewServeMux; Shutdown stops it.
func NewWorker(redis asynq.RedisConnOpt, logger *slog.Logger, queue string) *asynq.Server {
	return asynq.NewServer(redis, asynq.Config{
		// Concurrency is left at its default, the number of CPUs; raise it
		// for tasks that mostly wait on the network.
		Queues:          map[string]int{queue: 1},
		ShutdownTimeout: ShutdownTimeout,
		Logger:          NewLogger(logger),
		ErrorHandler:    logFailure(logger),
	})
}

// NewServeMux routes each task type to its handler.
func NewServeMux(logger *slog.Logger) *asynq.ServeMux {
	mux := asynq.NewServeMux()
	mux.Handle(TypeGreetingSend, &GreetingHandler{logger: logger})
	return mux
}

// logFailure logs every failed attempt, as an error once no retry is left.
func logFailure(logger *slog.Logger) asynq.ErrorHandlerFunc {
	return func(ctx context.Context, task *asynq.Task, err error) {
		id, _ := asynq.GetTaskID(ctx)
		retried, _ := asynq.GetRetryCount(ctx)
		maxRetry, _ := asynq.GetMaxRetry(ctx)
		level := slog.LevelWarn
		if retried >= maxRetry || errors.Is(err, asynq.SkipRetry) {
			level = slog.LevelError
		}
		logger.LogAttrs(ctx, level, "task failed",
			slog.String("task_id", id),
			slog.String("type", task.Type()),
			slog.Int("retried", retried),
			slog.Int("max_retry", maxRetry),
			slog.Any("error", err),
		)
	}
}
