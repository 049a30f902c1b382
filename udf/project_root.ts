// The project's root directory (no trailing slash): where code that starts the
// project's own files or reads its data resolves paths from.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
