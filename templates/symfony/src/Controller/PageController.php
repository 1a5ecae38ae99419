<?php

namespace App\Controller;

use App\Repository\ItemRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class PageController extends AbstractController
{
    #[Route('/', name: 'home', methods: ['GET'])]
    public function home(ItemRepository $items): Response
    {
        return $this->render('items/index.html.twig', [
            'items' => $items->findBy([], ['id' => 'DESC']),
        ]);
    }
}
