import { Field, InputType } from '@nestjs/graphql';

import { CreateItemDto } from '../items/dto/create-item.dto.js';

/**
 * createItem's input: the REST API's body class with its class-validator
 * rules, so the global ValidationPipe checks it exactly as it checks
 * POST /api/items.
 */
@InputType('NewItem', {
  description:
    'A new item: the name 1 to 100 characters and not blank, the description up to 1,000.',
})
export class CreateItemInput extends CreateItemDto {}

// The inherited properties, declared to the schema (a redeclared property
// would shadow the one CreateItemDto validates).
Field(() => String)(CreateItemInput.prototype, 'name');
Field(() => String, { nullable: true })(
  CreateItemInput.prototype,
  'description',
);
