<?php

namespace App\Http\Requests;

use Illuminate\Foundation\Http\FormRequest;
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
     * Laravel reads a JSON body that does not parse as empty input; say what is wrong instead.
     */
    protected function prepareForValidation(): void
    {
        if ($this->isJson() && ! json_validate($this->getContent())) {
            throw new BadRequestHttpException('malformed JSON body');
        }
    }
}
