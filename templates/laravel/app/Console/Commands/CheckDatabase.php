<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;
use Illuminate\Database\Migrations\Migrator;
use Illuminate\Support\Facades\DB;
use RuntimeException;
use Throwable;

/**
 * Run before the server starts (composer start, the Dockerfile): a database that does not answer, or
 * lacks migrations, is one line and exit status 1, not a server that fails on its first request. The
 * migrations are a release step, run once per deployment: replicas that each migrated at start would race.
 */
class CheckDatabase extends Command
{
    protected $signature = 'app:check-database';

    protected $description = 'Exit 1 with one line unless the database of DATABASE_URL answers and is migrated';

    public function handle(Migrator $migrator): int
    {
        try {
            $this->createSqliteFile();
            DB::connection()->select('select 1');
        } catch (Throwable $e) {
            // PDO's messages span lines (libpq adds a hint): one line, for one log entry.
            $reason = trim((string) preg_replace('/\s+/', ' ', $e->getMessage()));
            fwrite(STDERR, 'database unreachable ('.DB::getDefaultConnection().'): '.$reason.PHP_EOL);

            return self::FAILURE;
        }

        $pending = $this->pendingMigrations($migrator);
        if ($pending !== []) {
            fwrite(STDERR, 'database not migrated: '.count($pending).' pending migration(s), first '.$pending[0].'; run `php artisan migrate --force` (the release step) first'.PHP_EOL);

            return self::FAILURE;
        }

        $this->line('database ok ('.DB::getDefaultConnection().')');

        return self::SUCCESS;
    }

    /** @return list<string> the migrations in database/migrations that the database has not run, oldest first */
    private function pendingMigrations(Migrator $migrator): array
    {
        $files = $migrator->getMigrationFiles([database_path('migrations'), ...$migrator->paths()]);
        $ran = $migrator->repositoryExists() ? $migrator->getRepository()->getRan() : [];

        return array_values(array_diff(array_keys($files), $ran));
    }

    /** The SQLite file and its folder are created on the first check, as `php artisan migrate --force` would. */
    private function createSqliteFile(): void
    {
        $config = (array) config('database.connections.'.DB::getDefaultConnection());
        $path = (string) ($config['database'] ?? '');
        if (($config['driver'] ?? null) !== 'sqlite' || $path === '' || $path === ':memory:' || file_exists($path)) {
            return;
        }
        if (! is_dir(dirname($path)) && ! @mkdir(dirname($path), 0775, true)) {
            throw new RuntimeException('cannot create the folder of '.$path);
        }
        if (! @touch($path)) {
            throw new RuntimeException('cannot create '.$path);
        }
    }
}
