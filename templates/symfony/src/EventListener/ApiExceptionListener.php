<?php

namespace App\EventListener;

use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Event\ExceptionEvent;
use Symfony\Component\HttpKernel\Exception\HttpExceptionInterface;
use Symfony\Component\HttpKernel\Exception\MethodNotAllowedHttpException;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Errors under /api are JSON {"error": "..."}; the pages keep Symfony's own error pages.
 *
 * The priority puts it after Symfony's logging of the exception (0) and before its error page (-128).
 */
#[AsEventListener(event: KernelEvents::EXCEPTION, priority: -64)]
final class ApiExceptionListener
{
    public function __invoke(ExceptionEvent $event): void
    {
        if (!str_starts_with($event->getRequest()->getPathInfo(), '/api/')) {
            return;
        }

        $exception = $event->getThrowable();
        if (!$exception instanceof HttpExceptionInterface) {
            // Already logged; the client only learns that it failed.
            $event->setResponse(new JsonResponse(['error' => 'internal server error'], Response::HTTP_INTERNAL_SERVER_ERROR));

            return;
        }

        $status = $exception->getStatusCode();
        // A missing route and a missing item read the same; the router's own messages quote the URL. The
        // headers stay (a 405's Allow).
        $message = match (true) {
            $exception instanceof NotFoundHttpException => 'not found',
            $exception instanceof MethodNotAllowedHttpException => $event->getRequest()->getMethod().' is not allowed here',
            default => $exception->getMessage() ?: Response::$statusTexts[$status] ?? 'error',
        };
        $event->setResponse(new JsonResponse(['error' => $message], $status, $exception->getHeaders()));
    }
}
