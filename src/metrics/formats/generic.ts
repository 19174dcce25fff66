/**
 * Generic JSON and YAML metrics files (today's behaviour, unchanged): nested mappings flatten to
 * dot paths and `{value, n, stderr, ci, unit}` objects are one metric (see flatten.ts). DVC
 * metric files are this format too: `dvc metrics show` names them the same way.
 */
import { flattenMetrics } from '../flatten.js'
import { FITS, mappingOf, noFit } from './shared.js'
import type { MetricsFormat, MetricsInput } from './types.js'

function looksLikeJson(input: MetricsInput): boolean {
  if (input.kind !== 'file') return false
  const lower = input.path.toLowerCase()
  if (lower.endsWith('.json')) return true
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return false
  return input.text.trimStart().startsWith('{')
}

function generic(name: 'json' | 'yaml', describe: string, isJson: boolean): MetricsFormat {
  return {
    name,
    describe,
    detect(input) {
      if (input.kind !== 'file') return noFit('it is a directory, not a file')
      if (looksLikeJson(input) !== isJson) return noFit(isJson ? 'it is not JSON (no .json extension, no leading `{`)' : 'it is JSON')
      const doc = mappingOf(input)
      return 'why' in doc ? noFit(doc.why) : FITS
    },
    async read(input) {
      if (input.kind !== 'file') throw new Error(`${input.path} is a directory; the ${name} format reads one file`)
      return { metrics: flattenMetrics(input.document(), input.path) }
    },
  }
}

export const jsonFormat = generic('json', 'a JSON mapping of metric names to numbers (nested objects flatten to dot paths)', true)
export const yamlFormat = generic('yaml', 'a YAML mapping of metric names to numbers (nested mappings flatten to dot paths)', false)
