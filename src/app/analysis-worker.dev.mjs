// The analysis worker run from source (tests, `node --import tsx`): on Node 20 a worker thread does not inherit
// tsx's module hooks, so the reader's lazy imports of .js names would miss their .ts files. Register them first.
import { register } from 'tsx/esm/api';

register();
const { default: analyseUpload, previewUpload, splitUpload } = await import('./analysis-worker.ts');
export default analyseUpload;
export { previewUpload, splitUpload };
