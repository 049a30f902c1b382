#!/usr/bin/env node
// npm bin entry: registers tsx from this package (so it works from any
// working directory) and runs the TypeScript CLI without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../udf/main.ts');
