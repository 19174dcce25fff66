/**
 * A Hugging Face model card (README.md): the results its front matter's `model-index` publishes,
 * each under a readable name unique within the card (see modelIndexNames): e.g.
 * `ai2_arc.acc_norm`, or `nuprl/MultiPL-E.MultiPL-HumanEval (Python).pass@1` when several
 * results share a dataset type and metric.
 */
import type { Metric, Metrics } from '../../core/types.js'
import { parseDeclarations } from '../../declarations/parse.js'
import { getOwn, isMapping } from '../../parse/mapping.js'
import { modelIndexEntries, modelIndexNames } from '../model-index.js'
import { FITS, noFit } from './shared.js'
import type { MetricsFormat, MetricsInput } from './types.js'

function frontMatter(input: MetricsInput): { data: unknown } | { why: string } {
  if (input.kind !== 'file') return { why: 'it is a directory, not a file' }
  if (!/^\ufeff?---[ \t]*\r?\n/.test(input.text)) return { why: 'it does not start with `---` front matter' }
  try {
    return { data: parseDeclarations(input.text, /\.(ya?ml|json)$/i.test(input.path) ? `${input.path}.md` : input.path).data }
  } catch (err) {
    return { why: `its front matter does not parse (${(err as Error).message.split('\n')[0] ?? ''})` }
  }
}

function modelIndexOf(data: unknown): unknown {
  return isMapping(data) ? getOwn(data, 'model-index') : undefined
}

export const hfCardFormat: MetricsFormat = {
  name: 'hf-card',
  describe: "a Hugging Face model card: the results in its front matter's `model-index`",
  detect(input) {
    const fm = frontMatter(input)
    if ('why' in fm) return noFit(fm.why)
    return Array.isArray(modelIndexOf(fm.data)) ? FITS : noFit('its front matter has no `model-index` list')
  },
  async read(input) {
    if (input.kind !== 'file') throw new Error(`${input.path} is a directory; the hf-card format reads a model card`)
    const data = parseDeclarations(input.text, /\.(ya?ml|json)$/i.test(input.path) ? `${input.path}.md` : input.path).data
    const entries = modelIndexEntries(modelIndexOf(data))
    const names = modelIndexNames(entries)
    const metrics: Metrics = new Map()
    entries.forEach((entry, i) => {
      const v = entry.value
      const value: Metric['value'] = typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null
      metrics.set(names[i] as string, { value })
    })
    return { metrics }
  },
}
