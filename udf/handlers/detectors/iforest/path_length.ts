// Isolation Forest normalisation (Liu, Ting and Zhou 2008; scikit-learn's
// _average_path_length): c(n) is the average path length of an unsuccessful
// search in a binary search tree of n points, added at a leaf holding n points.

const EULER_GAMMA = 0.5772156649;

/** c(n) = 2(ln(n−1) + γ) − 2(n−1)/n; c(2) = 1; c(n ≤ 1) = 0. */
export function averagePathLength(n: number): number {
  if (n <= 1) return 0;
  if (n === 2) return 1;
  return 2 * (Math.log(n - 1) + EULER_GAMMA) - (2 * (n - 1)) / n;
}

/** Height limit of a tree grown on psi points: ceil(log2 psi) (0 for psi ≤ 1). */
export function heightLimit(psi: number): number {
  let h = 0;
  while (2 ** h < psi) h++; // integer loop: exact where Math.log2 could round
  return h;
}

/** c(0..psi) as a table, so scoring does a lookup rather than a log per tree. */
export function averagePathTable(psi: number): Float64Array {
  const table = new Float64Array(psi + 1);
  for (let n = 0; n <= psi; n++) table[n] = averagePathLength(n);
  return table;
}

/** s = 2^(−E[h]/c(psi)): near 1 for points isolated early, 0.5 when E[h] = c(psi). */
export function scoreFromPathLength(meanPath: number, psi: number, c = averagePathLength(psi)): number {
  if (c === 0) return 0.5;
  return Math.pow(2, -meanPath / c);
}
