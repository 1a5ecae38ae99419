<?php

namespace Tests\Unit;

use App\Support\DatabaseUrl;
use InvalidArgumentException;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

class DatabaseUrlTest extends TestCase
{
    public function test_unset_means_the_sqlite_file_under_data(): void
    {
        $this->assertSame(['connection' => 'sqlite', 'database' => '/app/data/app.db'], DatabaseUrl::parse(null, '/app'));
        $this->assertSame(['connection' => 'sqlite', 'database' => '/app/data/app.db'], DatabaseUrl::parse('', '/app'));
    }

    public function test_sqlite_paths_are_relative_to_the_project_unless_absolute(): void
    {
        $this->assertSame('/app/var/x.db', DatabaseUrl::parse('sqlite:///var/x.db', '/app')['database']);
        $this->assertSame('/srv/x.db', DatabaseUrl::parse('sqlite:////srv/x.db', '/app')['database']);
        $this->assertSame(':memory:', DatabaseUrl::parse('sqlite:///:memory:', '/app')['database']);
    }

    #[DataProvider('postgresUrls')]
    public function test_postgres_urls_go_to_the_pgsql_connection(string $url): void
    {
        $this->assertSame(['connection' => 'pgsql', 'url' => $url], DatabaseUrl::parse($url, '/app'));
    }

    /** @return array<string, array{string}> */
    public static function postgresUrls(): array
    {
        return [
            'postgresql' => ['postgresql://app:app@127.0.0.1:5432/app'],
            'postgres' => ['postgres://app:app@db:5432/app'],
            'no password' => ['postgresql://verify@127.0.0.1:5433/items'],
        ];
    }

    public function test_other_schemes_are_refused(): void
    {
        $this->expectException(InvalidArgumentException::class);
        DatabaseUrl::parse('mysql://app@localhost/app', '/app');
    }
}
