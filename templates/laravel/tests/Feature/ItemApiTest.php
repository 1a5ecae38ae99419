<?php

namespace Tests\Feature;

use App\Models\Item;
use PHPUnit\Framework\Attributes\DataProvider;
use Tests\TestCase;

class ItemApiTest extends TestCase
{
    public function test_list_is_empty_at_first(): void
    {
        $this->getJson('/api/items')
            ->assertOk()
            ->assertExactJson([]);
    }

    public function test_create_then_get_and_list(): void
    {
        $created = $this->postJson('/api/items', ['name' => 'Pen', 'description' => 'Blue ink'])
            ->assertCreated()
            ->assertJsonPath('name', 'Pen')
            ->assertJsonPath('description', 'Blue ink');
        $id = $created->json('id');
        $this->assertIsInt($id);

        $this->getJson("/api/items/{$id}")
            ->assertOk()
            ->assertJsonPath('id', $id)
            ->assertJsonPath('name', 'Pen');

        $this->getJson('/api/items')
            ->assertOk()
            ->assertJsonCount(1)
            ->assertJsonPath('0.id', $id);
    }

    public function test_description_is_optional(): void
    {
        $this->postJson('/api/items', ['name' => 'Pen'])
            ->assertCreated()
            ->assertJsonPath('description', null);
    }

    /**
     * @param  array<string, mixed>  $body
     */
    #[DataProvider('invalidBodies')]
    public function test_invalid_body_is_422_json(array $body): void
    {
        $this->postJson('/api/items', $body)
            ->assertUnprocessable()
            ->assertJsonStructure(['error', 'details']);

        $this->assertSame(0, Item::query()->count());
    }

    /**
     * @return array<string, array{array<string, mixed>}>
     */
    public static function invalidBodies(): array
    {
        return [
            'missing name' => [['description' => 'no name']],
            'empty name' => [['name' => '']],
            'blank name' => [['name' => '   ']],
            'name not a string' => [['name' => 42]],
            'name too long' => [['name' => str_repeat('x', 101)]],
            'description not a string' => [['name' => 'Pen', 'description' => ['a']]],
        ];
    }

    public function test_errors_are_json_without_an_accept_header(): void
    {
        $this->call('POST', '/api/items', server: ['CONTENT_TYPE' => 'application/json'], content: '{"name": ""}')
            ->assertUnprocessable()
            ->assertJsonStructure(['error']);
    }

    public function test_malformed_json_is_400(): void
    {
        $this->call('POST', '/api/items', server: ['CONTENT_TYPE' => 'application/json'], content: '{"name": ')
            ->assertStatus(400)
            ->assertExactJson(['error' => 'malformed JSON body']);
    }

    public function test_missing_item_is_404(): void
    {
        $this->getJson('/api/items/999')
            ->assertNotFound()
            ->assertExactJson(['error' => 'not found']);
    }

    public function test_non_integer_id_is_404(): void
    {
        $this->get('/api/items/abc')
            ->assertNotFound()
            ->assertExactJson(['error' => 'not found']);
    }

    #[DataProvider('otherMethods')]
    public function test_unsupported_method_is_405_json_with_allow(string $method, string $path, string $allow): void
    {
        $this->call($method, $path)
            ->assertMethodNotAllowed()
            ->assertHeader('Allow', $allow)
            ->assertJsonStructure(['error']);
    }

    /**
     * @return array<string, array{string, string, string}>
     */
    public static function otherMethods(): array
    {
        return [
            'DELETE /api/items' => ['DELETE', '/api/items', 'GET, HEAD, POST'],
            'PUT /api/items' => ['PUT', '/api/items', 'GET, HEAD, POST'],
            'PATCH /api/items/1' => ['PATCH', '/api/items/1', 'GET, HEAD'],
            'POST /api/items/1' => ['POST', '/api/items/1', 'GET, HEAD'],
        ];
    }

    public function test_trailing_slash_lists_the_items(): void
    {
        $this->getJson('/api/items/')
            ->assertOk()
            ->assertExactJson([]);
    }

    public function test_path_below_an_item_is_404(): void
    {
        $this->get('/api/items/1/nothing-here')
            ->assertNotFound()
            ->assertExactJson(['error' => 'not found']);
    }

    public function test_declared_body_over_the_limit_is_413_before_it_is_read(): void
    {
        $server = ['CONTENT_TYPE' => 'application/json', 'CONTENT_LENGTH' => '104857600'];
        $this->call('POST', '/api/items', server: $server, content: '{"name": "too large"')
            ->assertStatus(413)
            ->assertExactJson(['error' => 'request body exceeds 1048576 bytes']);
    }

    public function test_body_over_the_limit_without_a_length_is_413(): void
    {
        $body = (string) json_encode(['name' => 'Pen', 'description' => str_repeat('x', 1048576)]);
        $this->call('POST', '/api/items', server: ['CONTENT_TYPE' => 'application/json'], content: $body)
            ->assertStatus(413)
            ->assertJsonStructure(['error']);
    }

    #[DataProvider('otherMediaTypes')]
    public function test_body_that_is_not_sent_as_json_is_415(string $type): void
    {
        $this->call('POST', '/api/items', server: ['CONTENT_TYPE' => $type], content: '{"name": "Pen"}')
            ->assertStatus(415)
            ->assertExactJson(['error' => 'Content-Type must be application/json']);

        $this->assertSame(0, Item::query()->count());
    }

    /**
     * @return array<string, array{string}>
     */
    public static function otherMediaTypes(): array
    {
        return [
            'text' => ['text/plain'],
            'form' => ['application/x-www-form-urlencoded'],
        ];
    }

    public function test_charset_parameter_is_accepted(): void
    {
        $this->call('POST', '/api/items', server: ['CONTENT_TYPE' => 'application/json; charset=utf-8'], content: '{"name": "Pen"}')
            ->assertCreated();
    }

    #[DataProvider('nonObjects')]
    public function test_body_that_is_not_a_json_object_is_400(string $body): void
    {
        $this->call('POST', '/api/items', server: ['CONTENT_TYPE' => 'application/json'], content: $body)
            ->assertStatus(400)
            ->assertExactJson(['error' => 'body must be a JSON object']);
    }

    /**
     * @return array<string, array{string}>
     */
    public static function nonObjects(): array
    {
        return [
            'array' => ['[1, 2]'],
            'string' => ['"Pen"'],
            'number' => ['42'],
            'boolean' => ['true'],
            'null' => ['null'],
        ];
    }

    #[DataProvider('undecodable')]
    public function test_invalid_utf8_and_deep_nesting_are_400(string $body): void
    {
        $this->call('POST', '/api/items', server: ['CONTENT_TYPE' => 'application/json'], content: $body)
            ->assertStatus(400)
            ->assertExactJson(['error' => 'malformed JSON body']);

        $this->assertSame(0, Item::query()->count());
    }

    /**
     * @return array<string, array{string}>
     */
    public static function undecodable(): array
    {
        return [
            'invalid UTF-8' => ["{\"name\": \"\xff\xfe\"}"],
            'deep nesting' => ['{"name": "deep", "description": '.str_repeat('[', 100000).str_repeat(']', 100000).'}'],
        ];
    }

    public function test_unknown_fields_are_ignored(): void
    {
        $this->postJson('/api/items', ['name' => 'Pen', 'extra' => 1])
            ->assertCreated()
            ->assertJsonMissingPath('extra');
    }
}
