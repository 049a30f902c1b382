// npm run build: the package's JavaScript in dist/, what `npm pack` ships and
// the bins run, with no TypeScript tooling at run time.
//   node --import tsx scripts/build.ts
// tsc checks the types; esbuild then bundles each entry point with the code it
// imports into ES modules, the npm packages it uses at start-up included, so a
// UDF process loads a handful of modules instead of ~80 of the project's and
// ~30 of its dependencies': Node 20 spends about 0.3 ms on each, and the UDF
// answers Kapacitor's Info request in about 105 ms instead of 128 ms with one
// file per source and the dependencies installed beside it (README
// "Installing"). What the sources import lazily stays lazy in chunks of its
// own; the InfluxDB client (only the backtest reads InfluxDB) stays a
// dependency, and kafkajs an optional one of the generator's Kafka target. The
// bundled packages' licences go to dist/THIRD_PARTY_LICENSES.txt.
// The bundles keep their sources' places (dist/udf/main.js for udf/main.ts),
// shared code goes to dist/chunks/; udf/project_root.ts finds the package root
// as the directory that holds dist/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { PROJECT_ROOT as ROOT } from '../udf/project_root.ts';

/** Entry points: the UDF command line, its training thread, the generator and the Twilio alert command. */
export const ENTRY_POINTS = ['udf/main.ts', 'udf/training/train_worker.ts', 'scripts/printer_data.ts', 'alert/alert_twilio.ts'];
/** Imported at run time from the installed package's node_modules (or, for kafkajs, not at all). */
const EXTERNAL = ['@influxdata/influxdb-client', 'kafkajs'];

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
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  external: EXTERNAL,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The CommonJS packages bundled into these ES modules require Node's built-in modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  // Readable output: stack traces name the project's own functions.
  minify: false,
  logLevel: 'warning',
  metafile: true,
});
for (const [file, out] of Object.entries(result.metafile.outputs)) {
  process.stderr.write(`build: ${file} ${(out.bytes / 1024).toFixed(0)} KiB\n`);
}

/** The packages whose code is in the bundles: their directories under node_modules/. */
function bundledPackages(inputs: readonly string[]): string[] {
  const dirs = new Set<string>();
  for (const input of inputs) {
    const at = input.lastIndexOf('node_modules/');
    if (at < 0) continue;
    const parts = input.slice(at + 'node_modules/'.length).split('/');
    dirs.add(input.slice(0, at) + 'node_modules/' + parts.slice(0, parts[0]!.startsWith('@') ? 2 : 1).join('/'));
  }
  return [...dirs].sort();
}

const notices = bundledPackages(Object.keys(result.metafile.inputs)).map((dir) => {
  const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as { name: string; version: string; license?: string };
  const file = readdirSync(join(ROOT, dir)).find((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f));
  const text = file && existsSync(join(ROOT, dir, file)) ? readFileSync(join(ROOT, dir, file), 'utf8').trim() : `License: ${manifest.license ?? 'not stated'}`;
  return `${manifest.name} ${manifest.version} (${manifest.license ?? 'license not stated'})\n\n${text}\n`;
});
writeFileSync(join(dist, 'THIRD_PARTY_LICENSES.txt'), `Packages bundled into dist/ by scripts/build.ts\n\n${notices.join('\n' + '-'.repeat(72) + '\n\n')}`);
process.stderr.write(`build: ${notices.length} bundled packages' licences in dist/THIRD_PARTY_LICENSES.txt\n`);
