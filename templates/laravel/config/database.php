<?php

use App\Support\DatabaseUrl;

// Only what differs from the framework's defaults, which Laravel merges in: DATABASE_URL picks the
// connection (app/Support/DatabaseUrl.php), unset means the SQLite file data/app.db.
$database = DatabaseUrl::parse(env('DATABASE_URL'), dirname(__DIR__));

return [
    'default' => $database['connection'],

    'connections' => [
        'sqlite' => [
            'driver' => 'sqlite',
            'database' => $database['database'] ?? dirname(__DIR__).'/data/app.db',
            'prefix' => '',
            'foreign_key_constraints' => true,
            // WAL lets readers go on while one request writes; a writer waits up to 5 s for another's lock.
            'busy_timeout' => 5000,
            'journal_mode' => 'wal',
            'synchronous' => 'normal',
        ],

        'pgsql' => [
            'driver' => 'pgsql',
            'url' => $database['url'] ?? null,
            'charset' => 'utf8',
            'prefix' => '',
            'prefix_indexes' => true,
            'search_path' => 'public',
            'sslmode' => 'prefer',
            'options' => [
                // pdo_pgsql's connect_timeout, in seconds: an unreachable server fails the start check and
                // /ready quickly instead of hanging.
                PDO::ATTR_TIMEOUT => 3,
            ],
        ],
    ],

    'migrations' => [
        'table' => 'migrations',
        'update_date_on_publish' => true,
    ],
];
