<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\UnsupportedMediaTypeHttpException;

/**
 * A JSON endpoint takes JSON bodies only (`application/json`, parameters such as a charset allowed): any
 * other media type, or none, is a 415 instead of input that validation would read as empty.
 */
class EnsureJsonBody
{
    public function handle(Request $request, Closure $next): Response
    {
        if (! $request->isJson()) {
            throw new UnsupportedMediaTypeHttpException('Content-Type must be application/json');
        }

        return $next($request);
    }
}
