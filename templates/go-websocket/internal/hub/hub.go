// Package hub relays WebSocket text messages: every message a client sends is
// broadcast, unchanged, to every connected client, the sender included.
package hub

import (
	"context"
	"errors"
	"log/slog"
	"sync"
	"time"

	"github.com/coder/websocket"
)

const (
	// sendQueueSize is how many messages may wait for one client. A client
	// that falls further behind is dropped so it cannot stall the others.
	sendQueueSize = 64
	// pingInterval and pongTimeout detect peers that vanished without closing,
	// which TCP alone may not notice for many minutes.
	pingInterval = 30 * time.Second
	pongTimeout  = 10 * time.Second
	// writeTimeout bounds the write of one message to one client.
	writeTimeout = 10 * time.Second
	// closeTimeout bounds closing a dropped client: one that stopped reading
	// never answers the close handshake and may have a write stuck.
	closeTimeout = 5 * time.Second
)

// Hub tracks the connected clients and fans messages out to them.
type Hub struct {
	logger *slog.Logger

	// Set by New; tests shorten them.
	queueSize    int
	pingInterval time.Duration
	pongTimeout  time.Duration
	closeTimeout time.Duration

	mu      sync.Mutex
	clients map[*client]struct{}
	closing bool
	serving sync.WaitGroup // one count per running Serve, for Shutdown
}

type client struct {
	conn *websocket.Conn
	send chan []byte
	// cancel ends the context of the client's reads and writes; the library
	// then closes the connection, which unblocks them.
	cancel context.CancelFunc
	// done is closed when the hub drops the client; status and reason, set
	// just before, are what the writer then closes the connection with.
	done   chan struct{}
	status websocket.StatusCode
	reason string
}

// New returns a hub with no clients.
func New(logger *slog.Logger) *Hub {
	return &Hub{
		logger:       logger,
		queueSize:    sendQueueSize,
		pingInterval: pingInterval,
		pongTimeout:  pongTimeout,
		closeTimeout: closeTimeout,
		clients:      make(map[*client]struct{}),
	}
}

// Serve relays messages between conn and the other clients until the
// connection ends, and closes it. Call it from the handler that accepted conn:
// it returns once the client is gone. Messages over the library's 32 KiB read
// limit close the connection with StatusMessageTooBig.
func (h *Hub) Serve(ctx context.Context, conn *websocket.Conn) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	c := &client{conn: conn, send: make(chan []byte, h.queueSize), cancel: cancel, done: make(chan struct{})}
	if !h.add(c) {
		_ = conn.Close(websocket.StatusGoingAway, "server is shutting down")
		return
	}
	defer h.serving.Done()

	var wg sync.WaitGroup
	wg.Go(func() { h.read(ctx, c) })
	wg.Go(func() { h.keepAlive(ctx, c) })
	// write returns once the connection is closed, which also ends read;
	// cancel ends keepAlive.
	h.write(ctx, c)
	cancel()
	wg.Wait()
}

// Broadcast queues msg for every client without waiting for any of them: a
// client whose queue is full is dropped.
func (h *Hub) Broadcast(msg []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for c := range h.clients {
		select {
		case c.send <- msg:
		default:
			h.logger.Warn("dropping a client that cannot keep up", slog.Int("queue", cap(c.send)))
			h.dropLocked(c, websocket.StatusPolicyViolation, "too slow to keep up with messages")
		}
	}
}

// Shutdown closes every connection with StatusGoingAway, refuses new ones and
// waits until their Serve calls return or ctx ends. http.Server.Shutdown does
// not do this: it does not track hijacked (upgraded) connections.
func (h *Hub) Shutdown(ctx context.Context) error {
	h.mu.Lock()
	h.closing = true
	for c := range h.clients {
		h.dropLocked(c, websocket.StatusGoingAway, "server is shutting down")
	}
	h.mu.Unlock()

	done := make(chan struct{})
	go func() {
		h.serving.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (h *Hub) add(c *client) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closing {
		return false
	}
	h.clients[c] = struct{}{}
	h.serving.Add(1)
	return true
}

func (h *Hub) drop(c *client, status websocket.StatusCode, reason string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.dropLocked(c, status, reason)
}

// dropLocked removes c and tells its writer to close the connection, which
// takes at most closeTimeout. A client already dropped is left alone, so the
// first reason wins.
func (h *Hub) dropLocked(c *client, status websocket.StatusCode, reason string) {
	if _, ok := h.clients[c]; !ok {
		return
	}
	delete(h.clients, c)
	c.status, c.reason = status, reason
	time.AfterFunc(h.closeTimeout, c.cancel)
	close(c.done)
}

// read broadcasts the client's text messages until the connection ends. It
// keeps reading after a drop: the peer's answer to the close handshake arrives
// here, and a pending read is what the forced close (cancel) interrupts.
func (h *Hub) read(ctx context.Context, c *client) {
	for {
		typ, msg, err := c.conn.Read(ctx)
		if err != nil {
			// The peer closed or the connection broke: nothing left to say.
			h.drop(c, websocket.StatusNormalClosure, "")
			return
		}
		if typ != websocket.MessageText {
			h.drop(c, websocket.StatusUnsupportedData, "only text messages are supported")
			continue
		}
		select {
		case <-c.done:
			// Dropped and closing: its messages go nowhere.
		default:
			h.Broadcast(msg)
		}
	}
}

func (h *Hub) write(ctx context.Context, c *client) {
	for {
		select {
		case msg := <-c.send:
			writeCtx, cancel := context.WithTimeout(ctx, writeTimeout)
			err := c.conn.Write(writeCtx, websocket.MessageText, msg)
			cancel()
			if err != nil {
				// Closing makes read fail, which drops the client.
				_ = c.conn.CloseNow()
				return
			}
		case <-c.done:
			_ = c.conn.Close(c.status, c.reason)
			return
		}
	}
}

func (h *Hub) keepAlive(ctx context.Context, c *client) {
	ticker := time.NewTicker(h.pingInterval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			pingCtx, cancel := context.WithTimeout(ctx, h.pongTimeout)
			err := c.conn.Ping(pingCtx)
			cancel()
			if err != nil {
				if errors.Is(err, context.DeadlineExceeded) {
					h.logger.Info("closing a client that did not answer a ping", slog.Duration("timeout", h.pongTimeout))
				}
				// Closing makes read fail, which drops the client.
				_ = c.conn.CloseNow()
				return
			}
		}
	}
}
