<?php

use App\Http\Controllers\HealthController;
use App\Http\Controllers\ReadyController;
use App\Http\Middleware\LimitRequestBody;
use Illuminate\Foundation\Application;
use Illuminate\Foundation\Configuration\Exceptions;
use Illuminate\Foundation\Configuration\Middleware;
use Illuminate\Http\Middleware\ValidatePostSize;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Route;
use Illuminate\Validation\ValidationException;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;

return Application::configure(basePath: dirname(__DIR__))
    ->withRouting(
        web: __DIR__.'/../routes/web.php',
        api: __DIR__.'/../routes/api.php',
        // Outside the web group: the probes need no session, cookie or CSRF token.
        then: function (): void {
            Route::get('/health', HealthController::class)->name('health');
            Route::get('/ready', ReadyController::class)->name('ready');
        },
    )
    ->withMiddleware(function (Middleware $middleware): void {
        // MAX_BODY_BYTES, with the API's message, rather than php.ini's post_max_size.
        $middleware->replace(ValidatePostSize::class, LimitRequestBody::class);
    })
    ->withExceptions(function (Exceptions $exceptions): void {
        // Under /api every error is JSON, whatever the client's Accept header says. A 405 keeps the Allow
        // header the router set; a trailing slash is the same route (/api/items/ lists the items).
        $exceptions->shouldRenderJsonWhen(fn (Request $request) => $request->is('api/*'));

        $exceptions->render(function (ValidationException $e, Request $request) {
            if ($request->is('api/*')) {
                return response()->json(['error' => $e->getMessage(), 'details' => $e->errors()], $e->status);
            }
        });

        $exceptions->render(function (HttpExceptionInterface $e, Request $request) {
            if ($request->is('api/*')) {
                $status = $e->getStatusCode();
                // A missing route and a missing item read the same; neither names a class.
                $message = $e instanceof NotFoundHttpException
                    ? 'not found'
                    : ($e->getMessage() ?: Response::$statusTexts[$status] ?? 'error');

                return response()->json(['error' => $message], $status, $e->getHeaders());
            }
        });
    })
    ->create();
