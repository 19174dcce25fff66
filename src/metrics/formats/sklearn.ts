/**
 * scikit-learn `classification_report(..., output_dict=True)` saved as JSON or YAML: a mapping of
 * class labels (and `macro avg`, `weighted avg`, `micro avg`) to `{precision, recall, f1-score,
 * support}`, plus `accuracy`. Names are `<label>.<metric>` as the generic reader gives them; each
 * class's `support` becomes the `n` of its precision, recall and f1-score, and the total support
 * (of `macro avg`) the `n` of `accuracy`, so the statistics can size their intervals.
 */
import { joinPath } from '../../core/metric-path.js'
import type { Metric, Metrics } from '../../core/types.js'
import { getOwn, isMapping, type Mapping } from '../../parse/mapping.js'
import { FITS, isFiniteNumber, keysOf, mappingOf, noFit } from './shared.js'
import type { Fit, MetricsFormat, MetricsInput } from './types.js'

const CLASS_KEYS = ['precision', 'recall', 'f1-score', 'support']
const AVERAGES = new Set(['macro avg', 'weighted avg', 'micro avg', 'samples avg'])

function isClassEntry(value: unknown): value is Mapping {
  if (!isMapping(value)) return false
  const keys = keysOf(value)
  return keys.length === CLASS_KEYS.length && CLASS_KEYS.every((k) => isFiniteNumber(getOwn(value, k)))
}

function fit(input: MetricsInput): Fit {
  const doc = mappingOf(input)
  if ('why' in doc) return noFit(doc.why)
  const keys = keysOf(doc.mapping)
  if (keys.length === 0) return noFit('it is empty')
  for (const key of keys) {
    const value = getOwn(doc.mapping, key)
    if (key === 'accuracy' && isFiniteNumber(value)) continue
    if (!isClassEntry(value)) return noFit(`\`${key}\` is not a {precision, recall, f1-score, support} entry`)
  }
  if (!keys.some((k) => AVERAGES.has(k)) && !keys.includes('accuracy')) return noFit('it has no `accuracy` and no `macro avg`')
  return FITS
}

export const sklearnFormat: MetricsFormat = {
  name: 'sklearn',
  describe:
    "scikit-learn classification_report(output_dict=True): `<label>.<precision|recall|f1-score|support>`, `accuracy`; support is each metric's n",
  detect: fit,
  async read(input) {
    const doc = mappingOf(input)
    if ('why' in doc) throw new Error(`${input.path}: not a scikit-learn classification report: ${doc.why}`)
    const fits = fit(input)
    if (!fits.fits) throw new Error(`${input.path}: not a scikit-learn classification report: ${fits.why}`)
    const metrics: Metrics = new Map()
    const total = ['macro avg', 'weighted avg', 'micro avg'].map((k) => getOwn(doc.mapping, k)).find(isClassEntry)
    for (const key of keysOf(doc.mapping)) {
      const value = getOwn(doc.mapping, key)
      if (key === 'accuracy') {
        const metric: Metric = { value: value as number }
        const n = total ? getOwn(total, 'support') : undefined
        if (isFiniteNumber(n)) metric.n = n
        metrics.set('accuracy', metric)
        continue
      }
      const entry = value as Mapping
      const support = getOwn(entry, 'support') as number
      for (const k of CLASS_KEYS) {
        const metric: Metric = { value: getOwn(entry, k) as number }
        if (k !== 'support') metric.n = support
        metrics.set(joinPath([key, k]), metric)
      }
    }
    return { metrics }
  },
}
