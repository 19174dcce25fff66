/**
 * The line of a metric in the candidate metrics file, for check-run annotations: the workspace
 * copy of a JSON or YAML metrics file is parsed again with positions, and a metric's name (a dot
 * path, see core/metric-path.ts) is located in it. Other formats (lm-eval, CSV, MLflow) name
 * metrics differently from their file's keys: their metrics get no line.
 */
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { splitPath } from '../core/metric-path.js'
import type { GateResult } from '../core/types.js'
import { parseYaml, type ParsedYaml } from '../parse/yaml.js'

/** Larger metrics files are not parsed again for annotation lines. */
export const MAX_LOCATED_BYTES = 4 * 1024 * 1024

/** Finds the 1-based line of a model's metric in its candidate metrics file, when it can. */
export type MetricLine = (model: string, metric: string) => number | undefined

/**
 * A MetricLine over the workspace at `root` for the result's candidate files (read from the
 * workspace, `.json`, `.yaml` or `.yml`, at most MAX_LOCATED_BYTES). Never throws: a file that
 * cannot be read or parsed gives no lines.
 */
export async function metricLines(root: string, result: GateResult): Promise<MetricLine> {
  const located = new Map<string, ParsedYaml>()
  for (const ev of result.evaluations) {
    const path = ev.candidate.path
    if (ev.candidate.source !== 'workspace' || !path || !/\.(?:json|ya?ml)$/i.test(path) || located.has(ev.model)) continue
    try {
      const file = join(root, path)
      if ((await stat(file)).size > MAX_LOCATED_BYTES) continue
      located.set(ev.model, parseYaml(await readFile(file, 'utf8'), path))
    } catch {
      continue
    }
  }
  return (model, metric) => {
    const doc = located.get(model)
    if (!doc) return undefined
    const segments = splitPath(metric)
    return (doc.locate(segments) ?? doc.locate(segments.map((s) => (/^\d+$/.test(s) ? Number(s) : s))))?.line
  }
}
