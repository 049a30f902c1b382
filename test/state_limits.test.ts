// Options and input that would exhaust the process: every option has an
// upper bound, Init refuses a configuration whose worst-case state
// (maxGroups × a group's bound) exceeds the memory budget, naming the options
// and the figure, and without .maxGroups() the default is lowered to fit;
// refusals are sentences about the input; a refused second Init keeps the
// configuration that was working. One test per promise the fuzz found broken.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { buildConfig, DEFAULT_MEMORY_BUDGET, MAX_GROUPS } from '../udf/handlers/ads_config.ts';
import { createAdsHandler } from '../udf/handlers/ads.ts';
import { createLogger } from '../udf/log.ts';
import { UdfProcess, opt } from './helpers/udf_process.ts';
import { point } from './helpers/conversation.ts';

const DAY_NS = 86_400e9;
const init = (...options: pb.IOption[]) => createAdsHandler({ logger: createLogger('silent') }).init({ options });

/** Init's refusal of these options, which must be a sentence about them. */
function refusal(...options: pb.IOption[]): string {
  const r = init(...options);
  assert.equal(r.success, false, JSON.stringify(options.map((o) => o.name)));
  assert.doesNotMatch(r.error!, /allocation|heap|Invalid|undefined|NaN|Infinity/, r.error!);
  return r.error!;
}

test('seasonal .buckets(1000000000) and .buckets(100000000) are refused at Init, not on the first point', () => {
  for (const buckets of [1_000_000_000, 100_000_000]) {
    const error = refusal(opt('field', 'v'), opt('detector', 'seasonal'), opt('period', DAY_NS, 'duration'), opt('buckets', buckets, 'int'));
    assert.equal(error, `seasonal: buckets must be an integer in [1, 100000], got ${buckets}`);
  }
  // The largest allowed is accepted, with maxGroups lowered to what the budget holds.
  const cfg = buildConfig([opt('field', 'v'), opt('detector', 'seasonal'), opt('period', DAY_NS, 'duration'), opt('buckets', 100_000, 'int'), opt('window', 3, 'int')]);
  assert.ok(cfg.maxGroups >= 1 && cfg.maxGroups * cfg.groupBytes <= DEFAULT_MEMORY_BUDGET);
});

test('iqr .window(10000000000) and .window(1000000000) are refused at Init; every window has a bound', () => {
  for (const window of [10_000_000_000, 1_000_000_000]) {
    assert.equal(refusal(opt('field', 'v'), opt('detector', 'iqr'), opt('window', window, 'int')), `iqr: window must be an integer in [3, 1000000], got ${window}`);
  }
  for (const detector of ['mad', 'iqr', 'quantile', 'zscore', 'persist', 'levelshift', 'volatilityshift', 'seasonal']) {
    assert.match(refusal(opt('field', 'v'), opt('detector', detector), opt('window', 1_000_001, 'int')), /window must be an integer in \[\d, 1000000\], got 1000001$/, detector);
  }
  assert.match(refusal(opt('field', 'v'), opt('detector', 'persist'), opt('history', 2_000_000, 'int')), /history must be an integer in \[10, 1000000\]/);
  assert.match(refusal(opt('field', 'v'), opt('detector', 'iforest'), opt('window', 2_000_000, 'int')), /'window' must be an integer in 2\.\.1048576/);
});

test('.maxGroups(9223372036854775807) is refused with the value as written; maxGroups has a bound', () => {
  const huge: pb.IOption = { name: 'maxGroups', values: [{ type: pb.ValueType.INT, intValue: Long.fromString('9223372036854775807') }] };
  assert.equal(refusal(opt('field', 'v'), huge), "option 'maxGroups' is 9223372036854775807, beyond the largest integer any option of this UDF takes (2^53)");
  assert.equal(refusal(opt('field', 'v'), opt('maxGroups', MAX_GROUPS + 1, 'int')), `maxGroups must be an integer in [1, ${MAX_GROUPS}], got ${MAX_GROUPS + 1}`);
});

test('Init refuses a configuration whose worst-case state exceeds the memory budget, naming the options and the figure', () => {
  const options = [opt('field', 'a'), opt('field', 'b'), opt('field', 'c'), opt('detector', 'iforest'), opt('maxGroups', 100_000, 'int')];
  assert.throws(() => buildConfig(options), /^Error: \.maxGroups\(100000\) with groups of up to \d+ KiB each \(3 fields: iforest \d+ KiB\) can take [\d.]+ GiB, more than the memory budget of 1\.0 GiB \(--memory-budget\); lower maxGroups to \d+ or less, shrink the windows, or raise --memory-budget$/);
  const fits = buildConfig(options, undefined, 64 * 1024 ** 3);
  assert.equal(fits.maxGroups, 100_000);
  // One group alone larger than the budget.
  assert.throws(() => buildConfig([opt('field', 'v'), opt('detector', 'mad'), opt('window', 1_000_000, 'int')], undefined, 1024 ** 2), /^Error: one group's state can take \d+\.\d MiB with these options \(1 field: mad \d+\.\d MiB\), more than the memory budget of 1\.0 MiB/);
});

test('without .maxGroups() the default of 10,000 is lowered to what the budget holds, never refused', () => {
  const cfg = buildConfig([opt('field', 'a'), opt('field', 'b'), opt('field', 'c'), opt('detector', 'iforest')]);
  assert.equal(cfg.maxGroupsDefault, true);
  assert.ok(cfg.maxGroups < 10_000 && cfg.maxGroups > 500, `${cfg.maxGroups}`);
  assert.equal(cfg.maxGroups, Math.floor(DEFAULT_MEMORY_BUDGET / cfg.groupBytes));
  assert.equal(buildConfig([opt('field', 'v')]).maxGroups, 10_000, 'the default detector keeps the default');
});

test('a refused second Init keeps the configuration that was working, state included', () => {
  const h = createAdsHandler({ logger: createLogger('silent') });
  assert.equal(h.init({ options: [opt('field', 'temperature'), opt('detector', 'mad'), opt('window', 5, 'int')] }).success, true);
  const feed = (from: number, to: number) => {
    const out = [];
    for (let i = from; i < to; i++) out.push(h.points([point(i, i === 12 ? 90 : 20 + (i % 3)).point!])[0]);
    return out;
  };
  feed(0, 10);
  const refused = h.init({ options: [opt('field', 'temperature'), opt('detector', 'iqr'), opt('window', 1_000_000_000, 'int')] });
  assert.equal(refused.success, false);
  const after = feed(10, 14);
  assert.equal(typeof after[0], 'object', 'still scoring with the windows it had');
  assert.equal((after[2] as { fieldsBool: Record<string, boolean> }).fieldsBool.anomaly, true);
});

test('--memory-budget (a flag usable in kapacitor.conf) bounds Init and the size of a restore the process reads', async () => {
  const u = new UdfProcess(['--memory-budget', '64KiB', '--max-frame-size', '1024']);
  u.send({ init: { options: [opt('field', 'v'), opt('detector', 'mad'), opt('maxGroups', 1000, 'int')] } });
  const [refused] = await u.waitForCount('init', 1);
  assert.equal(refused!.init!.success, false);
  assert.match(refused!.init!.error!, /more than the memory budget of 64\.0 KiB \(--memory-budget\); lower maxGroups to \d+ or less/);
  u.send({ init: { options: [opt('field', 'v'), opt('detector', 'mad')] } });
  const inits = await u.waitForCount('init', 2);
  assert.equal(inits[1]!.init!.success, true, inits[1]!.init!.error ?? '');
  // Restores are read up to twice the budget: a 200,000-byte one is refused, and the process goes on.
  u.send({ restore: { snapshot: new Uint8Array(200_000) } }, { restore: { snapshot: new Uint8Array(100_000) } }, point(0, 1));
  const restores = await u.waitForCount('restore', 2);
  assert.match(restores[0]!.restore!.error!, /^the snapshot to restore is \d+ bytes, more than the 131072 bytes this UDF reads in a restore/);
  assert.match(restores[1]!.restore!.error!, /^the snapshot is not a kapacitor-ads snapshot/, 'read (it is garbage, but within the limit)');
  await u.waitForCount('point', 1);
  u.end();
  assert.equal(await u.exited, 0);
});
