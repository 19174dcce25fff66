/**
 * The monitoring run (`on: schedule`, or the input `monitor: true`): gates the checked-out default
 * branch itself instead of a change. Per model: the declarations (the review date against
 * `monitoring.review_warning_days`, and every other blocking declaration problem) and, with
 * `monitoring.file`, the production metrics against the gates' floors and ceilings.
 */
import { GateError } from '../core/errors.js'
import { DEFAULT_REVIEW_WARNING_DAYS, productionFindings, reviewFindings, type MonitorFinding } from '../core/history/monitor.js'
import { joinPath, splitPath } from '../core/metric-path.js'
import type { GateProblem, Metrics, ModelPolicy, Policy } from '../core/types.js'
import { blocksMerge } from '../core/verdict.js'
import { parseDeclarations } from '../declarations/parse.js'
import { parseMetrics } from '../metrics/parse.js'
import { parsePolicy } from '../policy/load.js'
import type { FileSource } from '../sources/source.js'
import { readDeclarations } from './run.js'

export interface MonitorOptions {
  policyPath: string
  /** The checked-out default branch. */
  workspace: FileSource
  /** Monitor only this model of a multi-model policy. */
  model?: string
  /** The clock, read once at the edge. */
  now: Date
}

/** What one model's monitoring found, and who is told. */
export interface ModelMonitor {
  model: string
  /** The declared owners' handles as written (empty without declarations). */
  owners: string[]
  findings: MonitorFinding[]
}

export interface MonitorRun {
  policy: Policy
  models: ModelMonitor[]
}

/** Reviews are the review findings' business: the declaration check of the same field is not repeated. */
const REVIEW_FIELD = 'ownership.review.next_review_due'

function problemFindings(problems: readonly GateProblem[]): MonitorFinding[] {
  return problems.map((p) => ({
    severity: 'fail',
    message: p.message,
    fix: p.fix ?? 'Correct the file on the default branch.',
    file: p.file,
    ...(p.line !== undefined ? { line: p.line } : {}),
  }))
}

/** The line of a dot path in the declarations file (read again: the checks do not carry the document). */
async function lineOf(workspace: FileSource, file: string, path: string): Promise<number | undefined> {
  const text = await workspace.read(file, 'declarations')
  return text === undefined ? undefined : parseDeclarations(text, file).lineOf(path)
}

/** The declarations of the model on the default branch: review date, then the other blocking problems. */
async function declarationFindings(
  model: ModelPolicy,
  opts: MonitorOptions,
  warningDays: number,
): Promise<{ owners: string[]; findings: MonitorFinding[] }> {
  if (!model.declarations) return { owners: [], findings: [] }
  let result
  try {
    result = await readDeclarations(model, new Map(), {
      policyPath: opts.policyPath,
      policySource: 'workspace',
      workspace: opts.workspace,
      now: opts.now,
    })
  } catch (error) {
    if (error instanceof GateError) return { owners: [], findings: problemFindings(error.problems) }
    throw error
  }
  const review = reviewFindings(result.summary, opts.now.toISOString(), warningDays)
  const reviewLine = review.length > 0 ? await lineOf(opts.workspace, model.declarations.file, REVIEW_FIELD) : undefined
  const others = result.checks
    .filter((check) => blocksMerge(check) && check.field !== REVIEW_FIELD)
    .map((check): MonitorFinding => ({
      severity: 'fail',
      message: check.message,
      fix: check.fix ?? `Correct ${check.location?.file ?? model.declarations!.file}.`,
      ...(check.location ? { file: check.location.file, ...(check.location.line !== undefined ? { line: check.location.line } : {}) } : {}),
    }))
  return {
    owners: result.summary?.owners ?? [],
    findings: [...review.map((finding) => (reviewLine !== undefined ? { ...finding, line: reviewLine } : finding)), ...others],
  }
}

/** The model's production metrics: the whole file in a single-model policy, the model's own key in a multi-model one. */
function metricsOf(all: Metrics, model: string, multiModel: boolean): Metrics {
  if (!multiModel) return all
  const own: Metrics = new Map()
  for (const [name, metric] of all) {
    const [first, ...rest] = splitPath(name)
    if (first === model && rest.length > 0) own.set(joinPath(rest), metric)
  }
  return own
}

async function productionOf(policy: Policy, opts: MonitorOptions): Promise<{ metrics?: Metrics; findings: MonitorFinding[] }> {
  const file = policy.monitoring?.file
  if (!file) return { findings: [] }
  try {
    const text = await opts.workspace.read(file, 'metrics')
    if (text === undefined) {
      return {
        findings: [
          {
            severity: 'warn',
            file,
            message: `The production metrics file \`${file}\` (\`monitoring.file\`) does not exist on the default branch, so production was not checked.`,
            fix: `Check the scheduled job that exports the production metrics: it should write ${file} before model-gate runs.`,
          },
        ],
      }
    }
    return { metrics: parseMetrics(text, file), findings: [] }
  } catch (error) {
    if (error instanceof GateError) return { findings: problemFindings(error.problems) }
    throw error
  }
}

/**
 * Monitors every selected model of the policy read from the workspace (the default branch is the
 * trusted copy). Throws a GateError when the policy itself cannot be read: there is then nothing
 * to monitor, and the step fails.
 */
export async function runMonitor(opts: MonitorOptions): Promise<MonitorRun> {
  let text: string | undefined
  try {
    text = await opts.workspace.read(opts.policyPath, 'policy')
  } catch (error) {
    throw error instanceof GateError
      ? error
      : new GateError({ file: opts.policyPath, message: error instanceof Error ? error.message : String(error) })
  }
  if (text === undefined) {
    throw new GateError({
      file: opts.policyPath,
      message: `No policy file at ${opts.policyPath} on the default branch.`,
      fix: 'Add the policy file (see the README), or point the `policy` input at it.',
    })
  }
  const policy = parsePolicy(text, opts.policyPath)
  const selected = opts.model ? policy.models.filter((model) => model.name === opts.model) : policy.models
  if (selected.length === 0) {
    throw new GateError({
      file: opts.policyPath,
      message: `The \`model\` input names "${opts.model}", which the policy does not define (it defines: ${policy.models.map((m) => m.name).join(', ')}).`,
      fix: 'Use one of the model names under `models:` in the policy, or leave `model` empty to monitor them all.',
    })
  }
  const warningDays = policy.monitoring?.reviewWarningDays ?? DEFAULT_REVIEW_WARNING_DAYS
  const production = await productionOf(policy, opts)
  const models: ModelMonitor[] = []
  for (const model of selected) {
    const declarations = await declarationFindings(model, opts, warningDays)
    const live = production.metrics
      ? productionFindings(metricsOf(production.metrics, model.name, policy.multiModel), model.gates, policy.monitoring!.file!)
      : []
    models.push({ model: model.name, owners: declarations.owners, findings: [...declarations.findings, ...production.findings, ...live] })
  }
  return { policy, models }
}
