import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** Reference values written by __tests__/fixtures/predictions/make_reference.py (numpy/scipy). */
export interface Reference {
  binary: {
    name: string
    threshold: number
    labels: number[]
    scores: number[]
    confusion: { tp: number; fp: number; tn: number; fn: number }
    accuracy: number
    precision: number
    recall: number
    f1: number
    roc_auc: number | null
  }[]
  delong: {
    name: string
    labels: number[]
    candidate: number[]
    baseline: number[]
    confidence: number
    candidateAuc: number
    baselineAuc: number
    variance: number
    z: number
    p_value: number
    interval: [number, number]
  }[]
  mcnemar: { fixed: number; broken: number; p_value: number }[]
  regression: {
    name: string
    labels: number[]
    candidate: number[]
    baseline: number[]
    confidence: number
    mae: { candidate: number; baseline: number }
    rmse: { candidate: number; baseline: number }
    mae_diff: { estimate: number; interval: [number, number]; p_value: number }
    rmse_diff: { estimate: number; interval: [number, number]; p_value: number }
  }[]
  quantiles: { p: number; z: number }[]
  tails: { x: number; sf: number }[]
}

export const reference = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'predictions', 'reference.json'), 'utf8'),
) as Reference

/** |a − b| ≤ tol · max(1, |b|). */
export function close(a: number, b: number, tol = 1e-12): boolean {
  return Math.abs(a - b) <= tol * Math.max(1, Math.abs(b))
}
