/**
 * The MLflow file store. A run directory (`mlruns/<experiment>/<run>/`) holds one file per metric
 * under `metrics/` (a metric named `eval/loss` is the file `metrics/eval/loss`), each line
 * `timestamp value step` (logged models add a run id). The metric's value is the line with the
 * highest step; among equal steps the latest timestamp; among equal both, the last line. The run
 * name (`meta.yaml`'s `run_name`, else `tags/mlflow.runName`) and id go into the provenance. A
 * single metric file can be read too; its name is the file's name.
 */
import { GateError } from '../../core/errors.js'
import { joinPath } from '../../core/metric-path.js'
import type { Metrics } from '../../core/types.js'
import { getOwn, isMapping } from '../../parse/mapping.js'
import { parseYaml } from '../../parse/yaml.js'
import { FITS, baseName, joinRepo, noFit } from './shared.js'
import type { Fit, MetricsFormat, MetricsInput, MetricsProvenance } from './types.js'

/** Metric files one run may hold. */
export const MAX_MLFLOW_METRICS = 10_000
/** Bytes read from all of a run's metric files together. */
export const MAX_MLFLOW_BYTES = 64 * 1024 * 1024
/** Files read at once. */
const CONCURRENCY = 16

const LINE = /^(-?\d+)[ \t]+(\S+)[ \t]+(-?\d+)(?:[ \t]+\S+)?[ \t]*$/
/** MLflow writes lines of a few dozen characters; a longer one is not such a line (and is not fed to the regex). */
const MAX_LINE = 1024

function lineMatch(line: string): RegExpExecArray | null {
  return line.length > MAX_LINE ? null : LINE.exec(line)
}

function numberOf(text: string): number | undefined {
  const lower = text.toLowerCase()
  if (lower === 'nan') return NaN
  if (lower === 'inf' || lower === 'infinity') return Infinity
  if (lower === '-inf' || lower === '-infinity') return -Infinity
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : undefined
}

/** The value of one metric file: highest step, then latest timestamp, then last line. */
export function latestValue(text: string, file: string): number {
  let best: { step: number; time: number; value: number } | undefined
  let line = 0
  for (const raw of text.split('\n')) {
    line++
    const t = raw.replace(/\r$/, '')
    if (t.trim() === '') continue
    const m = lineMatch(t)
    const value = m ? numberOf(m[2] as string) : undefined
    if (!m || value === undefined) {
      throw new GateError({
        file,
        line,
        message: `expected \`timestamp value step\` (as MLflow writes), found ${JSON.stringify(t.slice(0, 80))}.`,
        fix: 'This is not an MLflow metric file, or it is damaged: log the metric again with mlflow.log_metric.',
      })
    }
    const time = Number(m[1])
    const step = Number(m[3])
    if (!best || step > best.step || (step === best.step && time >= best.time)) best = { step, time, value }
  }
  if (!best)
    throw new GateError({
      file,
      line: 1,
      message: 'the MLflow metric file is empty.',
      fix: 'Log the metric with mlflow.log_metric, or remove the empty file.',
    })
  return best.value
}

function looksLikeMetricFile(text: string): boolean {
  const lines = text.split('\n', 50).filter((l) => l.trim() !== '')
  return lines.length > 0 && lines.every((l) => lineMatch(l.replace(/\r$/, '')) !== null)
}

function fit(input: MetricsInput): Fit {
  if (input.kind === 'file')
    return looksLikeMetricFile(input.text)
      ? FITS
      : noFit('it is not a directory, nor an MLflow metric file of `timestamp value step` lines')
  if (!input.entries.some((e) => e.startsWith('metrics/'))) return noFit('the directory has no metrics/ folder')
  return FITS
}

async function provenanceOf(input: MetricsInput & { kind: 'dir' }, files: string[]): Promise<MetricsProvenance> {
  const metadata: Record<string, string | number | boolean> = {}
  if (input.entries.includes('meta.yaml')) {
    const path = joinRepo(input.path, 'meta.yaml')
    const text = await input.files.read(path)
    const meta = text === undefined ? undefined : parseYaml(text, path).value
    if (isMapping(meta)) {
      for (const key of ['run_name', 'run_id', 'experiment_id', 'status', 'start_time', 'end_time']) {
        const v = getOwn(meta, key)
        if (typeof v === 'string' || typeof v === 'number') metadata[key] = v
      }
    }
  }
  if (metadata.run_name === undefined && input.entries.includes('tags/mlflow.runName')) {
    const text = await input.files.read(joinRepo(input.path, 'tags/mlflow.runName'))
    if (text !== undefined && text.trim() !== '') metadata.run_name = text.trim().slice(0, 200)
  }
  const name = metadata.run_name
  const id = metadata.run_id
  const description =
    name !== undefined || id !== undefined
      ? `MLflow run ${name ?? ''}${id !== undefined ? `${name !== undefined ? ' ' : ''}(${String(id)})` : ''}`
      : undefined
  return { description, files, metadata }
}

export const mlflowFormat: MetricsFormat = {
  name: 'mlflow',
  describe: 'MLflow file-store run directory (metrics/<name> files; latest step wins), or one metric file',
  detect: fit,
  async read(input) {
    if (input.kind === 'file')
      return { metrics: new Map([[joinPath([baseName(input.path)]), { value: latestValue(input.text, input.path) }]]) }
    const names = input.entries.filter((e) => e.startsWith('metrics/')).map((e) => e.slice('metrics/'.length))
    if (names.length === 0)
      throw new GateError({
        file: input.path,
        message: 'the MLflow run directory has no metrics/ files.',
        fix: 'Point the metrics path at a run directory (mlruns/<experiment>/<run>) that logged metrics.',
      })
    if (names.length > MAX_MLFLOW_METRICS) {
      throw new GateError({
        file: input.path,
        message: `the MLflow run logs ${names.length.toLocaleString('en-US')} metrics, more than the ${MAX_MLFLOW_METRICS.toLocaleString('en-US')} model-gate reads.`,
        fix: 'Log fewer metrics to this run, or export the gated ones to a JSON file.',
      })
    }
    const texts: string[] = new Array(names.length)
    let bytes = 0
    let next = 0
    const worker = async (): Promise<void> => {
      while (next < names.length) {
        const i = next++
        const path = joinRepo(input.path, `metrics/${names[i] as string}`)
        const text = await input.files.read(path)
        if (text === undefined)
          throw new GateError({
            file: path,
            message: 'the metric file disappeared while the run was read.',
            fix: 'Run model-gate after the run has finished.',
          })
        bytes += text.length
        if (bytes > MAX_MLFLOW_BYTES)
          throw new GateError({
            file: input.path,
            message: `the run's metric files hold more than ${MAX_MLFLOW_BYTES / 1024 / 1024} MiB together; model-gate did not read them all.`,
            fix: 'Export the gated metrics to a JSON file.',
          })
        texts[i] = text
      }
    }
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, names.length) }, worker))
    const metrics: Metrics = new Map()
    names.forEach((name, i) =>
      metrics.set(joinPath([name]), { value: latestValue(texts[i] as string, joinRepo(input.path, `metrics/${name}`)) }),
    )
    return {
      metrics,
      provenance: await provenanceOf(
        input,
        names.map((n) => `metrics/${n}`),
      ),
    }
  },
}
