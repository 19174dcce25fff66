/**
 * Seeded paired bootstrap for the count-based metrics (accuracy, precision, recall, f1).
 *
 * With the same examples scored by both models, every example falls in one of eight paired
 * confusion cells: label × baseline prediction × candidate prediction. Resampling examples with
 * replacement is then exactly a multinomial draw of N over those eight cells with the observed
 * shares, so a replicate costs eight binomial draws whatever N is (see random.ts). The interval is
 * the percentile interval (quantiles with linear interpolation, numpy's default) of
 * metric(candidate) − metric(baseline) over the replicates.
 *
 * Orientation: the replicates are drawn for whichever of (candidate, baseline) and (baseline,
 * candidate) has the lexicographically smaller cell vector, and the result negated when needed,
 * so swapping the two models mirrors the interval exactly. When the cells are symmetric (swapping
 * changes nothing), replicates come in mirrored pairs, which is exact because the resampling
 * distribution is then itself symmetric.
 */
import { accuracy, f1, precision, recall, type Confusion } from './metrics.js'
import { checkConfidence, type PairedInterval } from './interval.js'
import { multinomial, Xoshiro128 } from './random.js'

/** The metrics the cells determine. */
export type CountMetric = 'accuracy' | 'precision' | 'recall' | 'f1'

export const COUNT_METRICS: readonly CountMetric[] = ['accuracy', 'precision', 'recall', 'f1']

const METRIC: Record<CountMetric, (c: Confusion) => number> = { accuracy, precision, recall, f1 }

/** Index of a paired cell: label·4 + baseline positive·2 + candidate positive. */
export function cellIndex(label: number, baselinePositive: boolean, candidatePositive: boolean): number {
  return label * 4 + (baselinePositive ? 2 : 0) + (candidatePositive ? 1 : 0)
}

/** The eight paired confusion cells of 0/1 labels and the two models' scores at the threshold. */
export function pairedCells(
  labels: ArrayLike<number>,
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  threshold: number,
): Float64Array {
  const cells = new Float64Array(8)
  for (let i = 0; i < labels.length; i++) {
    const k = (labels[i] === 1 ? 4 : 0) + ((baseline[i] as number) >= threshold ? 2 : 0) + ((candidate[i] as number) >= threshold ? 1 : 0)
    cells[k] = (cells[k] as number) + 1
  }
  return cells
}

/** The candidate's (side 1) or the baseline's (side 2) confusion matrix from the paired cells. */
export function sideConfusion(cells: ArrayLike<number>, side: 1 | 2): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 }
  for (let k = 0; k < 8; k++) {
    const count = cells[k] as number
    const positive = (k & side) !== 0
    if (k >= 4) {
      if (positive) c.tp += count
      else c.fn += count
    } else if (positive) c.fp += count
    else c.tn += count
  }
  return c
}

/** The cells with candidate and baseline exchanged. */
export function swapCells(cells: ArrayLike<number>): Float64Array {
  const out = new Float64Array(8)
  for (let k = 0; k < 8; k++) out[(k & 4) | ((k & 1) << 1) | ((k & 2) >> 1)] = cells[k] as number
  return out
}

/** -1, 0 or 1 as a is lexicographically below, equal to or above b. */
function compare(a: ArrayLike<number>, b: ArrayLike<number>): number {
  for (let k = 0; k < a.length; k++) {
    if ((a[k] as number) !== (b[k] as number)) return (a[k] as number) < (b[k] as number) ? -1 : 1
  }
  return 0
}

/** Quantile with linear interpolation between order statistics (numpy's default, type 7). */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q
  const lo = Math.floor(h)
  const a = sorted[lo] as number
  const b = sorted[Math.min(sorted.length - 1, lo + 1)] as number
  return a + (h - lo) * (b - a)
}

export interface BootstrapOptions {
  /** Two-sided confidence of the percentile interval. */
  confidence: number
  /** Number of replicates (default 2000). */
  replicates?: number
  /** Seed of the generator (default 1); same seed, same intervals. */
  seed?: number
}

export interface BootstrapInterval extends PairedInterval {
  method: 'bootstrap'
  replicates: number
  seed: number
}

/**
 * Percentile intervals of candidate − baseline for each requested count metric, from one set of
 * seeded multinomial replicates over the eight paired cells (see `pairedCells`). With no examples
 * every interval is [0, 0].
 */
export function pairedBootstrap(
  cells: ArrayLike<number>,
  options: BootstrapOptions,
  metrics: readonly CountMetric[] = COUNT_METRICS,
): Record<CountMetric, BootstrapInterval> {
  checkConfidence(options.confidence)
  const replicates = Math.max(2, Math.floor(options.replicates ?? 2000))
  const seed = options.seed ?? 1
  const swapped = swapCells(cells)
  const order = compare(swapped, cells)
  const base = order < 0 ? swapped : Float64Array.from(cells)
  const sign = order < 0 ? -1 : 1
  let n = 0
  for (let k = 0; k < 8; k++) n += base[k] as number
  const shares = base.map((c) => (n === 0 ? 0 : c / n))
  const rng = new Xoshiro128(seed)
  const draws = metrics.map(() => new Float64Array(replicates))
  const draw = new Float64Array(8)
  for (let r = 0; r < replicates; r++) {
    if (order === 0 && r % 2 === 1) {
      for (let d = 0; d < draws.length; d++) (draws[d] as Float64Array)[r] = -((draws[d] as Float64Array)[r - 1] as number)
      continue
    }
    if (n > 0) multinomial(rng, n, shares, draw)
    const cand = sideConfusion(draw, 1)
    const basel = sideConfusion(draw, 2)
    metrics.forEach((m, d) => {
      ;(draws[d] as Float64Array)[r] = METRIC[m](cand) - METRIC[m](basel)
    })
  }
  const out = {} as Record<CountMetric, BootstrapInterval>
  const alpha = (1 - options.confidence) / 2
  metrics.forEach((m, d) => {
    const sorted = (draws[d] as Float64Array).sort()
    const hi = quantileSorted(sorted, 1 - alpha)
    // Symmetric cells: the replicates are symmetric, so is the interval (exactly, not to rounding).
    const lo = order === 0 ? -hi : quantileSorted(sorted, alpha)
    const estimate = METRIC[m](sideConfusion(base, 1)) - METRIC[m](sideConfusion(base, 2))
    out[m] = {
      method: 'bootstrap',
      confidence: options.confidence,
      estimate: sign * estimate + 0,
      interval: sign > 0 ? [lo + 0, hi + 0] : [-hi + 0, -lo + 0],
      replicates,
      seed,
    }
  })
  return out
}
