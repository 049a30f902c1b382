// Agent throughput: a pass-through handler through the real process and
// stdio, with keepalive latency measured during the flood.
import { runThroughput } from './lib/udf_run.ts';
import { printTable, row } from './lib/report.ts';

const points = Number(process.env.BENCH_POINTS ?? 1_000_000);
const r = await runThroughput({ args: ['--handler', 'passthrough'], options: [], fields: ['value'], groups: 10, points, keepaliveEvery: 5_000 });
printTable([row('passthrough', r)]);
