<?php

namespace App\Tests\Controller\Api;

use App\Tests\DatabaseTestCase;
use PHPUnit\Framework\Attributes\DataProvider;

final class ItemControllerTest extends DatabaseTestCase
{
    public function testListIsEmptyAtFirst(): void
    {
        $this->client->request('GET', '/api/items');

        self::assertResponseIsSuccessful();
        self::assertSame([], $this->responseJson());
    }

    public function testCreateThenGetAndList(): void
    {
        $this->client->jsonRequest('POST', '/api/items', ['name' => 'Pen', 'description' => 'Blue ink']);

        self::assertResponseStatusCodeSame(201);
        $created = $this->responseJson();
        self::assertIsInt($created['id']);
        self::assertSame(['id' => $created['id'], 'name' => 'Pen', 'description' => 'Blue ink'], $created);

        $this->client->request('GET', '/api/items/'.$created['id']);
        self::assertResponseIsSuccessful();
        self::assertSame($created, $this->responseJson());

        $this->client->request('GET', '/api/items');
        self::assertSame([$created], $this->responseJson());
    }

    public function testDescriptionIsOptional(): void
    {
        $this->client->jsonRequest('POST', '/api/items', ['name' => 'Pen']);

        self::assertResponseStatusCodeSame(201);
        self::assertNull($this->responseJson()['description']);
    }

    /**
     * @param array<mixed> $body
     */
    #[DataProvider('invalidBodies')]
    public function testInvalidBodyIs422Json(array $body): void
    {
        $this->client->jsonRequest('POST', '/api/items', $body);

        self::assertResponseStatusCodeSame(422);
        self::assertArrayHasKey('error', $this->responseJson());

        $this->client->request('GET', '/api/items');
        self::assertSame([], $this->responseJson());
    }

    /**
     * @return iterable<string, array{array<mixed>}>
     */
    public static function invalidBodies(): iterable
    {
        yield 'missing name' => [['description' => 'no name']];
        yield 'null name' => [['name' => null]];
        yield 'empty name' => [['name' => '']];
        yield 'blank name' => [['name' => '   ']];
        yield 'name not a string' => [['name' => 42]];
        yield 'name too long' => [['name' => str_repeat('x', 101)]];
        yield 'description not a string' => [['name' => 'Pen', 'description' => ['a']]];
        yield 'a list, not an object' => [['Pen']];
    }

    public function testMalformedJsonIs400(): void
    {
        $this->client->request('POST', '/api/items', server: ['CONTENT_TYPE' => 'application/json'], content: '{"name": ');

        self::assertResponseStatusCodeSame(400);
        self::assertSame(['error' => 'malformed JSON body'], $this->responseJson());
    }

    public function testMissingItemIs404(): void
    {
        $this->client->request('GET', '/api/items/999');

        self::assertResponseStatusCodeSame(404);
        self::assertSame(['error' => 'not found'], $this->responseJson());
    }

    public function testNonIntegerIdIs404(): void
    {
        $this->client->request('GET', '/api/items/abc');

        self::assertResponseStatusCodeSame(404);
        self::assertSame(['error' => 'not found'], $this->responseJson());
    }

    public function testUnsupportedMethodIs405Json(): void
    {
        $this->client->request('DELETE', '/api/items');

        self::assertResponseStatusCodeSame(405);
        self::assertArrayHasKey('error', $this->responseJson());
    }
}
