<?php

namespace App\EventListener;

use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Exception\NotFoundHttpException;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * The router answers GET /api/items/ with a redirect to /api/items; an API client would follow it to a
 * different URL, or not at all. Under /api a trailing slash is an unknown path instead: a JSON 404. It
 * runs before the router (priority 32).
 */
#[AsEventListener(event: KernelEvents::REQUEST, priority: 48)]
final class ApiTrailingSlashListener
{
    public function __invoke(RequestEvent $event): void
    {
        $path = $event->getRequest()->getPathInfo();
        if ($event->isMainRequest() && str_starts_with($path, '/api/') && str_ends_with($path, '/')) {
            throw new NotFoundHttpException();
        }
    }
}
