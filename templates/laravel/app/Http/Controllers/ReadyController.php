<?php

namespace App\Http\Controllers;

use Illuminate\Http\JsonResponse;
use Illuminate\Support\Facades\DB;
use Throwable;

class ReadyController
{
    /** Readiness: 200 while the database answers a query, 503 while it does not (/health never asks it). */
    public function __invoke(): JsonResponse
    {
        try {
            DB::connection()->select('select 1');
        } catch (Throwable $e) {
            // Reconnect on the next probe rather than reuse a broken handle.
            DB::purge();

            return response()->json(['status' => 'unavailable', 'error' => 'database unreachable'], 503);
        }

        return response()->json(['status' => 'ready']);
    }
}
