<?php

namespace App\Tests;

use App\Entity\Item;
use Doctrine\DBAL\Connection;
use Doctrine\DBAL\DriverManager;
use Doctrine\DBAL\Tools\DsnParser;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Console\Application;
use Symfony\Component\Console\Tester\CommandTester;

/** The database itself: persistence across connections, migrations applied once, readiness. */
final class DatabaseTest extends DatabaseTestCase
{
    private const SCHEMES = ['postgres' => 'pdo_pgsql', 'postgresql' => 'pdo_pgsql', 'sqlite' => 'pdo_sqlite'];

    private ?string $databaseUrl = null;

    protected function tearDown(): void
    {
        if (null !== $this->databaseUrl) {
            $_SERVER['DATABASE_URL'] = $_ENV['DATABASE_URL'] = $this->databaseUrl;
        }
        parent::tearDown();
    }

    public function testAnItemOutlivesItsConnection(): void
    {
        $entityManager = static::getContainer()->get(EntityManagerInterface::class);
        $item = new Item('kept');
        $entityManager->persist($item);
        $entityManager->flush();

        // A connection of its own, opened from the same URL, as a restarted server would.
        $other = DriverManager::getConnection((new DsnParser(self::SCHEMES))->parse($this->databaseUrl()));
        try {
            self::assertSame('kept', $other->fetchOne('SELECT name FROM item WHERE id = ?', [$item->getId()]));
        } finally {
            $other->close();
        }
    }

    public function testMigrationsAreAppliedOnce(): void
    {
        $connection = static::getContainer()->get(Connection::class);
        $applied = $connection->fetchOne('SELECT COUNT(*) FROM doctrine_migration_versions');

        [$code] = self::migrate();

        self::assertSame(0, $code);
        self::assertSame($applied, $connection->fetchOne('SELECT COUNT(*) FROM doctrine_migration_versions'));
    }

    public function testReadyWhileTheDatabaseAnswers(): void
    {
        $this->client->request('GET', '/ready');

        self::assertResponseIsSuccessful();
        self::assertSame(['status' => 'ready'], $this->responseJson());
    }

    public function testNotReadyWhileTheDatabaseDoesNotAnswer(): void
    {
        $this->breakConnection();
        $this->client->request('GET', '/ready');

        self::assertResponseStatusCodeSame(503);
        self::assertSame('unavailable', $this->responseJson()['status']);

        $this->client->request('GET', '/health');
        self::assertResponseIsSuccessful();
    }

    public function testTheStartCheckFailsWhileTheDatabaseDoesNotAnswer(): void
    {
        $this->breakConnection();
        $tester = new CommandTester((new Application(static::$kernel))->find('app:check-database'));

        self::assertSame(1, $tester->execute([]));
    }

    private function databaseUrl(): string
    {
        return str_replace('%kernel.project_dir%', (string) static::getContainer()->getParameter('kernel.project_dir'), (string) $_SERVER['DATABASE_URL']);
    }

    /**
     * A new kernel whose database cannot be opened: DATABASE_URL is read when the connection is made,
     * so the next kernel's container takes the changed value.
     */
    private function breakConnection(): void
    {
        $this->databaseUrl = (string) $_SERVER['DATABASE_URL'];
        $_SERVER['DATABASE_URL'] = $_ENV['DATABASE_URL'] = str_starts_with($this->databaseUrl, 'sqlite')
            ? 'sqlite:///'.sys_get_temp_dir().'/missing-folder/app.db'
            : 'postgresql://nobody@127.0.0.1:1/unreachable';
        self::ensureKernelShutdown();
        $this->client = static::createClient();
    }
}
