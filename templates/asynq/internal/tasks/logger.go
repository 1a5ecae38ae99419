package tasks

import (
	"fmt"
	"log/slog"
	"os"
)

// Logger hands asynq's own log lines to slog, so that the whole service logs
// in one format.
type Logger struct {
	logger *slog.Logger
}

// NewLogger returns an asynq.Logger that writes to logger.
func NewLogger(logger *slog.Logger) *Logger {
	return &Logger{logger: logger.With(slog.String("component", "asynq"))}
}

// Debug logs at debug level.
func (l *Logger) Debug(args ...any) { l.logger.Debug(fmt.Sprint(args...)) }

// Info logs at info level.
func (l *Logger) Info(args ...any) { l.logger.Info(fmt.Sprint(args...)) }

// Warn logs at warning level.
func (l *Logger) Warn(args ...any) { l.logger.Warn(fmt.Sprint(args...)) }

// Error logs at error level.
func (l *Logger) Error(args ...any) { l.logger.Error(fmt.Sprint(args...)) }

// Fatal logs at error level and exits with status 1, as asynq.Logger requires.
func (l *Logger) Fatal(args ...any) {
	l.logger.Error(fmt.Sprint(args...))
	os.Exit(1)
}
