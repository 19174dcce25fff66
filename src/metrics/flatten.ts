/**
 * Flattens parsed metrics data into dot-path names (see product.md "Metric names"): nested
 * mappings join with `.`, a literal `.` or `\` in a key is escaped, lists use index segments, and
 * an object with a `value` plus only annotation keys (`n`, `stderr`, `ci`, `unit`) is one leaf.
 */
import { GateError } from '../core/errors.js'
import type { Metric, Metrics } from '../core/types.js'
import { getOwn, hasOwn, isMapping, type Mapping } from '../parse/mapping.js'

/** Nesting allowed in a metrics file. */
export const MAX_METRICS_DEPTH = 64

const ANNOTATION_KEYS = new Set(['value', 'n', 'stderr', 'ci', 'unit'])

/** Flattens a parsed metrics document (a mapping) into a Map in file order. */
export function flattenMetrics(data: unknown, file: string): Metrics {
  if (!isMapping(data)) {
    throw new GateError({
      file,
      line: 1,
      column: 1,
      message: `expected a mapping of metric names to values at the top of the file, found ${describe(data)}.`,
      fix: 'Write the metrics as an object, e.g. {"accuracy": 0.93, "latency_ms": {"p95": 88}}.',
    })
  }
  const out: Metrics = new Map()
  walk(data, '', 1, out, file)
  return out
}

function walk(node: Mapping | unknown[], prefix: string, depth: number, out: Metrics, file: string): void {
  if (depth > MAX_METRICS_DEPTH) {
    throw new GateError({
      file,
      message: `metrics are nested more than ${MAX_METRICS_DEPTH} levels deep (at \`${prefix}\`).`,
      fix: 'Flatten the metrics file.',
    })
  }
  // The children's names share `prefix.`: made once here, each name is then one concatenation.
  const dotted = prefix === '' ? '' : `${prefix}.`
  const visit = (key: string, value: unknown): void => {
    const name = dotted + escapeSegment(key)
    if (Array.isArray(value)) {
      walk(value, name, depth + 1, out, file)
    } else if (isMapping(value)) {
      const leaf = annotatedLeaf(value)
      if (leaf) out.set(name, leaf)
      else walk(value, name, depth + 1, out, file)
    } else {
      out.set(name, { value: scalar(value) })
    }
  }
  if (Array.isArray(node)) node.forEach((value, i) => visit(String(i), value))
  else if (node instanceof Map) node.forEach((value, key) => visit(key, value))
  else for (const key of Object.keys(node)) visit(key, node[key])
}

/** `{value, n?, stderr?, ci?, unit?}` with a scalar value → a Metric; annotations of the wrong type are dropped. */
function annotatedLeaf(node: Mapping): Metric | undefined {
  if (!hasOwn(node, 'value')) return undefined
  const keys = node instanceof Map ? [...node.keys()] : Object.keys(node)
  if (!keys.every((k) => ANNOTATION_KEYS.has(k))) return undefined
  const value = getOwn(node, 'value')
  if (Array.isArray(value) || isMapping(value)) return undefined
  const metric: Metric = { value: scalar(value) }
  const n = getOwn(node, 'n')
  const stderr = getOwn(node, 'stderr')
  const ci = getOwn(node, 'ci')
  const unit = getOwn(node, 'unit')
  if (isFiniteNumber(n)) metric.n = n
  if (isFiniteNumber(stderr)) metric.stderr = stderr
  if (Array.isArray(ci) && ci.length === 2 && isFiniteNumber(ci[0]) && isFiniteNumber(ci[1])) metric.ci = [ci[0], ci[1]]
  if (typeof unit === 'string') metric.unit = unit
  return metric
}

function scalar(value: unknown): Metric['value'] {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value === null) return value
  return String(value)
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function escapeSegment(key: string): string {
  return key.includes('.') || key.includes('\\') ? key.replace(/[\\.]/g, (ch) => `\\${ch}`) : key
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'an empty document'
  if (Array.isArray(value)) return 'a list'
  return `a ${typeof value} (${JSON.stringify(String(value).slice(0, 40))})`
}
