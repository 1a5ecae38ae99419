<?php

namespace App\Command;

use Doctrine\DBAL\Connection;
use Symfony\Component\Console\Attribute\AsCommand;
use Symfony\Component\Console\Command\Command;
use Symfony\Component\Console\Input\InputInterface;
use Symfony\Component\Console\Output\ConsoleOutputInterface;
use Symfony\Component\Console\Output\OutputInterface;

/**
 * Run before the server starts (the start command, the Dockerfile): a database that does not answer is
 * one line and exit status 1, not a server that fails on its first request.
 */
#[AsCommand(name: 'app:check-database', description: 'Exit 1 with one line unless the database of DATABASE_URL answers')]
final class CheckDatabaseCommand extends Command
{
    public function __construct(private readonly Connection $connection)
    {
        parent::__construct();
    }

    protected function execute(InputInterface $input, OutputInterface $output): int
    {
        try {
            $this->connection->executeQuery('SELECT 1');
        } catch (\Throwable $e) {
            // PDO's messages span lines (libpq adds a hint): one line, for one log entry.
            $reason = trim((string) preg_replace('/\s+/', ' ', $e->getMessage()));
            $errors = $output instanceof ConsoleOutputInterface ? $output->getErrorOutput() : $output;
            $errors->writeln('database unreachable: '.$reason, OutputInterface::OUTPUT_RAW);

            return Command::FAILURE;
        }
        $output->writeln('database ok');

        return Command::SUCCESS;
    }
}
