/** The small linear algebra the Bogotá fit needs (a handful of constraints over a few dozen weights). */

/** Solves A x = b by Gaussian elimination with partial pivoting (A square, small). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
    if (Math.abs(m[pivot][c]) < 1e-12) throw new Error('sistema singular: las restricciones no son independientes');
    [m[c], m[pivot]] = [m[pivot], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

/**
 * The x nearest x0 (least squares) with A x = b, and each x ≥ lower: x = x0 + Aᵀ(AAᵀ)⁻¹(b − A x0),
 * fixing at the bound any x that falls below it and solving again (an active set).
 */
export function nearestWithConstraints(x0: number[], a: number[][], b: number[], lower: number): number[] {
  const fixed = new Set<number>();
  for (;;) {
    const free = x0.map((_, j) => j).filter((j) => !fixed.has(j));
    const rhs = b.map((bi, i) => bi - a[i].reduce((s, aij, j) => s + aij * (fixed.has(j) ? lower : x0[j]), 0));
    const af = a.map((row) => free.map((j) => row[j]));
    const aat = af.map((ri) => af.map((rk) => ri.reduce((s, v, j) => s + v * rk[j], 0)));
    const lambda = solve(aat, rhs);
    const x = x0.map((v, j) => (fixed.has(j) ? lower : v));
    free.forEach((j, k) => (x[j] += af.reduce((s, row, i) => s + row[k] * lambda[i], 0)));
    const below = free.filter((j) => x[j] < lower - 1e-9);
    if (!below.length) return x;
    for (const j of below) fixed.add(j);
  }
}
