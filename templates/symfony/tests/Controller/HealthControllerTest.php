<?php

namespace App\Tests\Controller;

use App\Tests\DatabaseTestCase;

final class HealthControllerTest extends DatabaseTestCase
{
    public function testHealthReportsOk(): void
    {
        $this->client->request('GET', '/health');

        self::assertResponseIsSuccessful();
        self::assertSame(['status' => 'ok'], $this->responseJson());
    }
}
