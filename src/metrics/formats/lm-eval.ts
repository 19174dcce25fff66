/**
 * lm-evaluation-harness results (`results_*.json`, `--output_path`): metrics are the
 * `results.<task>.<metric>,<filter>` entries (and `groups.…` alike), named exactly so.
 * `<metric>_stderr,<filter>` becomes that metric's `stderr`; `N/A` means "no value" (a stderr of
 * N/A is left out; a metric of N/A has value null); `n-samples.<task>.effective` (else
 * `original`) gives `n`; `higher_is_better.<task>.<metric>` gives the metric's direction
 * (`better`), used by gates that do not say. `alias`, `name`, `sample_len` and the file's other
 * sections are metadata. Older files without `,<filter>` are read the same way.
 */
import { joinPath } from '../../core/metric-path.js'
import type { Metric, Metrics } from '../../core/types.js'
import { getOwn, isMapping, type Mapping } from '../../parse/mapping.js'
import { FITS, isFiniteNumber, keysOf, mappingOf, noFit } from './shared.js'
import type { Fit, MetricsFormat, MetricsInput } from './types.js'

const MARKERS = ['versions', 'n-shot', 'higher_is_better', 'n-samples', 'configs', 'config']
const TASK_METADATA = new Set(['alias', 'name', 'sample_len', 'samples'])
const SECTIONS = ['results', 'groups']

function fit(input: MetricsInput): Fit {
  const doc = mappingOf(input)
  if ('why' in doc) return noFit(doc.why)
  const results = getOwn(doc.mapping, 'results')
  if (!isMapping(results)) return noFit('it has no `results` mapping')
  if (!MARKERS.some((k) => getOwn(doc.mapping, k) !== undefined))
    return noFit("it has none of lm-eval's `versions`, `n-shot`, `higher_is_better`, `config`")
  if (!keysOf(results).every((task) => isMapping(getOwn(results, task))))
    return noFit('`results` holds values that are not per-task mappings')
  return FITS
}

function splitKey(key: string): { metric: string; filter?: string } {
  const comma = key.indexOf(',')
  return comma < 0 ? { metric: key } : { metric: key.slice(0, comma), filter: key.slice(comma + 1) }
}

function withFilter(metric: string, filter: string | undefined): string {
  return filter === undefined ? metric : `${metric},${filter}`
}

function isNA(value: unknown): boolean {
  return typeof value === 'string' && value.trim().toUpperCase() === 'N/A'
}

function readTask(section: string, task: string, entries: Mapping, file: Mapping, out: Metrics): void {
  const keys = keysOf(entries)
  const present = new Set(keys)
  const nSamples = getOwn(file, 'n-samples')
  const counts = isMapping(nSamples) ? getOwn(nSamples, task) : undefined
  const n = isMapping(counts) ? [getOwn(counts, 'effective'), getOwn(counts, 'original')].find(isFiniteNumber) : undefined
  const hib = getOwn(file, 'higher_is_better')
  const directions = isMapping(hib) ? getOwn(hib, task) : undefined
  for (const key of keys) {
    if (TASK_METADATA.has(key)) continue
    const { metric, filter } = splitKey(key)
    const raw = getOwn(entries, key)
    if (metric.endsWith('_stderr') && present.has(withFilter(metric.slice(0, -'_stderr'.length), filter))) continue
    if (isMapping(raw) || Array.isArray(raw)) continue
    const value: Metric['value'] = isNA(raw)
      ? null
      : typeof raw === 'number' || typeof raw === 'string' || typeof raw === 'boolean'
        ? raw
        : null
    const m: Metric = { value }
    const stderr = getOwn(entries, withFilter(`${metric}_stderr`, filter))
    if (isFiniteNumber(stderr)) m.stderr = stderr
    if (n !== undefined) m.n = n
    const higher = isMapping(directions) ? getOwn(directions, metric) : undefined
    if (typeof higher === 'boolean') m.better = higher ? 'higher' : 'lower'
    out.set(joinPath([section, task, key]), m)
  }
}

export const lmEvalFormat: MetricsFormat = {
  name: 'lm-eval',
  describe: 'lm-evaluation-harness results: `results.<task>.<metric>,<filter>` with stderr, n and higher_is_better',
  detect: fit,
  async read(input) {
    const fits = fit(input)
    if (!fits.fits) throw new Error(`${input.path}: not lm-evaluation-harness results: ${fits.why}`)
    const doc = mappingOf(input) as { mapping: Mapping }
    const metrics: Metrics = new Map()
    for (const section of SECTIONS) {
      const tasks = getOwn(doc.mapping, section)
      if (!isMapping(tasks)) continue
      for (const task of keysOf(tasks)) {
        const entries = getOwn(tasks, task)
        if (isMapping(entries)) readTask(section, task, entries, doc.mapping, metrics)
      }
    }
    const metadata: Record<string, string | number | boolean> = {}
    for (const key of ['model_name', 'model_source', 'lm_eval_version', 'git_hash', 'date']) {
      const v = getOwn(doc.mapping, key)
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') metadata[key] = v
    }
    return { metrics, provenance: Object.keys(metadata).length > 0 ? { metadata } : undefined }
  },
}
