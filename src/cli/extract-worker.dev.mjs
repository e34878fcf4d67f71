// The extract worker run from source (tests, `node --import tsx`): on Node 20 a worker thread does not inherit
// tsx's module hooks, so the reader's lazy imports of .js names would miss their .ts files. Register them first.
import { register } from 'tsx/esm/api';

register();
await import('./extract-worker.ts');
