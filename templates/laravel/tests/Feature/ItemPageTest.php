<?php

namespace Tests\Feature;

use App\Models\Item;
use Tests\TestCase;

class ItemPageTest extends TestCase
{
    public function test_home_page_lists_items_as_html(): void
    {
        Item::factory()->create(['name' => 'Fountain pen']);

        $response = $this->get('/')
            ->assertOk()
            ->assertSee('Fountain pen');

        $this->assertStringStartsWith('text/html', $response->headers->get('Content-Type'));
    }

    public function test_form_adds_an_item(): void
    {
        $this->post('/items', ['name' => 'Notebook', 'description' => 'A5, dotted'])
            ->assertRedirect(route('items.index'));

        $this->assertDatabaseHas('items', ['name' => 'Notebook', 'description' => 'A5, dotted']);
        $this->get('/')->assertSee('Notebook');
    }

    public function test_form_shows_validation_errors(): void
    {
        $this->from('/')
            ->post('/items', ['name' => ''])
            ->assertRedirect('/')
            ->assertSessionHasErrors('name');

        $this->assertDatabaseCount('items', 0);
    }
}
