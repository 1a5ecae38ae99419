<?php

namespace App\Console\Commands;

use Illuminate\Console\Command;

/**
 * Run before the server starts (the start command, the Dockerfile): a setting that is not a whole number
 * is one line and exit status 1, not a server that misbehaves.
 */
class CheckSettings extends Command
{
    protected $signature = 'app:check-settings';

    protected $description = 'Exit 1 with one line unless MAX_BODY_BYTES and SHUTDOWN_DRAIN_SECONDS are whole numbers';

    public function handle(): int
    {
        $settings = [
            'MAX_BODY_BYTES' => [config('server.max_body_bytes'), 1],
            'SHUTDOWN_DRAIN_SECONDS' => [config('server.drain_seconds'), 0],
        ];
        foreach ($settings as $name => [$value, $minimum]) {
            if (filter_var($value, FILTER_VALIDATE_INT, ['options' => ['min_range' => $minimum]]) === false) {
                fwrite(STDERR, "{$name} must be a whole number from {$minimum}, not ".json_encode($value).PHP_EOL);

                return self::FAILURE;
            }
        }

        $this->line('settings ok');

        return self::SUCCESS;
    }
}
