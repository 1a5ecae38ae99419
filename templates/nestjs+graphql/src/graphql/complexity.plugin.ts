import type {
  ApolloServerPlugin,
  BaseContext,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
} from 'graphql-query-complexity';

// Each field selected costs 1, aliases and nested fields included: no
// operation makes the server do more than this much work.
export const maxComplexity = 100;

/** Refuses an operation above maxComplexity after it validates, before it runs. */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  // eslint-disable-next-line @typescript-eslint/require-await -- Apollo's hooks are async
  async requestDidStart(): Promise<GraphQLRequestListener<BaseContext>> {
    const { schema } = this.schemaHost;
    return {
      // eslint-disable-next-line @typescript-eslint/require-await -- as above
      async didResolveOperation({ request, document }) {
        const complexity = getComplexity({
          schema,
          operationName: request.operationName,
          query: document,
          variables: request.variables,
          estimators: [
            fieldExtensionsEstimator(),
            simpleEstimator({ defaultComplexity: 1 }),
          ],
        });
        if (complexity > maxComplexity) {
          throw new GraphQLError(
            `operation complexity ${String(complexity)} exceeds the maximum of ${String(maxComplexity)}`,
            { extensions: { code: 'QUERY_TOO_COMPLEX' } },
          );
        }
      },
    };
  }
}
