<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20260101000000 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'Create the item table.';
    }

    // Through the schema API, not SQL: DBAL writes each engine's own DDL (an identity column on
    // PostgreSQL, AUTOINCREMENT on SQLite), so one migration serves both.
    public function up(Schema $schema): void
    {
        $table = $schema->createTable('item');
        $table->addColumn('id', 'integer', ['autoincrement' => true]);
        $table->addColumn('name', 'string', ['length' => 100]);
        $table->addColumn('description', 'text', ['notnull' => false]);
        $table->setPrimaryKey(['id']);
    }

    public function down(Schema $schema): void
    {
        $schema->dropTable('item');
    }
}
