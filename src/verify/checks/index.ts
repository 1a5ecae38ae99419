import type { Check } from './check.js';
import { events } from './events.js';
import { graphql } from './graphql.js';
import { grpc } from './grpc.js';
import { grpcPersistence } from './grpc-persistence.js';
import { jobs } from './jobs.js';
import { pages } from './pages.js';
import { persistence } from './persistence.js';
import { postgres } from './postgres.js';
import { predict } from './predict.js';
import { websocket } from './websocket.js';

/** The checks capabilities name in the catalog (`"check": "websocket"`), one module each. */
export const CHECKS: Readonly<Record<string, Check>> = { events, graphql, grpc, 'grpc-persistence': grpcPersistence, jobs, pages, persistence, postgres, predict, websocket };
