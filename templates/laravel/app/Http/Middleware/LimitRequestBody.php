<?php

namespace App\Http\Middleware;

use Closure;
use Illuminate\Http\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\HttpException;

/**
 * Refuses a request body over MAX_BODY_BYTES with a 413, in place of the framework's ValidatePostSize,
 * which only knows php.ini's post_max_size. PHP reads the body before the application runs, except one
 * whose Content-Length is over post_max_size (frankenphp/Caddyfile sets it to MAX_BODY_BYTES): that one
 * is refused unread; a body without a Content-Length (chunked) is measured as PHP read it.
 */
class LimitRequestBody
{
    public function handle(Request $request, Closure $next): Response
    {
        $limit = (int) config('server.max_body_bytes');
        if ((int) $request->header('Content-Length') > $limit || strlen($request->getContent()) > $limit) {
            throw new HttpException(Response::HTTP_REQUEST_ENTITY_TOO_LARGE, "request body exceeds {$limit} bytes");
        }

        return $next($request);
    }
}
