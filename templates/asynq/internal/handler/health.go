package handler

import "net/http"

// health is a liveness check and does not call Redis: a Redis outage should
// not get every API instance restarted. The job endpoints answer 503 then.
func health(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
