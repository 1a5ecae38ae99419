<?php

// Only what differs from the framework's defaults, which Laravel merges in
// (`php artisan config:publish logging` writes out the whole file).
return [
    // Containers and `php artisan serve` collect the process output; a log file would go unseen.
    'default' => env('LOG_CHANNEL', 'stderr'),
];
