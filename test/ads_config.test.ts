// The `@ads()` configuration: shared options, options scoped to one detector, and their errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Long from 'long';
import { agent as pb } from '../udf/agent/proto/udf.js';
import { buildConfig } from '../udf/handlers/ads_config.ts';
import { ALL_OPTION_SPECS, scopedName } from '../udf/handlers/option_table.ts';
import { createAdsHandler } from '../udf/handlers/ads.ts';

const str = (name: string, v: string): pb.IOption => ({ name, values: [{ type: pb.ValueType.STRING, stringValue: v }] });
const int = (name: string, v: number): pb.IOption => ({ name, values: [{ type: pb.ValueType.INT, intValue: Long.fromNumber(v) }] });

test('a scoped option overrides the shared one for its detector only', () => {
  const cfg = buildConfig([str('field', 'v'), str('detector', 'mad'), str('detector', 'zscore'), int('window', 50), int('madWindow', 20), str('zscoreSeasonality', 'hour')]);
  assert.equal(cfg.detectorOptions[0]!.window, 20);
  assert.equal(cfg.detectorOptions[1]!.window, 50);
  assert.equal(cfg.detectorOptions[0]!.seasonality, undefined);
  assert.equal(cfg.detectorOptions[1]!.seasonality, 'hour');
});

test('scoped options are declared with the shared option type, for every option a detector reads', () => {
  assert.equal(scopedName('zscore', 'seasonality'), 'zscoreSeasonality');
  assert.equal(ALL_OPTION_SPECS.madWindow!.type, 'int');
  assert.equal(ALL_OPTION_SPECS.madK!.type, 'double');
  assert.equal(ALL_OPTION_SPECS.iforestCutoff!.type, 'double');
  assert.equal(ALL_OPTION_SPECS.seasonalPeriod!.type, 'duration');
  assert.equal(ALL_OPTION_SPECS.madField, undefined, 'repeatable options are not scoped');
  const info = createAdsHandler().info();
  assert.deepEqual(info.options!.zscoreSeasonality!.valueTypes, [pb.ValueType.STRING]);
});

test('scoped option errors name the detector and the option', () => {
  assert.throws(() => buildConfig([str('field', 'v'), str('detector', 'mad'), int('madWindow', 1)]), /^Error: mad: window must be an integer in \[3, 1000000\], got 1$/);
  assert.throws(() => buildConfig([str('field', 'v'), str('detector', 'zscore'), str('zscoreSeasonality', 'month')]), /zscore: seasonality must be one of/);
  assert.throws(() => buildConfig([str('field', 'v'), { name: 'madK', values: [{ type: pb.ValueType.INT, intValue: Long.fromNumber(3) }] }]), /option 'madK' expects a double/);
});
