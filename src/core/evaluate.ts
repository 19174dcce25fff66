/**
 * The decision for one model: every gate of the policy applied to the candidate metrics (and the
 * baseline), one check per metric and rule, and the verdict they add up to. Pure: no I/O.
 */
import type {
  DeclarationSummary,
  Check,
  Evaluation,
  GateProblem,
  GateRule,
  Metric,
  Metrics,
  Mode,
  ModelPolicy,
  PolicyChange,
  Provenance,
  Status,
} from './types.js'
import { directionOf } from './direction.js'
import { isWildcard, MetricIndex } from './metric-path.js'
import { formatNumber, isFiniteNumber } from './numbers.js'
import { describeNonNumber, rulesOf, type RuleJudgement } from './rules/index.js'
import { blocksMerge } from './verdict.js'
import { closestAll } from './words.js'

export interface EvaluationProvenance {
  policy: Provenance
  baseline: Provenance
  candidate: Provenance
}

export interface EvaluateInput {
  model: ModelPolicy
  mode: Mode
  candidate: Metrics
  /** undefined: no baseline available at all (first run, source none, ...). */
  baseline?: Metrics
  /** Why there is no baseline, for messages. */
  baselineUnavailable?: string
  /** Computed elsewhere, appended as-is. */
  declarationChecks?: Check[]
  /** The declarations at a glance, passed through to the evaluation for the comment. */
  declarationSummary?: DeclarationSummary
  policyChanges?: PolicyChange[]
  provenance: EvaluationProvenance
  /**
   * Paired intervals on the worsening w of metrics computed from per-example predictions (already
   * oriented by the metric's direction), keyed by metric name; statistical baseline rules use them.
   */
  pairedIntervals?: Map<string, { method: string; confidence: number; interval: [number, number]; p_value?: number }>
}

/** Applies every gate of `input.model` and returns the checks and the verdict. */
export function evaluate(input: EvaluateInput): Evaluation {
  const ids = new Set<string>()
  const checks: Check[] = []
  const index = new MetricIndex([...input.candidate.keys(), ...(input.baseline?.keys() ?? [])])
  for (const gate of input.model.gates) {
    for (const check of checkGate(gate, index, input)) {
      checks.push(withUniqueId(check, ids))
    }
  }
  checks.push(...(input.declarationChecks ?? []))
  return {
    model: input.model.name,
    verdict: checks.some(blocksMerge) ? 'blocked' : 'approved',
    mode: input.mode,
    checks,
    problems: [],
    ...input.provenance,
    policyChanges: input.policyChanges ?? [],
    ...(input.declarationSummary ? { declarations: input.declarationSummary } : {}),
  }
}

/** An evaluation that could not be carried out: verdict `error`, the problems, no checks. */
export function errorEvaluation(
  model: string,
  mode: Mode,
  problems: GateProblem[],
  provenance: EvaluationProvenance,
): Evaluation {
  return {
    model,
    verdict: 'error',
    mode,
    checks: [],
    problems,
    ...provenance,
    policyChanges: [],
  }
}

function checkGate(gate: GateRule, index: MetricIndex, input: EvaluateInput): Check[] {
  const names = resolveNames(gate.pattern, index, input.candidate)
  if (names.length === 0) {
    return [
      {
        id: `threshold:${gate.pattern}:present`,
        kind: 'threshold',
        metric: gate.pattern,
        status: missingStatus(gate),
        severity: gate.severity,
        candidate: null,
        baseline: null,
        ruleKey: 'present',
        rule: presenceWords(gate),
        message: `matches no metric in ${candidateFile(input)}${notRequired(gate)}`,
        ...origin(gate),
      },
    ]
  }
  return names.flatMap((name) => checkMetric(gate, name, input))
}

/**
 * The metric names a gate applies to. A literal pattern names one metric (spelled as in the
 * metrics when they spell it differently). A wildcard matches candidate and baseline names, so a
 * slice that is gone from the candidate is still checked, and reported missing.
 */
function resolveNames(pattern: string, index: MetricIndex, candidate: Metrics): string[] {
  const matches = index.match(pattern)
  if (isWildcard(pattern)) return matches
  return [candidate.has(pattern) ? pattern : (matches[0] ?? pattern)]
}

function checkMetric(gate: GateRule, name: string, input: EvaluateInput): Check[] {
  const candidate = input.candidate.get(name)
  const baseline = input.baseline?.get(name)
  const b = numberOrNull(baseline)
  const base = { metric: name, severity: gate.severity, baseline: b, ...origin(gate) }

  // `value: null` (lm-eval's `N/A`) is no value: the metric is missing, not a non-number.
  if (candidate === undefined || candidate.value === null) {
    const had = b !== null ? ` (the baseline has ${formatNumber(b)})` : ''
    const noValue = candidate !== undefined
    const suggestions = isWildcard(gate.pattern) || noValue ? [] : closestAll(name, input.candidate.keys())
    const meant = suggestions.length ? `; did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : ''
    return [
      {
        ...base,
        id: `threshold:${name}:present`,
        kind: 'threshold',
        status: missingStatus(gate),
        candidate: null,
        ruleKey: 'present',
        rule: presenceWords(gate),
        message: `${noValue ? 'has no value (N/A) in' : 'missing from'} ${candidateFile(input)}${had}${meant}${notRequired(gate)}`,
        ...(suggestions.length ? { fix: `rename the gate to \`${suggestions[0]}\` in the policy, or make the eval step write \`${name}\`` } : {}),
      },
    ]
  }

  const c = numberOrNull(candidate)
  const direction = directionOf(gate.betterFrom === 'default' ? undefined : gate.better, candidate, baseline)
  const better = direction.better
  const fromFile = direction.from === 'metrics file' ? { better, betterFrom: direction.from } : {}
  const inWords = direction.from === 'metrics file' ? ` (${better} is better, from the metrics file)` : ''
  return rulesOf(gate).map(({ kind, spec }): Check => {
    const outcome =
      c === null
        ? unusable(gate, candidate)
        : kind.scope === 'threshold'
          ? judged(gate, kind.check(spec, c))
          : b === null
            ? withoutBaseline(gate, baselineProblemOf(name, baseline, input), input.model.baseline.missing)
            : judged(gate, kind.check(spec, c, b, better))
    return {
      ...base,
      id: `${kind.scope}:${name}:${kind.key}`,
      kind: kind.scope,
      candidate: c,
      ruleKey: kind.key,
      rule: kind.scope === 'baseline' ? `${kind.words(spec, better)}${inWords}` : kind.words(spec, better),
      ...fromFile,
      ...outcome,
    }
  })
}

type Outcome = Pick<Check, 'status' | 'message' | 'limit' | 'worsening'>

function judged(gate: GateRule, result: RuleJudgement): Outcome {
  const outcome: Outcome = { status: result.passed ? 'pass' : failStatus(gate), message: result.message }
  if (result.limit !== undefined) outcome.limit = result.limit
  if (result.worsening !== undefined) outcome.worsening = result.worsening
  return outcome
}

/** A candidate value that is not a finite number fails every check of its metric. */
function unusable(gate: GateRule, candidate: Metric): Outcome {
  const why = describeNonNumber(candidate.value) ?? 'not usable'
  return { status: failStatus(gate), message: `candidate value is ${why}` }
}

/** A baseline rule without a baseline value: not evaluated, or failed with `missing: fail`. */
function withoutBaseline(gate: GateRule, why: string, missing: 'warn' | 'fail'): Outcome {
  return missing === 'fail'
    ? { status: failStatus(gate), message: `no baseline value: ${why} (baseline.missing: fail)` }
    : { status: 'not_evaluated', message: why }
}

/** Why the baseline value of a metric cannot be used, in words. */
function baselineProblemOf(name: string, metric: Metric | undefined, input: EvaluateInput): string {
  if (input.baseline === undefined) {
    return input.baselineUnavailable ?? 'no baseline metrics are available'
  }
  if (metric === undefined) {
    const file = input.provenance.baseline.path ?? input.model.baseline.file
    return `${name} is not in the baseline ${file}`
  }
  if (metric.value === null) return `the baseline has no value for ${name} (N/A)`
  return `the baseline value is ${describeNonNumber(metric.value) ?? 'not usable'}`
}

function numberOrNull(metric: Metric | undefined): number | null {
  return metric !== undefined && isFiniteNumber(metric.value) ? metric.value : null
}

function failStatus(gate: GateRule): Status {
  return gate.severity === 'warn' ? 'warn' : 'fail'
}

function missingStatus(gate: GateRule): Status {
  return gate.required ? failStatus(gate) : 'skip'
}

function presenceWords(gate: GateRule): string {
  return gate.required ? 'must be present' : 'optional'
}

function notRequired(gate: GateRule): string {
  return gate.required ? '' : '; skipped (required: false)'
}

function candidateFile(input: EvaluateInput): string {
  return input.provenance.candidate.path ?? input.model.metricsFile
}

function origin(gate: GateRule): Pick<Check, 'gate' | 'location'> {
  return gate.location === undefined
    ? { gate: gate.pattern }
    : { gate: gate.pattern, location: gate.location }
}

/** Two gates can reach the same metric and rule; the later check's id names its gate. */
function withUniqueId(check: Check, ids: Set<string>): Check {
  const id = ids.has(check.id) ? `${check.id}@${check.gate ?? ''}` : check.id
  ids.add(id)
  return id === check.id ? check : { ...check, id }
}
