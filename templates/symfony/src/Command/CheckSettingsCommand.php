<?php

namespace App\Command;

use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\ConsoleOutputInterface;
use Symfony\Component\Console\Output\OutputInterface;
use Symfony\Component\DependencyInjection\Attribute\Autowire;

/**
 * Run before the server starts (the start command, the Dockerfile): a setting that is not a whole number
 * is one line and exit status 1, not a server that fails on every request.
 */
#[AsCommand(name: 'app:check-settings', description: 'Exit 1 with one line unless MAX_BODY_BYTES and SHUTDOWN_DRAIN_SECONDS are whole numbers')]
final class CheckSettingsCommand extends Command
{
    public function __construct(
        #[Autowire(env: 'MAX_BODY_BYTES')]
        private readonly string $maxBodyBytes,
        #[Autowire(env: 'SHUTDOWN_DRAIN_SECONDS')]
        private readonly string $drainSeconds,
    ) {
        parent::__construct();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        $settings = [
            'MAX_BODY_BYTES' => [$this->maxBodyBytes, 1],
            'SHUTDOWN_DRAIN_SECONDS' => [$this->drainSeconds, 0],
        ];
        foreach ($settings as $name => [$value, $minimum]) {
            if (false === filter_var($value, FILTER_VALIDATE_INT, ['options' => ['min_range' => $minimum]])) {
                $errors = $output instanceof ConsoleOutputInterface ? $output->getErrorOutput() : $output;
                $errors->writeln(sprintf('%s must be a whole number from %d, not "%s"', $name, $minimum, $value), OutputInterface::OUTPUT_RAW);

                return Command::FAILURE;
            }
        }
        $output->writeln('settings ok');

        return Command::SUCCESS;
    }
}
