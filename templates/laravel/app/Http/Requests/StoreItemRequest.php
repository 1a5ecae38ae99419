<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;
use JsonException;
use stdClass;
use Symfony\Component\HttpKernel\Exception\BadRequestHttpException;

class StoreItemRequest extends FormRequest
{
    /**
     * @return array<string, list<string>>
     */
    public function rules(): array
    {
        return [
            'name' => ['required', 'string', 'max:100'],
            'description' => ['nullable', 'string', 'max:1000'],
        ];
    }

    /**
     * Laravel reads a JSON body that does not parse (invalid UTF-8 and nesting past 512 levels included), or
     * whose top level is not an object, as empty input; say what is wrong instead. Fields other than name
     * and description are ignored. Laravel trims strings before validation, so the limits apply to the
     * trimmed values.
     */
    protected function prepareForValidation(): void
    {
        if (! $this->isJson()) {
            return;
        }
        try {
            $body = json_decode($this->getContent(), flags: JSON_THROW_ON_ERROR);
        } catch (JsonException) {
            throw new BadRequestHttpException('malformed JSON body');
        }
        if (! $body instanceof stdClass) {
            throw new BadRequestHttpException('body must be a JSON object');
        }
    }
}
