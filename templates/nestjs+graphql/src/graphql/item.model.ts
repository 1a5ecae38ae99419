import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Item', {
  description:
    'The sample resource, shared with the REST API under /api/items.',
})
export class ItemModel {
  @Field(() => ID)
  id: number;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | undefined;
}
