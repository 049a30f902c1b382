// `npm run demo` end to end, on the embedded default: generate labelled printer data, stream it through the real UDF
// process as Kapacitor would, write printer_anomalies line protocol, labels, summary and chart, and return the figures.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { scoreDetections, type ScoredPoint } from './detection_score.ts';
import { FIELD_NAMES, formatDuration, generatePrinterData, type Labels } from '../printer/index.ts';
import { writeLabelsFile } from '../printer/labels_file.ts';
import { renderChartHtml } from './chart/render_html.ts';
import { renderChartSvg } from './chart/render_svg.ts';
import { addToTrace, emptyTrace } from './chart/trace.ts';
import type { DemoConfig } from './cli_options.ts';
import { demoInitRequest } from './kapacitor_requests.ts';
import { LineFile } from '../../tools/common/line_file.ts';
import { formatReport, kindResults, type DemoReport } from './report.ts';
import { decodeOutput } from './scored_point.ts';
import { streamThroughUdf, type StreamResult } from './stream_through_udf.ts';
import { nsToMs } from '../../tools/io/timestamps.ts';
import { DEFAULT_DETECTOR } from '../../udf/handlers/ads_config.ts';

export const FILES = {
  lineProtocol: 'printer_anomalies.lp',
  labels: 'labels.json',
  summary: 'summary.json',
  chartSvg: 'chart.svg',
  chartHtml: 'chart.html',
} as const;

/** The printer and field with the most injected events (the first printer's temperature on a tie or none). */
export function chartSeries(labels: Labels): { printer: string; field: string } {
  let best = { printer: labels.printers[0]!, field: FIELD_NAMES[0] as string, count: -1 };
  for (const printer of labels.printers) {
    for (const field of FIELD_NAMES) {
      const count = labels.events.filter((e) => e.printer === printer && e.field === field).length;
      if (count > best.count) best = { printer, field, count };
    }
  }
  return { printer: best.printer, field: best.field };
}


export async function runDemo(config: DemoConfig, say: (message: string) => void = () => {}): Promise<DemoReport> {
  const data = generatePrinterData({
    startMs: config.startMs,
    seed: config.seed,
    durationMs: Math.round(config.hours * 3_600_000),
    stepMs: config.stepMs,
    printers: config.printers,
    anomaliesPerHour: config.anomaliesPerHour,
    warmupMs: config.warmupMs,
  });
  const { labels } = data;
  mkdirSync(config.outDir, { recursive: true });
  const path = (name: string): string => join(config.outDir, name);
  writeLabelsFile(path(FILES.labels), labels);

  const init = demoInitRequest(config.detectors, config.options);
  const chart = chartSeries(labels);
  const trace = emptyTrace(chart.printer, chart.field);
  const scored: ScoredPoint[] = [];
  let withVerdict = 0;
  const lp = new LineFile(path(FILES.lineProtocol));
  say(`streaming ${data.count.toLocaleString('en-US')} points (${labels.events.length} injected events) through node --import tsx udf/main.ts ...`);
  let stream: StreamResult;
  try {
    stream = await streamThroughUdf(data.points, {
      init,
      onPoint: (point) => {
        const out = decodeOutput(point);
        lp.write(out.line);
        scored.push(out.scored);
        if (out.hasVerdict) withVerdict++;
        addToTrace(trace, out.scored, out.fieldsDouble);
      },
    });
  } finally {
    lp.close();
  }
  if (stream.pointsReceived !== data.count) {
    throw new Error(`the UDF returned ${stream.pointsReceived} scored points for ${data.count} points sent`);
  }

  const summary = scoreDetections(labels.events, scored, config.toleranceMs);
  const shown = (p: string): string => relative(process.cwd(), p) || '.';
  const report: DemoReport = {
    run: {
      hours: config.hours,
      printers: config.printers,
      seed: config.seed,
      start: labels.start,
      step: formatDuration(config.stepMs),
      detectors: config.detectors.length > 0 ? config.detectors : [`${DEFAULT_DETECTOR} (default)`],
      fields: [...FIELD_NAMES],
      options: config.options,
      toleranceMs: config.toleranceMs,
    },
    throughput: {
      points: stream.pointsReceived,
      seconds: stream.seconds,
      pointsPerSecond: stream.pointsReceived / stream.seconds,
      totalSeconds: stream.totalSeconds,
      bytesSent: stream.bytesSent,
      keepalives: stream.keepaliveRoundTripsMs.length,
      keepaliveMaxMs: Math.max(0, ...stream.keepaliveRoundTripsMs),
    },
    points: { scored: scored.length, withVerdict, flagged: summary.flaggedPoints },
    events: {
      total: summary.events.length,
      detected: summary.events.filter((r) => r.detected).length,
      recall: summary.recall,
      byKind: kindResults(summary),
      missed: summary.events
        .filter((r) => !r.detected)
        .map(({ event }) => {
          const ms = (ns: string): string => new Date(nsToMs(ns)).toISOString();
          return { printer: event.printer, field: event.field, kind: event.kind, start: ms(event.startNs), end: ms(event.endNs) };
        }),
    },
    falsePositives: {
      normalPoints: summary.normalPoints,
      points: summary.falsePositives,
      rate: summary.falsePositiveRate,
      falseAlarms: summary.falseAlarms,
      // An operator's unit: false alarms per series (printer and field) and day of data.
      perSeriesDay: summary.falseAlarms / (config.printers * FIELD_NAMES.length * (config.hours / 24)),
    },
    precision: { points: summary.pointPrecision, alarms: summary.alarmPrecision },
    delay: summary.delay,
    chart,
    files: {
      'line proto.': shown(path(FILES.lineProtocol)),
      labels: shown(path(FILES.labels)),
      summary: shown(path(FILES.summary)),
      'chart files': `${shown(path(FILES.chartSvg))}, ${shown(path(FILES.chartHtml))}`,
    },
  };
  writeFileSync(path(FILES.summary), JSON.stringify(report, null, 2) + '\n');

  const chartEvents = summary.events
    .filter((r) => r.event.printer === chart.printer && r.event.field === chart.field)
    .map((r) => ({ kind: r.event.kind, startMs: nsToMs(r.event.startNs), endMs: nsToMs(r.event.endNs), detected: r.detected, delayMs: r.delayMs }));
  const detectedHere = chartEvents.filter((e) => e.detected).length;
  const svg = renderChartSvg({
    trace,
    stepMs: config.stepMs,
    events: chartEvents,
    subtitle:
      `detector ${config.detectors.length > 0 ? config.detectors.join('+') : DEFAULT_DETECTOR} on ${FIELD_NAMES.join(', ')} · ${chartEvents.length} injected events on this series, ${detectedHere} detected · ` +
      `all printers: recall ${(summary.recall * 100).toFixed(1)}%, false-positive rate ${(summary.falsePositiveRate * 100).toFixed(2)}%`,
  });
  writeFileSync(path(FILES.chartSvg), svg);
  writeFileSync(path(FILES.chartHtml), renderChartHtml(`ads demo: ${chart.printer} ${chart.field}`, svg, formatReport(report)));
  return report;
}
