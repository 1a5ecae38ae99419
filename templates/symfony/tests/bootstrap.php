<?php

use Symfony\Component\Dotenv\Dotenv;

require dirname(__DIR__).'/vendor/autoload.php';

// DATABASE_URL from the real environment (CI's PostgreSQL) wins over phpunit.dist.xml's SQLite file and
// over .env: getenv() sees only the process environment.
$databaseUrl = getenv('DATABASE_URL');
if (is_string($databaseUrl) && '' !== $databaseUrl) {
    $_SERVER['DATABASE_URL'] = $_ENV['DATABASE_URL'] = $databaseUrl;
}

(new Dotenv())->bootEnv(dirname(__DIR__).'/.env');
