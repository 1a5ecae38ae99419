<?php

namespace App\Tests\Controller;

use App\Tests\DatabaseTestCase;

final class PageControllerTest extends DatabaseTestCase
{
    public function testHomePageListsItemsAsHtml(): void
    {
        $this->client->jsonRequest('POST', '/api/items', ['name' => 'Fountain pen']);
        self::assertResponseStatusCodeSame(201);

        $this->client->request('GET', '/');

        self::assertResponseIsSuccessful();
        $response = $this->client->getResponse();
        self::assertStringStartsWith('text/html', (string) $response->headers->get('Content-Type'));
        self::assertStringContainsString('Fountain pen', (string) $response->getContent());
    }
}
