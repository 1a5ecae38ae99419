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
        yield 'description too long' => [['name' => 'Pen', 'description' => str_repeat('x', 1001)]];
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

    #[DataProvider('otherMethods')]
    public function testUnsupportedMethodIs405JsonWithAllow(string $method, string $path, string $allow): void
    {
        $this->client->request($method, $path);

        self::assertResponseStatusCodeSame(405);
        self::assertResponseHeaderSame('Allow', $allow);
        self::assertArrayHasKey('error', $this->responseJson());
    }

    /**
     * @return iterable<string, array{string, string, string}>
     */
    public static function otherMethods(): iterable
    {
        yield 'DELETE /api/items' => ['DELETE', '/api/items', 'GET, POST'];
        yield 'PUT /api/items' => ['PUT', '/api/items', 'GET, POST'];
        yield 'PATCH /api/items/1' => ['PATCH', '/api/items/1', 'GET'];
        yield 'POST /api/items/1' => ['POST', '/api/items/1', 'GET'];
    }

    #[DataProvider('unknownPaths')]
    public function testUnknownApiPathIs404Json(string $path): void
    {
        $this->client->request('GET', $path);

        self::assertResponseStatusCodeSame(404);
        self::assertSame(['error' => 'not found'], $this->responseJson());
    }

    /**
     * @return iterable<string, array{string}>
     */
    public static function unknownPaths(): iterable
    {
        yield 'unknown' => ['/api/nothing-here'];
        yield 'below an item' => ['/api/items/1/nothing-here'];
        yield 'trailing slash, not a redirect' => ['/api/items/'];
    }

    public function testDeclaredBodyOverTheLimitIs413BeforeItIsRead(): void
    {
        $server = ['CONTENT_TYPE' => 'application/json', 'CONTENT_LENGTH' => '104857600'];
        $this->client->request('POST', '/api/items', server: $server, content: '{"name": "too large"');

        self::assertResponseStatusCodeSame(413);
        self::assertSame(['error' => 'request body exceeds 1048576 bytes'], $this->responseJson());
    }

    public function testBodyOverTheLimitWithoutALengthIs413(): void
    {
        $body = json_encode(['name' => 'Pen', 'description' => str_repeat('x', 1048576)]);
        $this->client->request('POST', '/api/items', server: ['CONTENT_TYPE' => 'application/json'], content: $body);

        self::assertResponseStatusCodeSame(413);
    }

    #[DataProvider('otherMediaTypes')]
    public function testBodyNotSentAsJsonIs415(string $type): void
    {
        $this->client->request('POST', '/api/items', server: ['CONTENT_TYPE' => $type], content: '{"name": "Pen"}');

        self::assertResponseStatusCodeSame(415);
        self::assertSame(['error' => 'Content-Type must be application/json'], $this->responseJson());
    }

    /**
     * @return iterable<string, array{string}>
     */
    public static function otherMediaTypes(): iterable
    {
        yield 'text' => ['text/plain'];
        yield 'form' => ['application/x-www-form-urlencoded'];
    }

    public function testCharsetParameterIsAccepted(): void
    {
        $server = ['CONTENT_TYPE' => 'application/json; charset=utf-8'];
        $this->client->request('POST', '/api/items', server: $server, content: '{"name": "Pen"}');

        self::assertResponseStatusCodeSame(201);
    }

    #[DataProvider('nonObjects')]
    public function testBodyThatIsNotAJsonObjectIs400(string $body): void
    {
        $this->client->request('POST', '/api/items', server: ['CONTENT_TYPE' => 'application/json'], content: $body);

        self::assertResponseStatusCodeSame(400);
        self::assertSame(['error' => 'body must be a JSON object'], $this->responseJson());
    }

    /**
     * @return iterable<string, array{string}>
     */
    public static function nonObjects(): iterable
    {
        yield 'array' => ['[1, 2]'];
        yield 'string' => ['"Pen"'];
        yield 'number' => ['42'];
        yield 'boolean' => ['true'];
        yield 'null' => ['null'];
    }

    #[DataProvider('undecodable')]
    public function testInvalidUtf8AndDeepNestingAre400(string $body): void
    {
        $this->client->request('POST', '/api/items', server: ['CONTENT_TYPE' => 'application/json'], content: $body);

        self::assertResponseStatusCodeSame(400);
        self::assertSame(['error' => 'malformed JSON body'], $this->responseJson());
    }

    /**
     * @return iterable<string, array{string}>
     */
    public static function undecodable(): iterable
    {
        yield 'invalid UTF-8' => ["{\"name\": \"\xff\xfe\"}"];
        yield 'deep nesting' => ['{"name": "deep", "description": '.str_repeat('[', 100000).str_repeat(']', 100000).'}'];
    }

    public function testUnknownFieldsAreIgnored(): void
    {
        $this->client->jsonRequest('POST', '/api/items', ['name' => 'Pen', 'extra' => 1]);

        self::assertResponseStatusCodeSame(201);
        self::assertArrayNotHasKey('extra', $this->responseJson());
    }
}
