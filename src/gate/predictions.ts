/**
 * The I/O side of `predictions:`: reads the candidate's predictions from the workspace and the
 * baseline's at the base commit (streamed where the source allows, under the predictions size
 * cap), joins them on id and hands them to the pure summary (core/predictions/summary.ts).
 * Problems in either file become a GateError naming the file, the row and which side it is.
 */
import { GateError } from '../core/errors.js'
import {
  consistencyChecks,
  summarizePredictions,
  withComputed,
  worseningIntervals,
  type PredictionsSummary,
  type WorseningInterval,
} from '../core/predictions/summary.js'
import type { Check, GateProblem, Metrics, PredictionSettings } from '../core/types.js'
import { joinPredictions } from '../predictions/join.js'
import { PredictionsError, readPredictions, type PredictionTable } from '../predictions/read.js'
import { FILE_LIMITS, type FileSource } from '../sources/source.js'

export interface PredictionSources {
  workspace: FileSource
  base?: FileSource
  /** Why there is no base, for the summary's note. */
  noBaseReason?: string
}

/** What the predictions add to one model's evaluation. */
export interface ModelPredictions {
  summary: PredictionsSummary
  /** The candidate metrics with the computed ones set (they replace the file's same-named values). */
  candidate: Metrics
  /** The baseline metrics with the baseline's computed ones set, when paired. */
  baseline?: Metrics
  /** The metrics file checked against the computed values (`ruleKey: 'consistent'`). */
  checks: Check[]
  /** Intervals on the worsening of each compared metric: `EvaluateInput.pairedIntervals`. */
  pairedIntervals: Map<string, WorseningInterval>
}

export interface ModelPredictionsInput {
  settings: PredictionSettings
  sources: PredictionSources
  /** The candidate's metrics, from the metrics file. */
  candidate: Metrics
  metricsFile: string
  /** The baseline's metrics file, when read. */
  baseline?: Metrics
  /** Confidence of the paired intervals (the policy's `statistics` confidence; default 0.95). */
  confidence?: number
}

/** The problems of a PredictionsError, each saying which side's file it is in. */
function sideProblems(err: PredictionsError, side: string): GateProblem[] {
  const problems: GateProblem[] = err.problems.map((p) => ({
    file: p.file,
    ...(p.line !== undefined ? { line: p.line } : {}),
    message: `${side}: ${p.message}`,
    ...(p.fix !== undefined ? { fix: p.fix } : {}),
  }))
  const last = err.problems[err.problems.length - 1]
  if (err.omitted > 0 && last) {
    problems.push({
      file: last.file,
      message: `${side}: … and ${err.omitted} more ${err.omitted === 1 ? 'problem' : 'problems'} not listed.`,
    })
  }
  return problems
}

async function readSide(
  source: FileSource,
  path: string,
  settings: PredictionSettings,
  side: string,
): Promise<PredictionTable | undefined> {
  let input: AsyncIterable<Uint8Array> | Uint8Array | undefined
  try {
    if (source.readBytes) input = await source.readBytes(path, 'predictions')
    else {
      const text = await source.read(path, 'predictions')
      input = text === undefined ? undefined : Buffer.from(text, 'utf8')
    }
    if (input === undefined) return undefined
    return await readPredictions(input, path, { task: settings.task, maxBytes: FILE_LIMITS.predictions })
  } catch (err) {
    if (err instanceof PredictionsError) throw new GateError(sideProblems(err, side))
    if (err instanceof GateError) throw err
    throw new GateError({ file: path, message: `${side}: ${err instanceof Error ? err.message : String(err)}` })
  }
}

/**
 * Reads, joins and summarizes one model's predictions. The candidate file must exist; the
 * baseline's is optional (no base commit, or a first run: the summary says so and nothing is
 * paired). Throws GateError for any problem in either file.
 */
export async function readModelPredictions(input: ModelPredictionsInput): Promise<ModelPredictions> {
  const { settings, sources } = input
  const candidateSide = `the candidate's predictions (${settings.file} in the workspace)`
  const table = await readSide(sources.workspace, settings.file, settings, candidateSide)
  if (!table) {
    throw new GateError({
      file: settings.file,
      message: `The candidate's predictions file ${settings.file} does not exist in the workspace.`,
      fix: 'Make the evaluation step write its per-example predictions there (columns id, label, score or prediction), or set `predictions.file` in the policy to where it writes them.',
    })
  }
  let baselineTable: PredictionTable | undefined
  let baselineNote: string | undefined
  if (!sources.base) {
    baselineNote = `${sources.noBaseReason ?? 'there is no base commit'}: the predictions were not paired`
  } else {
    const sha = sources.base.sha ? ` at base ${sources.base.sha.slice(0, 7)}` : ` at ${sources.base.label}`
    baselineTable = await readSide(
      sources.base,
      settings.baselineFile,
      settings,
      `the baseline's predictions (${settings.baselineFile}${sha})`,
    )
    if (!baselineTable) baselineNote = `${settings.baselineFile} does not exist${sha} (a first run?): the predictions were not paired`
  }
  let baselineValues: Float64Array | undefined
  if (baselineTable) {
    try {
      baselineValues = joinPredictions(table, baselineTable).baseline
    } catch (err) {
      if (err instanceof PredictionsError) throw new GateError(sideProblems(err, 'joining candidate and baseline predictions on id'))
      throw err
    }
  }
  const summary = summarizePredictions({
    settings,
    candidate: { ids: table.ids, labels: table.labels, values: table.values },
    ...(baselineValues ? { baseline: baselineValues } : {}),
    ...(baselineNote !== undefined ? { baselineNote } : {}),
    ...(input.confidence !== undefined ? { confidence: input.confidence } : {}),
  })
  const result: ModelPredictions = {
    summary,
    candidate: withComputed(input.candidate, summary.candidate, summary.rows),
    checks: consistencyChecks(summary, input.candidate, input.metricsFile),
    pairedIntervals: worseningIntervals(summary),
  }
  if (summary.baseline) result.baseline = withComputed(input.baseline, summary.baseline, summary.rows)
  return result
}
