<?php

use App\Http\Controllers\Api\ItemController;
use App\Http\Middleware\EnsureJsonBody;
use Illuminate\Support\Facades\Route;

Route::get('/items', [ItemController::class, 'index']);
Route::post('/items', [ItemController::class, 'store'])->middleware(EnsureJsonBody::class);
// Only digits reach the controller: /api/items/abc is an unknown route, hence a 404.
Route::get('/items/{item}', [ItemController::class, 'show'])->whereNumber('item');
