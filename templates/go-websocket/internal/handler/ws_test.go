package handler_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

func dial(t *testing.T, url string) *websocket.Conn {
	t.Helper()
	conn, resp, err := websocket.Dial(t.Context(), url, nil)
	if err != nil {
		t.Fatalf("dial %s: %v", url, err)
	}
	if resp.Body != nil {
		_ = resp.Body.Close()
	}
	t.Cleanup(func() { _ = conn.CloseNow() })
	return conn
}

func send(t *testing.T, conn *websocket.Conn, msg string) {
	t.Helper()
	if err := conn.Write(t.Context(), websocket.MessageText, []byte(msg)); err != nil {
		t.Fatalf("send %q: %v", msg, err)
	}
}

func expect(t *testing.T, conn *websocket.Conn, want string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	typ, got, err := conn.Read(ctx)
	if err != nil {
		t.Fatalf("waiting for %q: %v", want, err)
	}
	if typ != websocket.MessageText || string(got) != want {
		t.Fatalf("got %v %q, want text %q", typ, got, want)
	}
}

func TestWebSocketBroadcastReachesEveryClient(t *testing.T) {
	srv := httptest.NewServer(newRouter(t))
	t.Cleanup(srv.Close)
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/ws"

	// A client is registered once its own message comes back, so joining one
	// at a time makes the order of messages certain.
	alice := dial(t, url)
	send(t, alice, "alice joined")
	expect(t, alice, "alice joined")

	bob := dial(t, url)
	send(t, bob, "bob joined")
	expect(t, bob, "bob joined")
	expect(t, alice, "bob joined")

	const hello = `hello, {"not": "parsed"} ✓`
	send(t, alice, hello)
	expect(t, alice, hello)
	expect(t, bob, hello)

	// A client that leaves does not disturb the others.
	if err := alice.Close(websocket.StatusNormalClosure, "bye"); err != nil {
		t.Fatalf("close: %v", err)
	}
	send(t, bob, "still here")
	expect(t, bob, "still here")
}

// The server's read and write timeouts bound requests, not the WebSockets
// they upgrade to: net/http clears a connection's deadlines when Accept
// hijacks it, and the hub's pings find dead peers instead.
func TestWebSocketOutlivesTheServersTimeouts(t *testing.T) {
	srv := httptest.NewUnstartedServer(newRouter(t))
	srv.Config.ReadTimeout = 100 * time.Millisecond
	srv.Config.WriteTimeout = 100 * time.Millisecond
	srv.Start()
	t.Cleanup(srv.Close)
	conn := dial(t, "ws"+strings.TrimPrefix(srv.URL, "http")+"/ws")

	time.Sleep(300 * time.Millisecond)
	send(t, conn, "still open")
	expect(t, conn, "still open")
}
