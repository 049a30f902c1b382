// Which labelled series a detections file belongs to. NAB's results mirror
// its data layout with the detector's name as a prefix
// (numenta/realKnownCause/numenta_nyc_taxi.csv ↔ realKnownCause/nyc_taxi.csv).

/** The label key for a detections file's relative path, or null when none fits. */
export function matchLabelKey(rel: string, keys: readonly string[]): string | null {
  if (keys.includes(rel)) return rel;
  const slash = rel.lastIndexOf('/');
  const dir = rel.slice(0, slash + 1);
  const base = rel.slice(slash + 1);
  const candidates = keys.filter((k) => {
    const ks = k.lastIndexOf('/');
    const kdir = k.slice(0, ks + 1);
    const kbase = k.slice(ks + 1);
    // Same category directory (or a bare file name), detector prefix before the data file name.
    const dirOk = kdir === dir || dir.endsWith('/' + kdir) || dir === '' || kdir === '';
    return dirOk && (base === kbase || base.endsWith('_' + kbase));
  });
  if (candidates.length === 1) return candidates[0]!;
  // Prefer the longest key when one data file name is a suffix of another.
  if (candidates.length > 1) {
    const sorted = [...candidates].sort((a, b) => b.length - a.length);
    return sorted[0]!.length > sorted[1]!.length ? sorted[0]! : null;
  }
  return null;
}
