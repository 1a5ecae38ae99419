package hub

import (
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

func newHub() *Hub {
	return New(slog.New(slog.DiscardHandler))
}

// serve starts a WebSocket server on h and returns its URL. The cleanup
// shuts the hub down and so waits for every connection it served to end.
func serve(t *testing.T, h *Hub) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		conn, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		h.Serve(r.Context(), conn)
	}))
	t.Cleanup(func() {
		srv.Close()
		// t.Context is already canceled when cleanups run.
		ctx, cancel := context.WithTimeout(context.WithoutCancel(t.Context()), 5*time.Second)
		defer cancel()
		if err := h.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
	})
	return "ws" + strings.TrimPrefix(srv.URL, "http")
}

func dial(t *testing.T, url string) *websocket.Conn {
	t.Helper()
	conn, resp, err := websocket.Dial(t.Context(), url, nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	if resp.Body != nil {
		_ = resp.Body.Close()
	}
	t.Cleanup(func() { _ = conn.CloseNow() })
	return conn
}

func clientCount(h *Hub) int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return len(h.clients)
}

func waitForClients(t *testing.T, h *Hub, want int) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for clientCount(h) != want {
		if time.Now().After(deadline) {
			t.Fatalf("hub has %d clients, want %d", clientCount(h), want)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// readClose reads until the server closes the connection and returns the
// close status it sent.
func readClose(t *testing.T, conn *websocket.Conn) websocket.StatusCode {
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	for {
		if _, _, err := conn.Read(ctx); err != nil {
			return websocket.CloseStatus(err)
		}
	}
}

func TestBroadcastReachesEveryClientUnchanged(t *testing.T) {
	h := newHub()
	url := serve(t, h)
	a, b := dial(t, url), dial(t, url)
	waitForClients(t, h, 2)

	msg := "  spaces, \"quotes\", émoji 🎉 and a trailing newline\n"
	if err := a.Write(t.Context(), websocket.MessageText, []byte(msg)); err != nil {
		t.Fatalf("write: %v", err)
	}
	for name, conn := range map[string]*websocket.Conn{"sender": a, "other": b} {
		typ, got, err := conn.Read(t.Context())
		if err != nil || typ != websocket.MessageText || string(got) != msg {
			t.Fatalf("%s got %v %q %v, want text %q", name, typ, got, err, msg)
		}
	}
}

func TestClosedClientIsRemoved(t *testing.T) {
	h := newHub()
	url := serve(t, h)
	a, b := dial(t, url), dial(t, url)
	waitForClients(t, h, 2)

	if err := a.Close(websocket.StatusNormalClosure, "bye"); err != nil {
		t.Fatalf("close: %v", err)
	}
	waitForClients(t, h, 1)

	// Dropped without a close handshake, as when the network goes away.
	if err := b.CloseNow(); err != nil {
		t.Fatalf("close now: %v", err)
	}
	waitForClients(t, h, 0)
}

func TestBinaryMessageIsRefused(t *testing.T) {
	h := newHub()
	conn := dial(t, serve(t, h))
	if err := conn.Write(t.Context(), websocket.MessageBinary, []byte{0, 1}); err != nil {
		t.Fatalf("write: %v", err)
	}
	if got := readClose(t, conn); got != websocket.StatusUnsupportedData {
		t.Fatalf("close status = %v, want %v", got, websocket.StatusUnsupportedData)
	}
	waitForClients(t, h, 0)
}

func TestSlowClientIsDroppedWithoutBlocking(t *testing.T) {
	h := newHub()
	// Registered directly, with no writer draining the queues: fast keeps up
	// because its queue is large enough, slow's single slot fills up.
	slow := &client{send: make(chan []byte, 1), cancel: func() {}, done: make(chan struct{})}
	fast := &client{send: make(chan []byte, 2), cancel: func() {}, done: make(chan struct{})}
	if !h.add(slow) || !h.add(fast) {
		t.Fatal("add refused")
	}

	h.Broadcast([]byte("one"))
	h.Broadcast([]byte("two"))

	select {
	case <-slow.done:
	default:
		t.Fatal("slow client was not dropped")
	}
	if slow.status != websocket.StatusPolicyViolation {
		t.Fatalf("slow client status = %v, want %v", slow.status, websocket.StatusPolicyViolation)
	}
	if got := clientCount(h); got != 1 {
		t.Fatalf("hub has %d clients, want 1", got)
	}
	if got := string(<-fast.send) + " " + string(<-fast.send); got != "one two" {
		t.Fatalf("fast client got %q, want one two", got)
	}
}

func TestUnresponsiveClientIsDisconnected(t *testing.T) {
	h := newHub()
	// Generous pong timeout: a loaded CI machine must not fail the
	// responsive client.
	h.pingInterval = 100 * time.Millisecond
	h.pongTimeout = 500 * time.Millisecond
	url := serve(t, h)

	// CloseRead keeps reading, so this client answers pings.
	responsive := dial(t, url)
	alive := responsive.CloseRead(t.Context())
	// This one never reads, so it never answers.
	dial(t, url)

	waitForClients(t, h, 2)
	waitForClients(t, h, 1)
	time.Sleep(5 * h.pingInterval)
	if got := clientCount(h); got != 1 {
		t.Fatalf("hub has %d clients, want the responsive one", got)
	}
	if alive.Err() != nil {
		t.Fatal("responsive client was disconnected")
	}
}

func TestShutdownClosesClientsWithGoingAway(t *testing.T) {
	h := newHub()
	url := serve(t, h)
	a, b := dial(t, url), dial(t, url)
	waitForClients(t, h, 2)

	shutdown := make(chan error, 1)
	go func() { shutdown <- h.Shutdown(t.Context()) }()
	for _, conn := range []*websocket.Conn{a, b} {
		if got := readClose(t, conn); got != websocket.StatusGoingAway {
			t.Fatalf("close status = %v, want %v", got, websocket.StatusGoingAway)
		}
	}
	if err := <-shutdown; err != nil {
		t.Fatalf("shutdown: %v", err)
	}

	late := dial(t, url)
	if got := readClose(t, late); got != websocket.StatusGoingAway {
		t.Fatalf("client after shutdown: close status = %v, want %v", got, websocket.StatusGoingAway)
	}
}

func TestShutdownIsBoundedForClientsThatStoppedReading(t *testing.T) {
	h := newHub()
	h.closeTimeout = 100 * time.Millisecond
	url := serve(t, h)
	// Never reads: once the socket buffers are full, the server's write to it
	// blocks, and it never answers the close handshake.
	dial(t, url)
	waitForClients(t, h, 1)
	msg := make([]byte, 1<<20)
	for range 32 {
		h.Broadcast(msg)
	}

	ctx, cancel := context.WithTimeout(t.Context(), 3*time.Second)
	defer cancel()
	if err := h.Shutdown(ctx); err != nil {
		t.Fatalf("shutdown: %v", err)
	}
}
