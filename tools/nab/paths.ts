// Where the NAB subset lives: ../shared/data/nab beside the project (CI
// clones the project with shared/ next to it), or NAB_DATA_DIR.
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../../udf/project_root.ts';

export function nabDataDir(override?: string): string {
  return resolve(override ?? process.env.NAB_DATA_DIR ?? resolve(PROJECT_ROOT, '../shared/data/nab'));
}

export const nabWindowsFile = (dir: string): string => resolve(dir, 'labels/combined_windows.json');
export const nabDataFile = (dir: string, key: string): string => resolve(dir, 'data', key);
export const nabResultsDir = (dir: string, detector: string): string => resolve(dir, 'results', detector);
