<?php

namespace Tests;

use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Foundation\Testing\TestCase as BaseTestCase;

abstract class TestCase extends BaseTestCase
{
    // Every test starts from freshly migrated tables (SQLite in memory, see phpunit.xml).
    use RefreshDatabase;
}
