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

    public function test_unsupported_method_is_405_json(): void
    {
        $this->deleteJson('/api/items')
            ->assertMethodNotAllowed()
            ->assertJsonStructure(['error']);
    }
}
