// Detector throughput through the real process: 10 groups, default options,
// one field (iforest: three), keepalive latency measured during the flood.
//   BENCH_POINTS=1000000 node --import tsx benchmarks/detectors.ts [name ...]
import { option, runThroughput } from './lib/udf_run.ts';
import { printTable, row, type Row } from './lib/report.ts';
import type { agent as pb } from '../udf/agent/proto/udf.js';

interface Scenario {
  name: string;
  fields: string[];
  options: pb.IOption[];
}

const one = ['value'];
const three = ['temperature', 'humidity', 'power'];
const withFields = (fields: string[], ...rest: pb.IOption[]): pb.IOption[] => [...fields.map((f) => option('field', f)), ...rest];

export const SCENARIOS: Scenario[] = [
  // The default: no .detector() named.
  { name: 'surprise (default)', fields: one, options: withFields(one) },
  { name: 'surprise (default), 3 fields', fields: three, options: withFields(three) },
  { name: 'mad', fields: one, options: withFields(one, option('detector', 'mad')) },
  { name: 'threshold', fields: one, options: withFields(one, option('detector', 'threshold'), option('upper', 90.0)) },
  { name: 'iforest (3 fields)', fields: three, options: withFields(three, option('detector', 'iforest')) },
  // Scoring alone: the first forest (after 256 points) is kept, as with a pretrained model.
  { name: 'iforest (3 fields), one forest, no retraining', fields: three, options: withFields(three, option('detector', 'iforest'), option('retrain', 2 ** 30, 'int')) },
  { name: 'iqr', fields: one, options: withFields(one, option('detector', 'iqr')) },
  { name: 'quantile', fields: one, options: withFields(one, option('detector', 'quantile')) },
  { name: 'zscore', fields: one, options: withFields(one, option('detector', 'zscore')) },
  { name: 'persist', fields: one, options: withFields(one, option('detector', 'persist')) },
  { name: 'levelshift', fields: one, options: withFields(one, option('detector', 'levelshift')) },
  { name: 'volatilityshift', fields: one, options: withFields(one, option('detector', 'volatilityshift')) },
  { name: 'seasonal', fields: one, options: withFields(one, option('detector', 'seasonal'), option('period', 3600e9, 'duration')) },
  { name: 'mad+iqr+zscore consensus 2', fields: one, options: withFields(one, option('detector', 'mad'), option('detector', 'iqr'), option('detector', 'zscore'), option('minConsensus', 2, 'int')) },
];

const points = Number(process.env.BENCH_POINTS ?? 1_000_000);
const only = process.argv.slice(2);
const rows: Row[] = [];
for (const s of SCENARIOS) {
  if (only.length > 0 && !only.some((o) => s.name.startsWith(o))) continue;
  rows.push(row(s.name, await runThroughput({ options: s.options, fields: s.fields, groups: 10, points, keepaliveEvery: 5_000 })));
}
printTable(rows);
