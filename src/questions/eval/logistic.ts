// L2-regularised logistic regression on sparse named features, fitted by Newton's method (the
// problems here have a few hundred examples and a hundred or so features: a dense Hessian is
// small). The bias is not penalised. Deterministic: same data, same weights.
import type { Features, RankModel } from "../rank.js";

export interface Row {
  features: Features;
  /** 1 = acceptable. */
  y: number;
}

function solve(a: number[][], b: number[]): number[] {
  // Gaussian elimination with partial pivoting (a is symmetric positive definite here).
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-12) continue;
    for (let r = col + 1; r < n; r++) {
      const factor = m[r]![col]! / p;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r]![n]!;
    for (let c = r + 1; c < n; c++) sum -= m[r]![c]! * x[c]!;
    x[r] = Math.abs(m[r]![r]!) < 1e-12 ? 0 : sum / m[r]![r]!;
  }
  return x;
}

/** Fits weights minimising log-loss + lambda/2 · |w|² (bias free). */
export function fitLogistic(rows: readonly Row[], lambda: number, iterations = 25): RankModel {
  const names = [...new Set(rows.flatMap((r) => Object.keys(r.features)))].sort();
  const index = new Map(names.map((n, i) => [n, i + 1]));
  const n = names.length + 1;
  const xs = rows.map((r) => {
    const entries: Array<[number, number]> = [[0, 1]];
    for (const [name, value] of Object.entries(r.features)) if (value !== 0) entries.push([index.get(name)!, value]);
    return entries;
  });
  const w = new Array<number>(n).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = w.map((v, i) => (i === 0 ? 0 : lambda * v));
    const hess = Array.from({ length: n }, (_, i) => {
      const row = new Array<number>(n).fill(0);
      if (i > 0) row[i] = lambda;
      return row;
    });
    hess[0]![0] = 1e-6;
    xs.forEach((x, k) => {
      let z = 0;
      for (const [i, v] of x) z += w[i]! * v;
      const p = 1 / (1 + Math.exp(-z));
      const err = p - rows[k]!.y;
      const s = p * (1 - p);
      for (const [i, v] of x) {
        grad[i]! += err * v;
        for (const [j, u] of x) hess[i]![j]! += s * v * u;
      }
    });
    const step = solve(hess, grad);
    let change = 0;
    for (let i = 0; i < n; i++) {
      w[i]! -= step[i]!;
      change = Math.max(change, Math.abs(step[i]!));
    }
    if (change < 1e-7) break;
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    const value = Math.round(w[i + 1]! * 1000) / 1000;
    if (value !== 0) weights[name] = value;
  });
  return { bias: Math.round(w[0]! * 1000) / 1000, weights };
}
