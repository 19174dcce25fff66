import type { DeclarationResult } from '../declarations/check.js'
import { GateError } from '../core/errors.js'
import { errorEvaluation, evaluate } from '../core/evaluate.js'
import { MetricIndex } from '../core/metric-path.js'
import { diffPolicies } from '../core/policy-diff.js'
import type {
  Check,
  Evaluation,
  GateProblem,
  GateResult,
  Metrics,
  Mode,
  ModelPolicy,
  Policy,
  PolicyChange,
  Provenance,
} from '../core/types.js'
import { selectChanged, type SkippedModel } from '../core/changed.js'
import { combine } from '../core/verdict.js'
import { parseDeclarations } from '../declarations/parse.js'
import { metricsFiles, readMetricsPath, type FormatRead } from '../metrics/formats/index.js'
import { parseJsonText, parseYaml } from '../parse/yaml.js'
import { parsePolicy } from '../policy/load.js'
import type { ModelPredictions } from './predictions.js'
import type { FileKind, FileSource } from '../sources/source.js'

export interface GateOptions {
  policyPath: string
  /** `base`: the policy is read at the base commit (trusted); `workspace`: from the checkout. */
  policySource: 'base' | 'workspace'
  /** Overrides the policy's `mode`. */
  mode?: Mode
  /** Gate only this model of a multi-model policy. */
  model?: string
  /** The base commit (PR base, push `before`, CLI `--base`); undefined when the event has none. */
  base?: FileSource
  /** Why there is no base, for messages (e.g. "workflow_dispatch has no base commit"). */
  noBaseReason?: string
  /** The working tree: the PR's head. */
  workspace: FileSource
  headSha?: string
  /** The clock, read once at the edge: review dates are judged against it. */
  now: Date
  /**
   * The paths the pull request changes, for `changed_only: true`; asked only when the policy sets
   * it. Undefined when the run is not for a pull request (then every model is gated).
   */
  changedFiles?: () => Promise<string[]>
  /** Warnings for the log (a failed PR files request). */
  warn?: (message: string) => void
}

/** Where GitHub looks for CODEOWNERS, in its order. */
const CODEOWNERS_PATHS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS']

interface LoadedPolicy {
  policy: Policy
  provenance: Provenance
  changes: PolicyChange[]
  headPolicyProblem?: GateProblem[]
}

const shortSha = (sha?: string): string => (sha ? sha.slice(0, 7) : 'unknown')

/** Turns any failure into problems: GateErrors keep their locations, other errors name the file. */
function problemsOf(err: unknown, file: string, fix?: string): GateProblem[] {
  if (err instanceof GateError) return err.problems
  return [{ file, message: err instanceof Error ? err.message : String(err), fix }]
}

async function readOrProblem(source: FileSource, path: string, kind: FileKind): Promise<string | undefined> {
  try {
    return await source.read(path, kind)
  } catch (err) {
    throw new GateError(problemsOf(err, path))
  }
}

/** Reads and validates the policy from the trusted place, and compares it with the PR's copy. */
async function loadPolicy(opts: GateOptions): Promise<LoadedPolicy> {
  const path = opts.policyPath
  const fromWorkspace = async (note?: string): Promise<LoadedPolicy> => {
    const text = await readOrProblem(opts.workspace, path, 'policy')
    if (text === undefined) {
      throw new GateError({
        file: path,
        message: `No policy file at ${path}${opts.base ? ` (neither at base ${shortSha(opts.base.sha)} nor in the workspace)` : ''}.`,
        fix: 'Add the policy file (see the README), or point the `policy` input at it.',
      })
    }
    return {
      policy: parsePolicy(text, path),
      provenance: { source: 'workspace', path, sha: opts.headSha, note },
      changes: [],
    }
  }

  if (opts.policySource === 'workspace') return fromWorkspace("`policy-source: workspace`: the PR's own copy of the policy was used.")
  if (!opts.base) return fromWorkspace(`${opts.noBaseReason ?? 'There is no base commit'}; the workspace copy of the policy was used.`)

  const baseText = await readOrProblem(opts.base, path, 'policy')
  if (baseText === undefined) {
    return fromWorkspace(
      `The base commit ${shortSha(opts.base.sha)} has no policy yet (this change introduces it); the workspace copy was used.`,
    )
  }
  const policy = parsePolicy(baseText, path)
  const loaded: LoadedPolicy = { policy, provenance: { source: 'base', path, sha: opts.base.sha }, changes: [] }

  let headText: string | undefined
  try {
    headText = await opts.workspace.read(path, 'policy')
  } catch (err) {
    loaded.headPolicyProblem = problemsOf(err, path)
    return loaded
  }
  if (headText !== undefined && headText !== baseText) {
    try {
      loaded.changes = diffPolicies(policy, parsePolicy(headText, path))
    } catch (err) {
      loaded.headPolicyProblem = problemsOf(err, path)
    }
  } else if (headText === undefined) {
    loaded.changes = [
      {
        target: path,
        field: 'file',
        effect: 'loosens',
        words: 'this change deletes the policy file',
        description: `This change deletes the policy file ${path}.`,
      },
    ]
  }
  return loaded
}

function selectModels(policy: Policy, model: string | undefined, path: string): ModelPolicy[] {
  if (!model) return policy.models
  const found = policy.models.find((m) => m.name === model)
  if (found) return [found]
  throw new GateError({
    file: path,
    message: `The \`model\` input names "${model}", which the policy does not define (it defines: ${policy.models.map((m) => m.name).join(', ')}).`,
    fix: 'Use one of the model names under `models:` in the policy, or leave `model` empty to gate them all.',
  })
}

interface BaselineRead {
  metrics?: Metrics
  provenance: Provenance
  unavailable?: string
}

async function readBaseline(model: ModelPolicy, opts: GateOptions): Promise<BaselineRead> {
  const settings = model.baseline
  if (settings.source === 'none') {
    return { provenance: { source: 'none' }, unavailable: 'the policy sets `baseline.source: none`' }
  }
  let from: FileSource | undefined = opts.base
  let provenance: Provenance = { source: 'base', path: settings.file, sha: opts.base?.sha }
  if (!from) {
    if (settings.source !== 'file') {
      const reason = opts.noBaseReason ?? 'there is no base commit to compare with'
      return { provenance: { source: 'none', path: settings.file, note: reason }, unavailable: reason }
    }
    from = opts.workspace
    provenance = {
      source: 'workspace',
      path: settings.file,
      sha: opts.headSha,
      note: 'There is no base commit; the baseline file was read from the workspace.',
    }
  }
  const read = await readMetrics(from, settings.file, model)
  if (read === undefined) {
    const unavailable = `${settings.file} does not exist at ${from === opts.workspace ? 'the workspace' : `base ${shortSha(from.sha)}`} (a first run?)`
    return { provenance: { ...provenance, note: `No baseline: ${unavailable}.` }, unavailable }
  }
  return { metrics: read.metrics, provenance: withReadNote(provenance, read) }
}

/** Reads a metrics file or directory through the format registry (`metrics.format` forces one). */
async function readMetrics(source: FileSource, path: string, model: ModelPolicy): Promise<FormatRead | undefined> {
  try {
    return await readMetricsPath(path, metricsFiles(source), { format: model.metricsFormat })
  } catch (err) {
    throw new GateError(problemsOf(err, path))
  }
}

/** The format's own account of where the numbers came from (an MLflow run's name), in the provenance note. */
function withReadNote(provenance: Provenance, read: FormatRead): Provenance {
  const description = read.provenance?.description
  if (!description) return provenance
  return { ...provenance, note: provenance.note ? `${provenance.note} ${description}.` : `${description}.` }
}

/** Trusted inputs of the declaration checks (CODEOWNERS, the extra schema) come from the base. */
function trustedSource(opts: GateOptions): FileSource {
  return opts.base ?? opts.workspace
}

async function readCodeowners(opts: GateOptions): Promise<{ file: string; text: string } | undefined> {
  for (const file of CODEOWNERS_PATHS) {
    const text = await readOrProblem(trustedSource(opts), file, 'codeowners')
    if (text !== undefined) return { file, text }
  }
  return undefined
}

async function readExtraSchema(path: string, opts: GateOptions): Promise<{ file: string; schema: unknown }> {
  const text = await readOrProblem(trustedSource(opts), path, 'schema')
  if (text === undefined) {
    throw new GateError({
      file: path,
      message: `The policy's \`declarations.schema\` names ${path}, which does not exist${opts.base ? ` at base ${shortSha(opts.base.sha)}` : ''}.`,
      fix: 'Commit the schema file to the base branch, or remove `declarations.schema` from the policy.',
    })
  }
  const schema = /\.json$/i.test(path) ? parseJsonText(text, path) : parseYaml(text, path).value
  return { file: path, schema }
}

async function existingFiles(paths: string[], workspace: FileSource): Promise<Set<string>> {
  const found = new Set<string>()
  for (const path of paths) {
    if (await workspace.exists(path).catch(() => false)) found.add(path)
  }
  return found
}

/** The model's declaration checks and summary; the trusted inputs (CODEOWNERS, extra schema) from the base, else the workspace. */
export async function readDeclarations(model: ModelPolicy, candidate: Metrics, opts: GateOptions): Promise<DeclarationResult> {
  const settings = model.declarations
  if (!settings) return { checks: [] }
  // Loaded only for a policy with `declarations:` (chunk files of the bundles, read on first use: issue 13),
  // ajv's schema compiler only for one with `declarations.schema`.
  const { artefactPaths, checkDeclarations } = await import('../declarations/check.js')
  if (settings.schema) await (await import('../declarations/custom-schema.js')).loadSchemaCompilers()
  const text = await readOrProblem(opts.workspace, settings.file, 'declarations')
  const doc = text === undefined ? undefined : parseDeclarations(text, settings.file)
  const index = new MetricIndex(candidate.keys())
  return checkDeclarations({
    doc,
    settings,
    now: opts.now,
    candidate,
    gatedMetrics: [...new Set(model.gates.flatMap((gate) => index.match(gate.pattern)))],
    existingFiles: await existingFiles(artefactPaths(doc), opts.workspace),
    codeowners: settings.codeowners ? await readCodeowners(opts) : undefined,
    extraSchema: settings.schema ? await readExtraSchema(settings.schema, opts) : undefined,
  })
}

async function evaluateModel(model: ModelPolicy, mode: Mode, loaded: LoadedPolicy, opts: GateOptions): Promise<Evaluation> {
  let candidateProvenance: Provenance = { source: 'workspace', path: model.metricsFile, sha: opts.headSha }
  let baselineProvenance: Provenance = { source: 'none' }
  try {
    // The baseline is read (git) while the candidate is read and parsed; a candidate error still comes first.
    const baselineRead = readBaseline(model, opts)
    baselineRead.catch(() => undefined)
    const read = await readMetrics(opts.workspace, model.metricsFile, model)
    if (read === undefined) {
      throw new GateError({
        file: model.metricsFile,
        message: `The candidate metrics file ${model.metricsFile} does not exist in the workspace.`,
        fix: 'Run the evaluation step before model-gate so that it writes this file, or set `metrics.file` in the policy to where it writes.',
      })
    }
    const fileMetrics = read.metrics
    candidateProvenance = withReadNote(candidateProvenance, read)
    const baseline = await baselineRead
    baselineProvenance = baseline.provenance
    const predictions = model.predictions ? await predictionsOf(model, fileMetrics, baseline.metrics, opts) : undefined
    const candidate = predictions?.candidate ?? fileMetrics
    const declarations = await readDeclarations(model, candidate, opts)
    const declarationChecks = [...(predictions?.checks ?? []), ...declarations.checks]
    if (loaded.headPolicyProblem) declarationChecks.push(headPolicyCheck(loaded.headPolicyProblem))
    const evaluation = evaluate({
      model,
      mode,
      candidate,
      baseline: predictions?.baseline ?? baseline.metrics,
      baselineUnavailable: baseline.unavailable,
      declarationChecks,
      declarationSummary: declarations.summary,
      policyChanges: loaded.changes,
      provenance: { policy: loaded.provenance, baseline: baseline.provenance, candidate: candidateProvenance },
      ...(predictions ? { pairedIntervals: predictions.pairedIntervals } : {}),
    })
    return predictions ? { ...evaluation, predictions: predictions.summary } : evaluation
  } catch (err) {
    return errorEvaluation(model.name, mode, problemsOf(err, model.metricsFile), {
      policy: loaded.provenance,
      baseline: baselineProvenance,
      candidate: candidateProvenance,
    })
  }
}

/** The model's predictions (`predictions:`): the base commit's copy is the baseline's. */
async function predictionsOf(
  model: ModelPolicy,
  candidate: Metrics,
  baseline: Metrics | undefined,
  opts: GateOptions,
): Promise<ModelPredictions> {
  const settings = model.predictions as NonNullable<ModelPolicy['predictions']>
  // Loaded only for a policy with `predictions:` (a chunk file of the bundles, with the Parquet reader: issue 13).
  const { readModelPredictions } = await import('./predictions.js')
  return readModelPredictions({
    settings,
    sources:
      model.baseline.source === 'none'
        ? { workspace: opts.workspace, noBaseReason: 'the policy sets `baseline.source: none`' }
        : { workspace: opts.workspace, base: opts.base, noBaseReason: opts.noBaseReason },
    candidate,
    metricsFile: model.metricsFile,
    ...(baseline ? { baseline } : {}),
  })
}

/** The PR's copy of the policy does not validate: merging it would break the gate, so it blocks. */
function headPolicyCheck(problems: GateProblem[]): Check {
  const first = problems[0]
  return {
    id: 'policy:head-copy-valid',
    kind: 'policy',
    status: 'fail',
    severity: 'block',
    rule: 'the changed policy must be valid',
    message: `This change makes the policy invalid, which would stop the gate after merge: ${problems.map((p) => `${p.file}:${p.line ?? '?'}: ${p.message}`).join('; ')}`,
    location: first ? { file: first.file, line: first.line, column: first.column } : undefined,
  }
}

/**
 * Runs the gate: reads the policy (trusted copy), the candidate and baseline metrics and the
 * declarations, evaluates every selected model and combines the verdicts. Never throws for bad
 * input: problems become an `error` verdict.
 */
export async function runGate(opts: GateOptions): Promise<GateResult> {
  const base = { headSha: opts.headSha, baseSha: opts.base?.sha, policyPath: opts.policyPath }
  let loaded: LoadedPolicy
  let models: ModelPolicy[]
  try {
    loaded = await loadPolicy(opts)
    models = selectModels(loaded.policy, opts.model, opts.policyPath)
  } catch (err) {
    const mode = opts.mode ?? 'enforce'
    const evaluation = errorEvaluation(opts.model ?? 'default', mode, problemsOf(err, opts.policyPath), {
      policy: { source: opts.policySource === 'base' && opts.base ? 'base' : 'workspace', path: opts.policyPath, sha: opts.base?.sha },
      baseline: { source: 'none' },
      candidate: { source: 'workspace', sha: opts.headSha },
    })
    return { ...base, verdict: 'error', mode, evaluations: [evaluation], modelKey: opts.model ?? 'default' }
  }
  const mode = opts.mode ?? loaded.policy.mode
  const changed = await changedOnly(loaded.policy, models, opts)
  const evaluations: Evaluation[] = []
  for (const model of changed.gated) evaluations.push(await evaluateModel(model, mode, loaded, opts))
  const modelKey = opts.model ?? (loaded.policy.multiModel ? 'all' : 'default')
  // Every model skipped by `changed_only`: nothing this pull request touches is gated, so nothing blocks.
  const verdict = evaluations.length === 0 && changed.skipped.length > 0 ? 'approved' : combine(evaluations)
  const result: GateResult = { ...base, verdict, mode, evaluations, modelKey, policy: loaded.policy }
  if (changed.skipped.length > 0) result.skipped = changed.skipped
  if (changed.note) result.notes = [changed.note]
  return result
}

/**
 * `changed_only: true` (several models, no `model` input): the models the pull request touches.
 * Outside a pull request, or when its files cannot be listed, every model is gated, with a note.
 */
async function changedOnly(
  policy: Policy,
  models: ModelPolicy[],
  opts: GateOptions,
): Promise<{ gated: ModelPolicy[]; skipped: SkippedModel[]; note?: string }> {
  if (!policy.changedOnly || opts.model !== undefined || !policy.multiModel) return { gated: models, skipped: [] }
  if (!opts.changedFiles)
    return { gated: models, skipped: [], note: '`changed_only: true` applies to pull requests; this run gated every model.' }
  try {
    return selectChanged(models, await opts.changedFiles())
  } catch (err) {
    const note = `\`changed_only: true\`: ${err instanceof Error ? err.message : String(err)}; every model was gated instead.`
    opts.warn?.(note)
    return { gated: models, skipped: [], note }
  }
}
