package server

import (
	"context"
	"log/slog"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func TestUnaryRecovererTurnsPanicIntoInternal(t *testing.T) {
	intercept := unaryRecoverer(slog.New(slog.DiscardHandler))
	info := &grpc.UnaryServerInfo{FullMethod: "/test.v1.Test/Panic"}
	_, err := intercept(t.Context(), nil, info, func(context.Context, any) (any, error) {
		panic("boom")
	})
	if got := status.Code(err); got != codes.Internal {
		t.Fatalf("code = %v, want %v", got, codes.Internal)
	}
	if msg := status.Convert(err).Message(); msg != "internal error" {
		t.Fatalf("message = %q leaks the panic value", msg)
	}
}
