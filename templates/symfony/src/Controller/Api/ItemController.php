<?php

namespace App\Controller\Api;

use App\Entity\Item;
use App\Repository\ItemRepository;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;
use Symfony\Component\HttpKernel\Exception\UnsupportedMediaTypeHttpException;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Validator\Constraints as Assert;
use Symfony\Component\Validator\Validator\ValidatorInterface;

#[Route('/api/items')]
final class ItemController extends AbstractController
{
    #[Route('', name: 'api_items_list', methods: ['GET'])]
    public function list(ItemRepository $items): JsonResponse
    {
        return $this->json(array_map(
            fn (Item $item): array => $item->toArray(),
            $items->findBy([], ['id' => 'ASC']),
        ));
    }

    /**
     * The body is a JSON object sent as application/json (another media type is a 415; invalid UTF-8,
     * nesting past 512 levels or another top-level value a 400); fields other than name and description
     * are ignored.
     */
    #[Route('', name: 'api_items_create', methods: ['POST'])]
    public function create(Request $request, ValidatorInterface $validator, EntityManagerInterface $entityManager): JsonResponse
    {
        if ('json' !== $request->getContentTypeFormat()) {
            throw new UnsupportedMediaTypeHttpException('Content-Type must be application/json');
        }
        try {
            $body = json_decode($request->getContent(), flags: JSON_THROW_ON_ERROR);
        } catch (\JsonException) {
            throw new BadRequestHttpException('malformed JSON body');
        }
        if (!$body instanceof \stdClass) {
            throw new BadRequestHttpException('body must be a JSON object');
        }
        $data = get_object_vars($body);

        $violations = $validator->validate($data, self::itemConstraint());
        if (count($violations) > 0) {
            $details = [];
            foreach ($violations as $violation) {
                $details[trim($violation->getPropertyPath(), '[]')][] = $violation->getMessage();
            }
            $field = array_key_first($details);

            return $this->json(
                ['error' => $field.': '.$details[$field][0], 'details' => $details],
                Response::HTTP_UNPROCESSABLE_ENTITY,
            );
        }

        $item = new Item($data['name'], $data['description'] ?? null);
        $entityManager->persist($item);
        $entityManager->flush();

        return $this->json($item->toArray(), Response::HTTP_CREATED);
    }

    #[Route('/{id}', name: 'api_items_show', requirements: ['id' => '[0-9]{1,18}'], methods: ['GET'])]
    public function show(int $id, ItemRepository $items): JsonResponse
    {
        $item = $items->find($id) ?? throw $this->createNotFoundException();

        return $this->json($item->toArray());
    }

    /**
     * The body as a whole: the type comes first so that a number or a list never reaches the string checks.
     */
    private static function itemConstraint(): Assert\Collection
    {
        return new Assert\Collection(
            fields: [
                'name' => new Assert\Sequentially([
                    new Assert\NotNull(),
                    new Assert\Type('string'),
                    new Assert\NotBlank(normalizer: 'trim'),
                    new Assert\Length(max: 100),
                ]),
                'description' => new Assert\Optional(new Assert\Sequentially([
                    new Assert\Type('string'),
                    new Assert\Length(max: 1000),
                ])),
            ],
            allowExtraFields: true,
        );
    }
}
