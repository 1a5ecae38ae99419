<?php

namespace App\Support;

use InvalidArgumentException;

/**
 * DATABASE_URL, the one setting every starter of this project reads, turned into a Laravel connection.
 *
 * Laravel's own DB_URL would take a PostgreSQL URL as it is, but reads an SQLite path relative to the
 * working directory (public/ under `php artisan serve`): here it is relative to the project.
 */
final class DatabaseUrl
{
    public const DEFAULT = 'sqlite:///data/app.db';

    /**
     * @return array{connection: 'sqlite'|'pgsql', database?: string, url?: string}
     */
    public static function parse(?string $url, string $basePath): array
    {
        $url = trim((string) $url) ?: self::DEFAULT;

        if (str_starts_with($url, 'sqlite:///')) {
            // sqlite:///data/app.db is relative to the project, sqlite:////srv/app.db absolute.
            $path = substr($url, strlen('sqlite:///'));
            if ($path === '') {
                throw new InvalidArgumentException('DATABASE_URL names no SQLite file: sqlite:///data/app.db');
            }

            return [
                'connection' => 'sqlite',
                'database' => $path === ':memory:' || str_starts_with($path, '/') ? $path : $basePath.'/'.$path,
            ];
        }

        if (preg_match('#^postgres(ql)?://#i', $url) === 1) {
            // Laravel's URL parser maps both schemes to the pgsql driver and reads user, password, host, port and name.
            return ['connection' => 'pgsql', 'url' => $url];
        }

        throw new InvalidArgumentException('DATABASE_URL must start with sqlite:/// or postgresql://');
    }
}
