/**
 * Two JSON summaries whose underscore keys are metadata, not metrics:
 * - Hugging Face `evaluate.save()`: the results plus `_timestamp`, `_git_commit_hash`,
 *   `_evaluate_version`, `_python_version`, `_interpreter_path`;
 * - Weights & Biases `wandb-summary.json`: the run summary plus `_runtime`, `_step`,
 *   `_timestamp`, `_wandb`; a logged media object or histogram (a mapping with `_type`) is metadata too.
 * Everything else flattens as the generic reader does (`eval/accuracy` stays one segment).
 */
import type { Metrics } from '../../core/types.js'
import { getOwn, isMapping, newMapping, setMapping, type Mapping } from '../../parse/mapping.js'
import { flattenMetrics } from '../flatten.js'
import { FITS, baseName, keysOf, mappingOf, noFit } from './shared.js'
import type { Fit, MetricsFormat, MetricsInput, MetricsRead } from './types.js'

/** Nesting the metadata strip walks (the flattener refuses deeper files anyway). */
const MAX_DEPTH = 64

/** A copy without underscore keys and W&B `_type` objects; top-level scalar metadata is collected. */
function strip(node: Mapping, depth: number, metadata?: Record<string, string | number | boolean>): Mapping {
  const out = newMapping('map')
  for (const key of keysOf(node)) {
    const value = getOwn(node, key)
    if (key.startsWith('_')) {
      if (metadata && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) metadata[key] = value
      continue
    }
    if (isMapping(value)) {
      if (getOwn(value, '_type') !== undefined) continue
      setMapping(out, key, depth < MAX_DEPTH ? strip(value, depth + 1) : value)
    } else setMapping(out, key, value)
  }
  return out
}

function reader(name: string): (input: MetricsInput) => Promise<MetricsRead> {
  return async (input) => {
    const doc = mappingOf(input)
    if ('why' in doc) {
      if (input.kind === 'file') input.document()
      throw new Error(`${input.path}: cannot be read as ${name}: ${doc.why}`)
    }
    const metadata: Record<string, string | number | boolean> = {}
    const metrics: Metrics = flattenMetrics(strip(doc.mapping, 1, metadata), input.path)
    return { metrics, provenance: Object.keys(metadata).length > 0 ? { metadata } : undefined }
  }
}

function hasKey(input: MetricsInput, keys: string[], why: string): Fit {
  const doc = mappingOf(input)
  if ('why' in doc) return noFit(doc.why)
  return keys.some((k) => getOwn(doc.mapping, k) !== undefined) ? FITS : noFit(why)
}

export const evaluateFormat: MetricsFormat = {
  name: 'evaluate',
  describe: 'Hugging Face evaluate.save() JSON: the results, underscore keys as metadata',
  detect: (input) => hasKey(input, ['_evaluate_version', '_interpreter_path'], 'it has no `_evaluate_version` key'),
  read: reader('evaluate.save() output'),
}

export const wandbFormat: MetricsFormat = {
  name: 'wandb',
  describe: 'Weights & Biases wandb-summary.json: the run summary, underscore keys as metadata',
  detect(input) {
    if (input.kind === 'file' && baseName(input.path) === 'wandb-summary.json') {
      const doc = mappingOf(input)
      return 'why' in doc ? noFit(doc.why) : FITS
    }
    return hasKey(input, ['_wandb'], 'it is not named wandb-summary.json and has no `_wandb` key')
  },
  read: reader('a W&B summary'),
}
