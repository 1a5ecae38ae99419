package handler

import "github.com/gofiber/fiber/v3"

// healthBody is encoded once: probes and load balancers call /health often and
// the answer never changes. fiber sends it without copying, so never modify it.
var healthBody = []byte(`{"status":"ok"}`)

func health(c fiber.Ctx) error {
	c.Set(fiber.HeaderContentType, fiber.MIMEApplicationJSON)
	return c.Send(healthBody)
}
