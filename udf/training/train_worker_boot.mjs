// Entry of the training thread when the UDF runs from its TypeScript sources.
// Worker threads do not inherit the main thread's `--import tsx`, so this plain
// module registers tsx (resolved from the project) before loading the
// TypeScript worker. The built package starts dist/udf/training/train_worker.js.
import { register } from 'tsx/esm/api';

register();
await import('./train_worker.ts');
