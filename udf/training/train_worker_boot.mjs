// Entry of the training thread. Worker threads do not inherit the main
// thread's `--import tsx`, so this plain module registers tsx (resolved from
// the project, like bin/ads.js) before loading the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./train_worker.ts');
