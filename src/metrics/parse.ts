/** Reads a metrics file (JSON or YAML) into flattened metrics. */
import type { Metrics } from '../core/types.js'
import { parseJsonText } from '../parse/json.js'
import { parseYaml } from '../parse/yaml.js'
import { flattenMetrics } from './flatten.js'

/**
 * Parses metrics text by the file's extension (.json → JSON with NaN/Infinity, .yaml/.yml →
 * YAML; otherwise a leading `{` means JSON) and flattens it. Throws GateError on bad input.
 */
export function parseMetrics(text: string, file: string): Metrics {
  const data = looksLikeJson(text, file) ? parseJsonText(text, file, { mappings: 'map' }) : parseYaml(text, file, { mappings: 'map' }).value
  return flattenMetrics(data, file)
}

function looksLikeJson(text: string, file: string): boolean {
  const lower = file.toLowerCase()
  if (lower.endsWith('.json')) return true
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return false
  return text.trimStart().startsWith('{')
}
