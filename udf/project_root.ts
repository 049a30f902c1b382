// The project's root directory (no trailing slash): where code that starts the
// project's own files or reads its data resolves paths from. The same code runs
// from its TypeScript sources (udf/project_root.ts, one level below the root) and
// from the package's bundles (dist/<folder>/<entry>.js, bundled by
// scripts/build.ts), whose root is the directory that holds dist/.
import { dirname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);

/** Whether this process runs the built package (dist/) rather than the TypeScript sources. */
export const RUNS_BUILT = !here.endsWith('.ts');

const distAt = here.lastIndexOf(`${sep}dist${sep}`);

export const PROJECT_ROOT = RUNS_BUILT && distAt >= 0 ? here.slice(0, distAt) : resolve(dirname(here), '..');
