import { fileURLToPath } from 'node:url';

export { PROJECT_ROOT as ROOT } from '../../udf/project_root.ts';
export const MAIN = fileURLToPath(new URL('../../udf/main.ts', import.meta.url));
