<?php

namespace App\Controller;

use Doctrine\DBAL\Connection;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class ReadyController extends AbstractController
{
    /** Readiness: 200 while the database answers a query, 503 while it does not (/health never asks it). */
    #[Route('/ready', name: 'ready', methods: ['GET'])]
    public function __invoke(Connection $connection): JsonResponse
    {
        try {
            $connection->executeQuery('SELECT 1');
        } catch (\Throwable) {
            // Reconnect on the next probe rather than reuse a broken handle.
            $connection->close();

            return $this->json(['status' => 'unavailable', 'error' => 'database unreachable'], Response::HTTP_SERVICE_UNAVAILABLE);
        }

        return $this->json(['status' => 'ready']);
    }
}
