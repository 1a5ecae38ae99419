<?php

namespace App\Http\Controllers\Api;

use App\Http\Requests\StoreItemRequest;
use App\Models\Item;
use Illuminate\Http\JsonResponse;

class ItemController
{
    public function index(): JsonResponse
    {
        return response()->json(Item::query()->orderBy('id')->get());
    }

    public function store(StoreItemRequest $request): JsonResponse
    {
        return response()->json(Item::create($request->validated()), 201);
    }

    public function show(Item $item): JsonResponse
    {
        return response()->json($item);
    }
}
