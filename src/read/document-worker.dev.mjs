// The document worker run from source (tests, `node --import tsx`): on Node 20 a worker thread does not inherit
// tsx's module hooks, so the readers' lazy imports of .js names would miss their .ts files. Register them first.
import { register } from 'tsx/esm/api';

register();
const { default: readInWorker } = await import('./document-worker.ts');
export default readInWorker;
