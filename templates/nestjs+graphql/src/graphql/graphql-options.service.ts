import {
  ApolloServerErrorCode,
  unwrapResolverError,
} from '@apollo/server/errors';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { HttpException, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { GqlOptionsFactory } from '@nestjs/graphql';
import type { GraphQLFormattedError } from 'graphql';

import type { EnvironmentVariables } from '../env.validation.js';

/** GraphQLModule's options, from the validated settings. */
@Injectable()
export class GraphqlOptionsService implements GqlOptionsFactory<ApolloDriverConfig> {
  constructor(
    private readonly config: ConfigService<EnvironmentVariables, true>,
  ) {}

  createGqlOptions(): ApolloDriverConfig {
    // The schema and an IDE to explore it are for development only.
    const devTools = this.config.get('GRAPHQL_DEV_TOOLS', { infer: true });
    return {
      // Code first: the schema is built in memory from the decorated classes.
      autoSchemaFile: true,
      sortSchema: true,
      // GraphiQL on GET /graphql; Nest's default would follow NODE_ENV.
      graphiql: devTools,
      introspection: devTools,
      // Apollo's default, stated: a query sent by GET or as a "simple" form
      // post needs a header that browsers only send after a CORS preflight.
      csrfPrevention: true,
      // No "Did you mean ...?" that would reveal what introspection hides.
      hideSchemaDetailsFromClientErrors: !devTools,
      // A long document is refused while it is parsed.
      parseOptions: { maxLexicalTokens: 2000 },
      includeStacktraceInErrorResponses: false,
      // formatError below answers Nest's HTTP exceptions itself.
      autoTransformHttpErrors: false,
      formatError,
      // Apollo stops once Nest has closed the HTTP server, after the drain
      // of ShutdownService, rather than when shutdown begins.
      stopOnApplicationShutdown: true,
    };
  }
}

/**
 * Errors of the request (syntax, validation, limits, bad input) reach the
 * client; any other error is the server's: Nest has logged it, and the client
 * gets no internal message.
 */
function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof HttpException && original.getStatus() < 500) {
    // The ValidationPipe's 400, in the REST API's words.
    return {
      message: describe(original),
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT },
    };
  }
  // Apollo's code for an error that is not a GraphQL one: a bug, the database
  // down.
  if (
    formatted.extensions?.code === ApolloServerErrorCode.INTERNAL_SERVER_ERROR
  ) {
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
    };
  }
  return formatted;
}

/** An HttpException's message(s), as the REST API answers them. */
function describe(exception: HttpException): string {
  const response = exception.getResponse();
  const message =
    typeof response === 'object' && 'message' in response
      ? response.message
      : response;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}
