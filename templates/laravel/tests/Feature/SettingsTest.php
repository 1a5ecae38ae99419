<?php

namespace Tests\Feature;

use Tests\TestCase;

class SettingsTest extends TestCase
{
    public function test_the_defaults_pass_the_start_check(): void
    {
        $this->artisan('app:check-settings')->assertSuccessful();
    }

    public function test_a_setting_that_is_not_a_whole_number_fails_the_start_check(): void
    {
        config(['server.max_body_bytes' => '1MB']);

        $this->artisan('app:check-settings')->assertFailed();
    }
}
