import { CreateItems1796428800000 } from './1796428800000-CreateItems.js';

// Every migration, oldest first. `npm run migration:generate -- <path>` writes
// a new one from the difference between the entities and the database: add its
// class here so that `npm run migrate` and the tests apply it.
export const migrations = [CreateItems1796428800000];
