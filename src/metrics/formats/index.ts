/**
 * The metrics formats, in detection order: the first whose `detect` fits reads the file. The
 * specific formats come first; the generic JSON and YAML readers (today's behaviour) last.
 * `metrics.format` (policy) and `--format` (CLI) force one by name.
 */
import { GateError } from '../../core/errors.js'
import { csvFormat } from './csv.js'
import { dvcFormat } from './dvc.js'
import { jsonFormat, yamlFormat } from './generic.js'
import { hfCardFormat } from './hf-card.js'
import { openMetricsInput } from './input.js'
import { lmEvalFormat } from './lm-eval.js'
import { mlflowFormat } from './mlflow.js'
import { sklearnFormat } from './sklearn.js'
import { evaluateFormat, wandbFormat } from './summary.js'
import type { MetricsFiles, MetricsFormat, MetricsInput, MetricsRead } from './types.js'

export type { Fit, MetricsFiles, MetricsFormat, MetricsInput, MetricsProvenance, MetricsRead } from './types.js'
export { fileInput, listDirectory, metricsFiles, openMetricsInput } from './input.js'

export const METRICS_FORMATS: readonly MetricsFormat[] = [
  mlflowFormat,
  hfCardFormat,
  dvcFormat,
  lmEvalFormat,
  sklearnFormat,
  evaluateFormat,
  wandbFormat,
  csvFormat,
  jsonFormat,
  yamlFormat,
]

/** The names `metrics.format` and `--format` accept. */
export const FORMAT_NAMES: readonly string[] = METRICS_FORMATS.map((f) => f.name)

/** The format called `name`, or undefined. */
export function formatNamed(name: string): MetricsFormat | undefined {
  return METRICS_FORMATS.find((f) => f.name === name)
}

/** What a read gives: the metrics, the format that read them, and what the format says of where they came from. */
export interface FormatRead extends MetricsRead {
  format: string
}

/**
 * Reads an input with the forced format, or the first format that fits. When none fits, a
 * file that does not parse as JSON/YAML throws that located syntax error; otherwise the error
 * lists every format tried and why it did not fit. A forced name that is not a format is an error.
 */
export async function readMetricsInput(input: MetricsInput, options: { format?: string } = {}): Promise<FormatRead> {
  if (options.format !== undefined) {
    const format = formatNamed(options.format)
    if (!format) {
      throw new GateError({
        file: input.path,
        message: `unknown metrics format \`${options.format}\`.`,
        fix: `Use one of: ${FORMAT_NAMES.join(', ')}.`,
      })
    }
    return { format: format.name, ...(await format.read(input)) }
  }
  const tried: string[] = []
  for (const format of METRICS_FORMATS) {
    const fit = format.detect(input)
    if (fit.fits) return { format: format.name, ...(await format.read(input)) }
    tried.push(`${format.name}: ${fit.why ?? 'does not fit'}`)
  }
  if (input.kind === 'file' && !/\.(csv|tsv|md|markdown)$/i.test(input.path)) {
    // A broken JSON/YAML file: its syntax error, with line and column, says more than the list.
    input.document()
  }
  throw new GateError({
    file: input.path,
    message: `model-gate does not recognise the format of ${input.path}. Formats tried: ${tried.join('; ')}.`,
    fix: `Write the metrics as a JSON object of names to numbers, or set \`metrics.format\` (one of: ${FORMAT_NAMES.join(', ')}).`,
  })
}

/** Opens `path` through `files` and reads it; undefined when there is no such file or directory. */
export async function readMetricsPath(
  path: string,
  files: MetricsFiles,
  options: { format?: string } = {},
): Promise<FormatRead | undefined> {
  const input = await openMetricsInput(path, files)
  return input ? readMetricsInput(input, options) : undefined
}
