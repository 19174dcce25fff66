/**
 * Paired comparison of a candidate's and a baseline's predictions on the same examples: every
 * computed metric for both, an interval for each difference (candidate − baseline), and flips.
 *   - roc_auc: DeLong's covariance (delong.ts);
 *   - accuracy, precision, recall, f1: seeded multinomial bootstrap over the eight paired cells
 *     (bootstrap.ts); accuracy also carries McNemar's exact p-value (mcnemar.ts);
 *   - mae, rmse: normal intervals of the paired per-example differences (regression.ts).
 * Pure and deterministic: same inputs and seed, same result.
 */
import { accuracy, f1, precision, recall, regressionMetrics, type BinaryMetrics, type Confusion } from './metrics.js'
import { pairedBootstrap, pairedCells, sideConfusion, type BootstrapInterval, type CountMetric } from './bootstrap.js'
import { delong, type DeLongResult } from './delong.js'
import { flips, type Flips } from './flips.js'
import { mcnemarExact } from './mcnemar.js'
import { pairedMae, pairedRmse, type NormalInterval } from './regression.js'

export type { PairedInterval } from './interval.js'
export type { BootstrapInterval, CountMetric } from './bootstrap.js'
export type { DeLongResult } from './delong.js'
export type { Flips } from './flips.js'
export type { NormalInterval } from './regression.js'

export interface BinaryComparisonOptions {
  /** `score >= threshold` is the positive class. */
  threshold: number
  /** Two-sided confidence of every interval, in (0, 1). */
  confidence: number
  /** Bootstrap seed (default 1). */
  seed?: number
  /** Bootstrap replicates (default 2000). */
  replicates?: number
  /** How many broken ids to keep (default 10). */
  brokenIdLimit?: number
}

export interface BinaryComparison {
  candidate: BinaryMetrics
  baseline: BinaryMetrics
  /** Paired cells, index label·4 + baseline positive·2 + candidate positive. */
  cells: Float64Array
  flips: Flips
  intervals: Record<CountMetric, BootstrapInterval> & { roc_auc?: DeLongResult }
}

function countMetrics(c: Confusion): BinaryMetrics {
  return { accuracy: accuracy(c), precision: precision(c), recall: recall(c), f1: f1(c) }
}

/**
 * Compares binary scores of two models on the same examples (aligned arrays, 0/1 labels).
 * `intervals.accuracy.p_value` is McNemar's exact p-value; `intervals.roc_auc` and `roc_auc` are
 * absent when one class is. `roc_auc` is DeLong's mean structural component, equal to
 * `rocAuc` up to rounding (one sort pass saved on a million rows).
 */
export function compareBinary(
  ids: readonly string[],
  labels: ArrayLike<number>,
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  options: BinaryComparisonOptions,
): BinaryComparison {
  const cells = pairedCells(labels, candidate, baseline, options.threshold)
  const boot = pairedBootstrap(cells, {
    confidence: options.confidence,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.replicates !== undefined ? { replicates: options.replicates } : {}),
  })
  const f = flips(ids, labels, candidate, baseline, options.threshold, options.brokenIdLimit)
  boot.accuracy.p_value = mcnemarExact(f.fixed, f.broken)
  const intervals: BinaryComparison['intervals'] = boot
  const auc = delong(labels, candidate, baseline, options.confidence)
  const cand: BinaryMetrics = countMetrics(sideConfusion(cells, 1))
  const base: BinaryMetrics = countMetrics(sideConfusion(cells, 2))
  if (auc) {
    intervals.roc_auc = auc
    cand.roc_auc = auc.candidateAuc
    base.roc_auc = auc.baselineAuc
  }
  return {
    candidate: cand,
    baseline: base,
    cells,
    flips: f,
    intervals,
  }
}

export interface RegressionComparison {
  candidate: { mae: number; rmse: number }
  baseline: { mae: number; rmse: number }
  intervals: { mae: NormalInterval; rmse: NormalInterval }
}

/** Compares regression predictions of two models on the same examples (aligned arrays). */
export function compareRegression(
  labels: ArrayLike<number>,
  candidate: ArrayLike<number>,
  baseline: ArrayLike<number>,
  confidence: number,
): RegressionComparison {
  return {
    candidate: regressionMetrics(labels, candidate),
    baseline: regressionMetrics(labels, baseline),
    intervals: {
      mae: pairedMae(labels, candidate, baseline, confidence),
      rmse: pairedRmse(labels, candidate, baseline, confidence),
    },
  }
}
