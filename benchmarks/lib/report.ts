import type { RunResult } from './udf_run.ts';

export interface Row {
  scenario: string;
  result: RunResult;
}

export const row = (scenario: string, result: RunResult): Row => ({ scenario, result });

export function printTable(rows: Row[]): void {
  const lines = ['| scenario | points | points/s | keepalive p50 ms | keepalive p99 ms | keepalive max ms |', '|---|---|---|---|---|---|'];
  for (const { scenario, result: r } of rows) {
    lines.push(`| ${scenario} | ${r.points} | ${Math.round(r.pointsPerSecond).toLocaleString('en-US')} | ${r.keepaliveP50Ms.toFixed(1)} | ${r.keepaliveP99Ms.toFixed(1)} | ${r.keepaliveMaxMs.toFixed(1)} |`);
  }
  process.stdout.write(lines.join('\n') + '\n');
}
