// Joins detector output with labels into the scored series `evaluate` scores.
import type { ScoredSeries } from './types.ts';
import { matchLabelKey } from './match.ts';
import { listCsvFiles, readDetectionCsv, type DetectionReadOptions } from './detections.ts';
import { InputError } from '../../udf/errors.ts';
import { readLabels, type LabelSet } from './labels.ts';

export interface CorpusOptions extends DetectionReadOptions {
  /** Generator labels: keep only events of these fields. */
  labelFields?: readonly string[];
}

export interface Corpus {
  labels: LabelSet;
  series: ScoredSeries[];
  /** Things the user should know (unmatched files, unlabelled series), one line each. */
  warnings: string[];
}

export function loadCorpus(detectionsPath: string, labelsPath: string, options: CorpusOptions = {}): Corpus {
  const labels = readLabels(labelsPath, { fields: options.labelFields });
  const generator = labels.format === 'generator';
  const readOptions: DetectionReadOptions = { ...options, seriesColumn: options.seriesColumn ?? (generator ? 'printer' : undefined) };
  const keys = [...labels.series.keys()];
  const series: ScoredSeries[] = [];
  const warnings: string[] = [];
  const used = new Set<string>();
  const files = listCsvFiles(detectionsPath);
  if (files.length === 0) throw new InputError(detectionsPath, null, 'no .csv detection files');
  for (const f of files) {
    // NAB's own results directories hold a summary `<detector>_<profile>_scores.csv` per profile.
    if (!generator && /_scores\.csv$/.test(f.rel)) continue;
    for (const d of readDetectionCsv(f.path, f.rel, readOptions)) {
      let key: string | null;
      if (generator) {
        key = d.group ?? (keys.length === 1 ? keys[0]! : null);
        if (key === null) {
          throw new InputError(f.path, 1, `no '${readOptions.seriesColumn}' column to match the generator's labels (several printers are labelled)`);
        }
      } else {
        key = matchLabelKey(f.rel, keys);
        if (key === null) {
          warnings.push(`${f.rel}: no labels for this file, skipped`);
          continue;
        }
      }
      if (used.has(key)) throw new InputError(f.path, null, `a second detections series for '${key}'`);
      used.add(key);
      // A generator series without events is still scored: all its detections are false positives.
      series.push({ name: key, timesMs: d.timesMs, scores: d.scores, flags: d.flags, windows: labels.series.get(key) ?? [] });
    }
  }
  if (series.length === 0) throw new InputError(detectionsPath, null, `no detection file matches a series of ${labelsPath}`);
  if (!generator) {
    const missing = keys.filter((k) => !used.has(k));
    if (missing.length > 0) warnings.push(`${missing.length} of ${keys.length} labelled files have no detections and are not scored`);
  }
  return { labels, series, warnings };
}
