// The committed protobuf code must be what `npm run proto` generates from udf/agent/udf.proto.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT as ROOT } from '../udf/project_root.ts';

test('udf/agent/proto/udf.js and udf.d.ts are regenerated from udf.proto without changes', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'ads-proto-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const bin = join(ROOT, 'node_modules', '.bin');
  const js = join(dir, 'udf.js');
  const dts = join(dir, 'udf.d.ts');
  execFileSync(join(bin, 'pbjs'), ['-t', 'static-module', '-w', 'esm', '--force-long', '-o', js, 'udf/agent/udf.proto'], { cwd: ROOT });
  execFileSync(join(bin, 'pbts'), ['-o', dts, js], { cwd: ROOT });
  assert.ok(readFileSync(js, 'utf8') === readFileSync(join(ROOT, 'udf/agent/proto/udf.js'), 'utf8'), 'udf.js is stale: run `npm run proto`');
  assert.ok(readFileSync(dts, 'utf8') === readFileSync(join(ROOT, 'udf/agent/proto/udf.d.ts'), 'utf8'), 'udf.d.ts is stale: run `npm run proto`');
});

test('Point.time is generated as an int64 Long, never a JS number', () => {
  const dts = readFileSync(join(ROOT, 'udf/agent/proto/udf.d.ts'), 'utf8');
  assert.match(dts, /\/\*\* Point time\. \*\/\s+time: Long;/);
});
