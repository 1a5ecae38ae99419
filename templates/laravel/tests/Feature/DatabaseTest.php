<?php

namespace Tests\Feature;

use App\Models\Item;
use Illuminate\Foundation\Testing\TestCase;
use Illuminate\Support\Facades\Artisan;
use Illuminate\Support\Facades\DB;

/**
 * The database itself: migrations, persistence across connections, readiness. No RefreshDatabase here:
 * these tests need committed rows and a real file (SQLite) or the database of DATABASE_URL (PostgreSQL).
 */
class DatabaseTest extends TestCase
{
    private ?string $file = null;

    protected function setUp(): void
    {
        parent::setUp();
        if (DB::getDefaultConnection() === 'sqlite') {
            // A file of its own: an in-memory database would not outlive its connection.
            $this->file = (string) tempnam(sys_get_temp_dir(), 'items-');
            config(['database.connections.sqlite.database' => $this->file]);
            DB::purge('sqlite');
        }
        Artisan::call('migrate', ['--force' => true]);
    }

    protected function tearDown(): void
    {
        DB::purge();
        if ($this->file !== null) {
            foreach ([$this->file, $this->file.'-wal', $this->file.'-shm'] as $path) {
                @unlink($path);
            }
        }
        parent::tearDown();
    }

    public function test_an_item_outlives_its_connection(): void
    {
        $item = Item::create(['name' => 'kept']);

        DB::purge();

        $this->assertSame('kept', Item::query()->findOrFail($item->id)->name);
        Item::query()->whereKey($item->id)->delete();
    }

    public function test_migrations_are_applied_once(): void
    {
        $applied = DB::table('migrations')->count();

        $this->artisan('migrate', ['--force' => true])
            ->expectsOutputToContain('Nothing to migrate')
            ->assertSuccessful();
        $this->assertSame($applied, DB::table('migrations')->count());
    }

    public function test_ready_while_the_database_answers(): void
    {
        $this->getJson('/ready')->assertOk()->assertExactJson(['status' => 'ready']);
    }

    public function test_not_ready_while_the_database_does_not_answer(): void
    {
        $this->breakConnection();

        $this->getJson('/ready')->assertStatus(503)->assertJsonPath('status', 'unavailable');
        $this->getJson('/health')->assertOk()->assertExactJson(['status' => 'ok']);
    }

    public function test_the_start_check_passes_on_a_migrated_database(): void
    {
        $this->assertSame(0, Artisan::call('app:check-database'));
    }

    public function test_the_start_check_fails_while_migrations_are_pending(): void
    {
        Artisan::call('migrate:rollback', ['--force' => true, '--step' => 1]);

        $this->assertSame(1, Artisan::call('app:check-database'));
    }

    public function test_the_start_check_fails_while_the_database_does_not_answer(): void
    {
        $this->breakConnection();

        $this->assertSame(1, Artisan::call('app:check-database'));
    }

    /** Points the default connection at a database that cannot be opened, nor created. */
    private function breakConnection(): void
    {
        $connection = DB::getDefaultConnection();
        config($connection === 'sqlite'
            // Below a regular file: no folder can be made there.
            ? ['database.connections.sqlite.database' => $this->file.'/app.db']
            : ['database.connections.pgsql.url' => 'postgresql://nobody@127.0.0.1:1/unreachable']);
        DB::purge($connection);
    }
}
