<?php

namespace App\EventListener;

use Symfony\Component\DependencyInjection\Attribute\Autowire;
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\Exception\HttpException;
use Symfony\Component\HttpKernel\KernelEvents;

/**
 * Refuses a request body over MAX_BODY_BYTES with a 413, before routing. PHP reads the body before the
 * kernel runs, except one whose Content-Length is over post_max_size (frankenphp/Caddyfile sets it to
 * MAX_BODY_BYTES): that one is refused unread; a body without a Content-Length (chunked) is measured as
 * PHP read it.
 */
#[AsEventListener(event: KernelEvents::REQUEST, priority: 64)]
final class RequestBodyLimitListener
{
    private readonly int $maxBodyBytes;

    public function __construct(#[Autowire(env: 'int:MAX_BODY_BYTES')] int $maxBodyBytes)
    {
        $this->maxBodyBytes = $maxBodyBytes;
    }

    public function __invoke(RequestEvent $event): void
    {
        if (!$event->isMainRequest()) {
            return;
        }
        $request = $event->getRequest();
        $declared = (int) $request->headers->get('Content-Length');
        if ($declared > $this->maxBodyBytes || strlen($request->getContent()) > $this->maxBodyBytes) {
            throw new HttpException(Response::HTTP_REQUEST_ENTITY_TOO_LARGE, sprintf('request body exceeds %d bytes', $this->maxBodyBytes));
        }
    }
}
