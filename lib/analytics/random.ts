/** A seeded source of random numbers with the draws the cascade generator needs. */
export type Random = {
  /** a float in [0, 1) */
  float(): number;
  /** an integer in [0, n); 0 when n ≤ 1 */
  int(n: number): number;
  /** an index drawn with probability weights[i] / Σ weights (negative weights count as 0); −1 when all are 0 */
  pick(weights: readonly number[]): number;
  /** a Poisson count with mean lambda (0 when lambda ≤ 0) */
  poisson(lambda: number): number;
  /** a standard normal draw */
  normal(): number;
  /** a log-normal draw exp(ln(median) + sigma·Z), whose median is `median` */
  logNormal(median: number, sigma: number): number;
  /** an exponential draw with the given mean */
  exponential(mean: number): number;
};

/**
 * A small, fast, seeded pseudo-random generator (mulberry32: 32 bits of state, period 2³², good enough for
 * simulations, not for secrets) with the draws the cascade generator uses. The same seed gives the same sequence
 * on every machine, so generated data and tests are reproducible.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const float = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  let spareNormal: number | null = null;
  const normal = (): number => {
    if (spareNormal !== null) {
      const value = spareNormal;
      spareNormal = null;
      return value;
    }
    // Box–Muller; 1 − float() is in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - float()));
    const angle = 2 * Math.PI * float();
    spareNormal = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  const poisson = (lambda: number): number => {
    if (!(lambda > 0)) return 0;
    if (lambda < 30) {
      // Knuth: multiply uniforms until the product falls below e^−λ.
      const limit = Math.exp(-lambda);
      let count = 0;
      let product = float();
      while (product > limit) {
        count++;
        product *= float();
      }
      return count;
    }
    // Large means: PTRS, the transformed rejection of Hörmann (1993), exact and O(1).
    const slam = Math.sqrt(lambda);
    const logLam = Math.log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = float() - 0.5;
      const v = float();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -lambda + k * logLam - logFactorial(k)) return k;
    }
  };
  return {
    float,
    int: (n) => (n <= 1 ? 0 : Math.floor(float() * n)),
    pick: (weights) => {
      let total = 0;
      for (const w of weights) if (w > 0) total += w;
      if (total <= 0) return -1;
      let target = float() * total;
      let last = -1;
      for (let i = 0; i < weights.length; i++) {
        const w = weights[i] ?? 0;
        if (w <= 0) continue;
        last = i;
        target -= w;
        if (target < 0) return i;
      }
      return last; // rounding left a sliver at the end
    },
    poisson,
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    exponential: (mean) => -mean * Math.log(1 - float()),
  };
}

function logFactorial(k: number): number {
  if (k < 2) return 0;
  // Stirling's series: accurate to ~1e-10 from k = 10 on; below that, the sum itself.
  if (k < 10) {
    let sum = 0;
    for (let i = 2; i <= k; i++) sum += Math.log(i);
    return sum;
  }
  return (k + 0.5) * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * k) - 1 / (360 * k * k * k);
}
