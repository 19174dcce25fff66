/**
 * DVC. A DVC metrics file is plain JSON or YAML, named by `dvc metrics show` as the generic
 * reader names it. `dvc.yaml` itself is read as the set of metric files it lists: the top-level
 * `metrics:` list and every stage's `metrics:` (a path, or a `{path: {cache: false}}` mapping),
 * relative to dvc.yaml's folder. One listed file gives its names as they are; several prefix each
 * name with the file's path (`eval/metrics\.json.avg_prec.test`), as `dvc metrics show` groups them.
 */
import { GateError } from '../../core/errors.js'
import { joinPath } from '../../core/metric-path.js'
import type { Metrics } from '../../core/types.js'
import { getOwn, isMapping, type Mapping } from '../../parse/mapping.js'
import { flattenMetrics } from '../flatten.js'
import { parseDocument } from './input.js'
import { FITS, baseName, dirName, joinRepo, keysOf, mappingOf, noFit } from './shared.js'
import type { Fit, MetricsFormat, MetricsInput } from './types.js'

/** Metric files one dvc.yaml may list. */
export const MAX_DVC_METRIC_FILES = 1_000

function isDvcYaml(path: string): boolean {
  return /^dvc\.ya?ml$/i.test(baseName(path))
}

/** The metric file paths listed in a parsed dvc.yaml, in order, without repeats. */
export function dvcMetricPaths(doc: Mapping): string[] {
  const out: string[] = []
  const add = (list: unknown): void => {
    if (!Array.isArray(list)) return
    for (const item of list) {
      if (typeof item === 'string') out.push(item)
      else if (isMapping(item)) out.push(...keysOf(item))
    }
  }
  add(getOwn(doc, 'metrics'))
  const stages = getOwn(doc, 'stages')
  if (isMapping(stages))
    for (const stage of keysOf(stages)) {
      const s = getOwn(stages, stage)
      if (isMapping(s)) add(getOwn(s, 'metrics'))
    }
  return [...new Set(out)]
}

function fit(input: MetricsInput): Fit {
  if (input.kind !== 'file') return noFit('it is a directory, not a file')
  if (!isDvcYaml(input.path)) return noFit('it is not named dvc.yaml')
  const doc = mappingOf(input)
  if ('why' in doc) return noFit(doc.why)
  // A dvc.yaml is never a metrics file itself: it fits by name, and one without metrics says so when read.
  return getOwn(doc.mapping, 'stages') !== undefined || getOwn(doc.mapping, 'metrics') !== undefined
    ? FITS
    : noFit('it has neither `stages:` nor `metrics:`')
}

export const dvcFormat: MetricsFormat = {
  name: 'dvc',
  describe: 'DVC: dvc.yaml read as the metric files its `metrics:` lists name (a DVC metrics file itself is generic JSON/YAML)',
  detect: fit,
  async read(input) {
    if (input.kind !== 'file') throw new Error(`${input.path} is a directory; the dvc format reads dvc.yaml or a metrics file`)
    if (!isDvcYaml(input.path)) return { metrics: flattenMetrics(input.document(), input.path) }
    const doc = mappingOf(input)
    if ('why' in doc) {
      input.document()
      throw new Error(`${input.path}: ${doc.why}`)
    }
    const paths = dvcMetricPaths(doc.mapping)
    if (paths.length === 0)
      throw new GateError({
        file: input.path,
        message: 'dvc.yaml lists no metric files (no `metrics:` at the top level or in a stage).',
        fix: "Add `metrics: [eval/metrics.json]` to dvc.yaml, or point the policy's `metrics.file` at the metrics file itself.",
      })
    if (paths.length > MAX_DVC_METRIC_FILES)
      throw new GateError({
        file: input.path,
        message: `dvc.yaml lists ${paths.length} metric files, more than the ${MAX_DVC_METRIC_FILES} model-gate reads.`,
        fix: 'Point `metrics.file` at the metric file the gates need.',
      })
    const base = dirName(input.path)
    const metrics: Metrics = new Map()
    const files: string[] = []
    for (const listed of paths) {
      const path = joinRepo(base, listed.replace(/^\.\//, ''))
      const text = await input.files.read(path)
      if (text === undefined) {
        throw new GateError({
          file: input.path,
          message: `dvc.yaml lists the metrics file ${listed}, which does not exist (${path}).`,
          fix: 'Run the pipeline (`dvc repro`) or fetch its outputs (`dvc pull`) before model-gate, or remove the entry.',
        })
      }
      files.push(path)
      const flat = flattenMetrics(parseDocument(text, path), path)
      for (const [name, metric] of flat) metrics.set(paths.length === 1 ? name : `${joinPath([listed])}.${name}`, metric)
    }
    return { metrics, provenance: { description: `dvc.yaml metrics: ${files.join(', ')}`, files } }
  },
}
