// Event-level metrics, label formats and file matching of `evaluate`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atThreshold, byFlags, eventMetrics } from '../tools/evaluate/event_metrics.ts';
import { matchLabelKey } from '../tools/evaluate/match.ts';
import { parseLabels } from '../tools/evaluate/labels.ts';
import type { ScoredSeries } from '../tools/evaluate/types.ts';

function flagged(n: number, windows: [number, number][], rows: number[]): ScoredSeries {
  const flags = new Uint8Array(n);
  for (const r of rows) flags[r] = 1;
  return {
    name: 's',
    timesMs: Float64Array.from({ length: n }, (_, i) => i * 60_000),
    scores: Float64Array.from(flags, (f) => (f ? 0.9 : 0.1)),
    flags,
    windows: windows.map(([a, b]) => ({ startMs: a * 60_000, endMs: b * 60_000 })),
  };
}

test('windows with a detection are TPs; each run of detections outside windows is one FP event', () => {
  // 1000 rows: the first 150 are probationary (row 100's detection is ignored).
  const s = flagged(1000, [[300, 349], [600, 649], [800, 849]], [100, 310, 320, 350, 351, 500, 501, 502, 505, 700, 810]);
  const m = eventMetrics([s], byFlags);
  assert.equal(m.windows, 3);
  assert.equal(m.detectedWindows, 2);
  // [350, 351] right after window 1, [500..502], [505], [700]
  assert.equal(m.falsePositiveEvents, 4);
  assert.equal(m.precision, 2 / 6);
  assert.equal(m.recall, 2 / 3);
  assert.ok(Math.abs(m.f1! - (2 * (1 / 3) * (2 / 3)) / (1 / 3 + 2 / 3)) < 1e-12);
  assert.deepEqual(m.delay, { meanRows: 10, medianRows: 10, meanMs: 600_000, medianMs: 600_000 });
  // The threshold rule sees the same detections through the scores.
  assert.deepEqual(eventMetrics([s], atThreshold(0.5)), m);
});

test('no detections: precision and F1 undefined, recall 0; no windows: recall undefined', () => {
  const quiet = flagged(500, [[200, 220]], []);
  const m = eventMetrics([quiet], byFlags);
  assert.equal(m.precision, null);
  assert.equal(m.recall, 0);
  assert.equal(m.f1, null);
  assert.equal(m.delay, null);
  const noisy = flagged(500, [], [300, 301, 400]);
  const n = eventMetrics([noisy], byFlags);
  assert.equal(n.recall, null);
  assert.equal(n.precision, 0);
  assert.equal(n.falsePositiveEvents, 2);
});

test("NAB windows and the generator's events both parse to per-series windows", () => {
  const nab = parseLabels({ 'realKnownCause/x.csv': [['2014-04-10 07:15:00.000000', '2014-04-11 16:45:00.000000']], 'a/none.csv': [] }, 'labels.json');
  assert.equal(nab.format, 'nab');
  assert.deepEqual(nab.series.get('realKnownCause/x.csv'), [{ startMs: Date.UTC(2014, 3, 10, 7, 15), endMs: Date.UTC(2014, 3, 11, 16, 45) }]);
  assert.deepEqual(nab.series.get('a/none.csv'), []);

  const events = {
    events: [
      { printer: 'printer-01', field: 'temperature', kind: 'spike', start: '2024-01-01T00:10:00Z', end: '2024-01-01T00:12:00Z', startNs: '1704067800000000000', endNs: '1704067920000000000' },
      { printer: 'printer-02', field: 'humidity', kind: 'drift', start: '2024-01-01T01:00:00Z', end: '2024-01-01T02:00:00Z' },
    ],
  };
  const gen = parseLabels(events, 'labels.json');
  assert.equal(gen.format, 'generator');
  assert.deepEqual(gen.series.get('printer-01'), [{ startMs: Date.UTC(2024, 0, 1, 0, 10), endMs: Date.UTC(2024, 0, 1, 0, 12) }]);
  assert.deepEqual(gen.series.get('printer-02'), [{ startMs: Date.UTC(2024, 0, 1, 1), endMs: Date.UTC(2024, 0, 1, 2) }]);
  const onlyTemp = parseLabels(events, 'labels.json', { fields: ['temperature'] });
  assert.deepEqual([...onlyTemp.series.keys()], ['printer-01']);

  assert.throws(() => parseLabels({ events: [{ field: 'x' }] }, 'l.json'), /l\.json: events\[0\]: missing "printer"/);
  assert.throws(() => parseLabels({ 'a.csv': [['2014-01-02', 'soon']] }, 'l.json'), /not a timestamp/);
});

test('detection files match labels by path, also with a detector-name prefix', () => {
  const keys = ['realKnownCause/nyc_taxi.csv', 'realAdExchange/exchange-2_cpc_results.csv', 'artificialNoAnomaly/art_noisy.csv'];
  assert.equal(matchLabelKey('realKnownCause/nyc_taxi.csv', keys), 'realKnownCause/nyc_taxi.csv');
  assert.equal(matchLabelKey('realKnownCause/numenta_nyc_taxi.csv', keys), 'realKnownCause/nyc_taxi.csv');
  assert.equal(matchLabelKey('numenta/realAdExchange/numenta_exchange-2_cpc_results.csv', keys), 'realAdExchange/exchange-2_cpc_results.csv');
  assert.equal(matchLabelKey('nyc_taxi.csv', keys), 'realKnownCause/nyc_taxi.csv');
  assert.equal(matchLabelKey('realKnownCause/other.csv', keys), null);
  assert.equal(matchLabelKey('artificialWithAnomaly/art_noisy.csv', keys), null);
});
