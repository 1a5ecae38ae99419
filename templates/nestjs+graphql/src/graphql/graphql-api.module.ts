import { ApolloDriver } from '@nestjs/apollo';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';

import { ItemsModule } from '../items/items.module.js';
import { ComplexityPlugin } from './complexity.plugin.js';
import { GraphqlOptionsService } from './graphql-options.service.js';
import { ItemsResolver } from './items.resolver.js';

/** POST /graphql: the items of the REST API, through Apollo Server. */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      useClass: GraphqlOptionsService,
    }),
    ItemsModule,
  ],
  providers: [ComplexityPlugin, ItemsResolver],
})
export class GraphqlApiModule {}
