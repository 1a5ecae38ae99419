<?php

// The server's settings from the environment; `php artisan app:check-settings` checks them before the
// server starts.
return [
    // The largest request body in bytes (app/Http/Middleware/LimitRequestBody.php).
    'max_body_bytes' => env('MAX_BODY_BYTES', 1048576),

    // Seconds the web server keeps answering after SIGTERM before it stops accepting (frankenphp/Caddyfile).
    'drain_seconds' => env('SHUTDOWN_DRAIN_SECONDS', 5),
];
