<?php

namespace App\Tests;

use Doctrine\DBAL\Connection;
use Symfony\Bundle\FrameworkBundle\Console\Application;
use Symfony\Bundle\FrameworkBundle\KernelBrowser;
use Symfony\Bundle\FrameworkBundle\Test\WebTestCase;
use Symfony\Component\Console\Input\ArrayInput;
use Symfony\Component\Console\Output\BufferedOutput;

/**
 * A browser on the kernel and empty tables for every test, on the database of DATABASE_URL (an SQLite
 * file in var/ unless the environment names another, see phpunit.dist.xml). The schema comes from the
 * migrations, as in production.
 */
abstract class DatabaseTestCase extends WebTestCase
{
    protected KernelBrowser $client;

    protected function setUp(): void
    {
        $this->client = static::createClient();
        self::migrate();
        static::getContainer()->get(Connection::class)->executeStatement('DELETE FROM item');
    }

    /**
     * Runs doctrine:migrations:migrate as the console does; returns its exit code and output.
     *
     * @return array{int, string}
     */
    protected static function migrate(): array
    {
        $application = new Application(static::$kernel);
        $application->setAutoExit(false);
        $output = new BufferedOutput();
        $code = $application->run(new ArrayInput([
            'command' => 'doctrine:migrations:migrate',
            '--no-interaction' => true,
            '--allow-no-migration' => true,
        ]), $output);

        return [$code, $output->fetch()];
    }

    /**
     * @return array<mixed>
     */
    protected function responseJson(): array
    {
        return json_decode((string) $this->client->getResponse()->getContent(), true, 512, JSON_THROW_ON_ERROR);
    }
}
