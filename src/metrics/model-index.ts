/**
 * The results a Hugging Face card publishes in its front matter's `model-index`, walked once for
 * both the card-vs-metrics declaration check and the card as a metrics file. Malformed parts
 * (a result that is not a mapping, metrics that are not a list) are passed over.
 */
import { joinPath } from '../core/metric-path.js'
import { getOwn, isMapping } from '../parse/mapping.js'

/** One `model-index[i].results[j].metrics[k]` entry, with the fields that say which evaluation it is. */
export interface ModelIndexEntry {
  /** Dot path of the metric entry, e.g. `model-index.0.results.2.metrics.0`. */
  path: string
  /** `model-index[i].name`, when written. */
  model?: string
  taskType?: string
  datasetType?: string
  datasetName?: string
  datasetConfig?: string
  datasetSplit?: string
  metricType?: string
  metricName?: string
  value: unknown
}

/** Every metric entry of every result of every model in `model-index`, in file order. */
export function modelIndexEntries(modelIndex: unknown): ModelIndexEntry[] {
  if (!Array.isArray(modelIndex)) return []
  return modelIndex.flatMap((model, i) => {
    const results = isMapping(model) ? getOwn(model, 'results') : undefined
    if (!Array.isArray(results)) return []
    const modelName = field(model, 'name')
    return results.flatMap((result, j) => {
      if (!isMapping(result)) return []
      const metrics = getOwn(result, 'metrics')
      if (!Array.isArray(metrics)) return []
      const task = getOwn(result, 'task')
      const dataset = getOwn(result, 'dataset')
      const context = {
        model: modelName,
        taskType: field(task, 'type'),
        datasetType: field(dataset, 'type'),
        datasetName: field(dataset, 'name'),
        datasetConfig: field(dataset, 'config'),
        datasetSplit: field(dataset, 'split'),
      }
      return metrics.flatMap((metric, k): ModelIndexEntry[] => {
        if (!isMapping(metric)) return []
        return [
          {
            path: `model-index.${i}.results.${j}.metrics.${k}`,
            ...context,
            metricType: field(metric, 'type'),
            metricName: field(metric, 'name'),
            value: getOwn(metric, 'value'),
          },
        ]
      })
    })
  })
}

/** Which evaluation an entry reports: two entries with different contexts are different numbers. */
export function evaluationContext(entry: ModelIndexEntry): string {
  return JSON.stringify([entry.taskType, entry.datasetType, entry.datasetName, entry.datasetConfig, entry.datasetSplit])
}

/**
 * A readable metric name for every entry, unique within the card. Each entry takes the first of
 * these forms that no other entry shares (segments left out when the card does not write them):
 * `<dataset.type>.<metric>`, `<dataset.type>.<config>.<metric>`,
 * `<dataset.type>.<config>.<split>.<metric>`, `<dataset.type>.<dataset.name>.<config>.<split>.<metric>`,
 * then with `<task.type>.` in front, then with the model's name in front; `<metric>` is the
 * metric's `type`, else its `name`. Entries that stay indistinguishable are named by their
 * position (`model-index.0.results.3.metrics.0`): ambiguous names are never merged.
 */
export function modelIndexNames(entries: readonly ModelIndexEntry[]): string[] {
  const ladders = entries.map(ladder)
  const names: (string | undefined)[] = entries.map(() => undefined)
  const depth = Math.max(0, ...ladders.map((l) => l.length))
  for (let rung = 0; rung < depth; rung++) {
    const counts = new Map<string, number>()
    ladders.forEach((l, i) => {
      if (names[i] !== undefined) return
      const name = l[Math.min(rung, l.length - 1)] as string
      counts.set(name, (counts.get(name) ?? 0) + 1)
    })
    const taken = new Set(names.filter((n): n is string => n !== undefined))
    ladders.forEach((l, i) => {
      if (names[i] !== undefined) return
      const name = l[Math.min(rung, l.length - 1)] as string
      if (counts.get(name) === 1 && !taken.has(name)) names[i] = name
    })
  }
  return names.map((name, i) => name ?? (entries[i] as ModelIndexEntry).path)
}

function ladder(e: ModelIndexEntry): string[] {
  const metric = e.metricType ?? e.metricName ?? 'value'
  const d = e.datasetType ?? e.datasetName ?? 'dataset'
  const forms: (string | undefined)[][] = [
    [d],
    [d, e.datasetConfig],
    [d, e.datasetConfig, e.datasetSplit],
    [d, e.datasetName, e.datasetConfig, e.datasetSplit],
    [e.taskType, d, e.datasetName, e.datasetConfig, e.datasetSplit],
    [e.model, e.taskType, d, e.datasetName, e.datasetConfig, e.datasetSplit],
  ]
  const out: string[] = []
  for (const form of forms) {
    const segments = form.filter((s, i): s is string => s !== undefined && !(i > 0 && s === form[i - 1]))
    const name = joinPath([...dedupe(segments), metric])
    if (out[out.length - 1] !== name) out.push(name)
  }
  return out
}

function dedupe(segments: string[]): string[] {
  return segments.filter((s, i) => segments.indexOf(s) === i)
}

function field(holder: unknown, key: string): string | undefined {
  const v = isMapping(holder) ? getOwn(holder, key) : undefined
  return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined
}
