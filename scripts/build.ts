// npm run build: the package's JavaScript in dist/, what `npm pack` ships and
// the bins run, with no TypeScript tooling at run time.
//   node --import tsx scripts/build.ts
// tsc checks the types; esbuild then bundles each entry point with the project
// code it imports into one ES module (npm packages stay imports, installed as
// the package's dependencies). One module instead of ~80 is what brings the
// UDF's start-up to its first InfoResponse under 120 ms: Node 20 spends about
// 0.3 ms loading each ES module (README "Installing").
// The bundles keep their sources' places (dist/udf/main.js for udf/main.ts),
// shared code goes to dist/chunks/; udf/project_root.ts finds the package root
// as the directory that holds dist/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT as ROOT } from '../udf/project_root.ts';

/** Entry points: the UDF command line, its training thread, the generator and the Twilio alert command. */
export const ENTRY_POINTS = ['udf/main.ts', 'udf/training/train_worker.ts', 'scripts/printer_data.ts', 'alert/alert_twilio.ts'];

const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.json'), '--noEmit'], { cwd: ROOT, stdio: 'inherit' });
if (tsc.status !== 0) {
  process.stderr.write('build: tsc found type errors; nothing built\n');
  process.exit(1);
}

const dist = join(ROOT, 'dist');
rmSync(dist, { recursive: true, force: true });
const result = await build({
  absWorkingDir: ROOT,
  entryPoints: ENTRY_POINTS,
  outbase: '.',
  outdir: 'dist',
  bundle: true,
  // What the sources import lazily (the backtest's InfluxDB client, the evaluate command) stays lazy: its own chunk.
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Readable output: stack traces name the project's own functions.
  minify: false,
  logLevel: 'warning',
  metafile: true,
});
for (const [file, out] of Object.entries(result.metafile.outputs)) {
  process.stderr.write(`build: ${file} ${(out.bytes / 1024).toFixed(0)} KiB\n`);
}
