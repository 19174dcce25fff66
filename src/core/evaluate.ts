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
import type { Better, CheckKind, KpiDefinition } from './types.js'
import { isPlainName, isWildcard, MetricIndex } from './metric-path.js'
import { formatNumber, isFiniteNumber } from './numbers.js'
import { describeNonNumber, rulesOf, type RuleJudgement, type RuleKind } from './rules/index.js'
import { blocksMerge } from './verdict.js'
import { closestAll } from './words.js'
import { fairnessChecks } from './fairness-checks.js'
import { asMetric, kpiValue, lookupIn, unknownNames, type KpiValue } from './kpi/values.js'
import { decideBounds, kpiInterval, kpiStandardError, metricInterval, type IntervalResult, type PairedInterval } from './statistics.js'
import { worseVerb } from './rules/common.js'
import { formatDeltaInUnit, formatInUnit, formatRelativeChange, type Unit } from './units.js'

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
   * Intervals for the worsening w of a metric (already oriented: positive is worse), computed
   * from paired predictions, by metric name. When present for a metric, its statistical baseline
   * rules decide on it instead of the interval from the summaries (`n`, `stderr`, `ci`).
   */
  pairedIntervals?: Map<string, PairedInterval>
}

/** Applies every gate of `input.model` and returns the checks and the verdict. */
export function evaluate(input: EvaluateInput): Evaluation {
  const ids = new Set<string>()
  const checks: Check[] = []
  const index = input.baseline ? MetricIndex.of(input.candidate, input.baseline) : MetricIndex.of(input.candidate)
  const constants = input.model.constants ?? new Map<string, number>()
  const kpis = input.model.kpis ?? []
  const problems = unknownNames(kpis, constants, input.candidate, input.baseline)
  if (problems.length > 0) {
    return { ...errorEvaluation(input.model.name, input.mode, problems, input.provenance), policyChanges: input.policyChanges ?? [] }
  }
  for (const kpi of kpis) {
    for (const check of kpiChecks(kpi, constants, input)) checks.push(withUniqueId(check, ids))
  }
  for (const gate of input.model.gates) {
    const start = checks.length
    checkGate(gate, index, input, checks)
    for (let i = start; i < checks.length; i++) checks[i] = withUniqueId(checks[i] as Check, ids)
  }
  for (const rule of input.model.fairness ?? []) {
    for (const check of fairnessChecks(rule, index, input.candidate, input.baseline)) checks.push(withUniqueId(check, ids))
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
export function errorEvaluation(model: string, mode: Mode, problems: GateProblem[], provenance: EvaluationProvenance): Evaluation {
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

/** Appends the checks of one gate to `out`, in the order of the names it matches. */
function checkGate(gate: GateRule, index: MetricIndex, input: EvaluateInput, out: Check[]): void {
  const names = resolveNames(gate.pattern, index, input.candidate)
  if (names.length === 0) {
    out.push({
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
    })
    return
  }
  const rules = gateRules(gate)
  for (const name of names) checkMetric(gate, rules, name, input, out)
}

/**
 * The metric names a gate applies to. A literal pattern names one metric (spelled as in the
 * metrics when they spell it differently). A wildcard matches candidate and baseline names, so a
 * slice that is gone from the candidate is still checked, and reported missing.
 */
function resolveNames(pattern: string, index: MetricIndex, candidate: Metrics): string[] {
  // A name spelled without escapes is the only spelling of its path: the metric itself, present or not.
  if (isPlainName(pattern)) return [pattern]
  const matches = index.match(pattern)
  if (isWildcard(pattern)) return matches
  return [candidate.has(pattern) ? pattern : (matches[0] ?? pattern)]
}

/**
 * The checks of one KPI: its value on the candidate and on the baseline, held to its rules like a
 * metric. A value that cannot be computed (a division by zero, a missing metric) fails every
 * rule of the KPI on the candidate side, and leaves its baseline rules not evaluated on the
 * baseline side, with the reason.
 */
function kpiChecks(kpi: KpiDefinition, constants: ReadonlyMap<string, number>, input: EvaluateInput): Check[] {
  const c = kpiValue(kpi, constants, input.candidate)
  const b = input.baseline ? kpiValue(kpi, constants, input.baseline) : undefined
  const extra: Partial<Check> = {}
  if (kpi.unitText !== undefined) extra.unit = kpi.unitText
  if (kpi.gate.description !== undefined) extra.description = kpi.gate.description
  const subject: Subject = {
    kind: 'kpi',
    candidate: asMetric(c),
    ...(b ? { baseline: asMetric(b) } : {}),
    ...(c.ok ? {} : { unusable: `cannot be computed: ${c.reason}` }),
    ...(b && !b.ok ? { baselineProblem: `the baseline KPI cannot be computed: ${b.reason}` } : {}),
    interval: (bValue, cValue, confidence) => kpiIntervalOf(kpi, constants, input, bValue, cValue, confidence, c, b),
    extra,
  }
  const checks: Check[] = []
  checkMetric(kpi.gate, gateRules(kpi.gate), kpi.name, input, checks, subject)
  return kpi.unit === undefined ? checks : checks.map((check) => inUnits(check, kpi.unit as Unit, kpi.gate.better))
}

/** A KPI check's message in the KPI's unit: `rose $15,020 (+18%) from $83,880 to $98,900; the limit is $88,074`. */
function inUnits(check: Check, unit: Unit, better: GateRule['better']): Check {
  const { candidate: c, baseline: b, limit } = check
  if (
    typeof c !== 'number' ||
    !(check.status === 'pass' || check.status === 'fail' || check.status === 'warn' || check.status === 'inconclusive')
  )
    return check
  const limitText = limit !== undefined ? formatInUnit(limit, unit) : undefined
  const s = check.statistics
  const interval = s
    ? `; the ${formatNumber(s.confidence * 100)}% interval of the ${worseVerb(better)} is ${formatDeltaInUnit(s.interval[0], unit)} to ${formatDeltaInUnit(s.interval[1], unit)}`
    : ''
  if (check.ruleKey === 'min' || check.ruleKey === 'max') {
    const within = check.status === 'pass'
    const word =
      check.ruleKey === 'min'
        ? within
          ? 'meets the floor'
          : 'is below the floor'
        : within
          ? 'is within the ceiling'
          : 'is above the ceiling'
    return { ...check, message: `${formatInUnit(c, unit)} ${word} ${limitText ?? ''}`.trim() }
  }
  if (typeof b !== 'number') return check
  const relative = formatRelativeChange(c, b)
  const moved =
    c === b
      ? `unchanged at ${formatInUnit(c, unit)}`
      : `${c > b ? 'rose' : 'dropped'} ${formatInUnit(Math.abs(c - b), unit)}${relative ? ` (${relative})` : ''} from ${formatInUnit(b, unit)} to ${formatInUnit(c, unit)}`
  const verdict = check.status === 'inconclusive' ? ', inconclusive' : ''
  return { ...check, message: `${moved}; the limit is ${limitText ?? 'the baseline'}${interval}${verdict}` }
}

function kpiIntervalOf(
  kpi: KpiDefinition,
  constants: ReadonlyMap<string, number>,
  input: EvaluateInput,
  b: number,
  c: number,
  confidence: number,
  cValue: KpiValue,
  bValue: KpiValue | undefined,
): IntervalResult {
  if (!cValue.ok || !bValue?.ok || input.baseline === undefined) return { ok: false, reason: 'the KPI has no value on both sides' }
  const seC = kpiStandardError(kpi.formula, kpi.names, lookupIn(constants, input.candidate), input.candidate, confidence)
  const seB = kpiStandardError(kpi.formula, kpi.names, lookupIn(constants, input.baseline), input.baseline, confidence)
  if ('missing' in seC) return { ok: false, reason: `the candidate's \`${seC.missing}\` has no n, stderr or ci` }
  if ('missing' in seB) return { ok: false, reason: `the baseline's \`${seB.missing}\` has no n, stderr or ci` }
  const w = kpi.gate.better === 'higher' ? b - c : c - b
  return { ok: true, statistics: kpiInterval(w, seB.se, seC.se, confidence) }
}

/** What a gate's rules are applied to when it is not simply a metric of the files (a KPI). */
interface Subject {
  kind?: CheckKind
  candidate?: Metric
  baseline?: Metric
  /** Why the candidate value cannot be used, overriding the metric's own description. */
  unusable?: string
  baselineProblem?: string
  interval?: (b: number, c: number, confidence: number) => IntervalResult
  extra?: Partial<Check>
}

/**
 * Appends the checks of one metric (or KPI) under one gate to `out`: one per rule (`rules`, the
 * gate's, read once per gate), or one saying why there are none.
 */
function checkMetric(
  gate: GateRule,
  rules: readonly GateRuleKind[],
  name: string,
  input: EvaluateInput,
  out: Check[],
  subject?: Subject,
): void {
  const candidate = subject ? subject.candidate : input.candidate.get(name)
  const baseline = subject ? subject.baseline : input.baseline?.get(name)
  const b = numberOrNull(baseline)

  // `value: null` (lm-eval's `N/A`) is no value: the metric is missing, not a non-number.
  if (candidate === undefined || candidate.value === null) {
    const had = b !== null ? ` (the baseline has ${formatNumber(b)})` : ''
    const noValue = candidate !== undefined
    const suggestions = isWildcard(gate.pattern) || noValue ? [] : closestAll(name, input.candidate.keys())
    const meant = suggestions.length ? `; did you mean ${suggestions.map((s) => `\`${s}\``).join(' or ')}?` : ''
    out.push({
      ...base(gate, name, b),
      id: `threshold:${name}:present`,
      kind: 'threshold',
      status: missingStatus(gate),
      candidate: null,
      ruleKey: 'present',
      rule: presenceWords(gate),
      message: `${noValue ? 'has no value (N/A) in' : 'missing from'} ${candidateFile(input)}${had}${meant}${notRequired(gate)}`,
      ...(suggestions.length
        ? { fix: `rename the gate to \`${suggestions[0]}\` in the policy, or make the eval step write \`${name}\`` }
        : {}),
    })
    return
  }

  const c = numberOrNull(candidate)
  const direction = directionOf(gate.betterFrom === 'default' ? undefined : gate.better, candidate, baseline)
  const better = direction.better
  const fromFile = direction.from === 'metrics file'
  // Said only where the file changes the default (higher is better): a file that agrees adds nothing.
  const inWords = direction.from === 'metrics file' && better !== 'higher' ? ` (${better} is better, from the metrics file)` : ''
  const kpi = subject?.kind === 'kpi'
  if (gate.minN !== undefined && candidate.n !== undefined && candidate.n < gate.minN) {
    out.push({
      ...base(gate, name, b),
      ...subject?.extra,
      id: `${kpi ? 'kpi' : 'threshold'}:${name}:min_n`,
      kind: subject?.kind ?? 'threshold',
      status: 'skip',
      candidate: c,
      ruleKey: 'min_n',
      rule: `n at least ${gate.minN}`,
      message: `skipped: n = ${candidate.n} is below min_n ${gate.minN}, too few examples to judge`,
    })
    return
  }
  for (const rule of rules) {
    const { kind, spec } = rule
    // A rule's own judgement (most checks) is copied into the check as `judged` would give it;
    // the other outcomes are built whole.
    let judgement: RuleJudgement | undefined
    let outcome: Outcome | undefined
    if (c === null) outcome = unusable(gate, candidate, subject?.unusable)
    else if (kind.scope === 'threshold') judgement = kind.check(spec, c)
    else if (b === null)
      outcome = withoutBaseline(gate, subject?.baselineProblem ?? baselineProblemOf(name, baseline, input), input.model.baseline.missing)
    else if (gate.statistics === undefined) judgement = kind.check(spec, c, b, better)
    else
      outcome = statistical(gate, kind, spec, c, b, judged(gate, kind.check(spec, c, b, better)), () => {
        const settings = gate.statistics as { confidence: number }
        if (subject?.interval) return subject.interval(b, c, settings.confidence)
        return metricInterval(baseline as Metric, candidate, b, c, better, settings.confidence, input.pairedIntervals?.get(name))
      })
    const id = `${kpi ? 'kpi:' : rule.id.prefix}${name}${rule.id.suffix}`
    const words = kind.scope === 'baseline' ? `${ruleWords(rule, better)}${inWords}` : ruleWords(rule, better)
    // The keys in the order `{ ...base, ...subject?.extra, id, kind, candidate, ruleKey, rule, ...fromFile, ...outcome }`
    // gives them, without the intermediate objects: thousands of checks are built per run.
    const check = { metric: name, severity: gate.severity, baseline: b, gate: gate.pattern } as Check
    if (gate.location !== undefined) check.location = gate.location
    if (subject?.extra) Object.assign(check, subject.extra)
    check.id = id
    check.kind = subject?.kind ?? kind.scope
    check.candidate = c
    check.ruleKey = kind.key
    check.rule = words
    if (fromFile) {
      check.better = better
      check.betterFrom = 'metrics file'
    }
    const result = judgement ?? (outcome as Outcome)
    check.status = judgement ? (judgement.passed ? 'pass' : failStatus(gate)) : (outcome as Outcome).status
    check.message = result.message
    if (result.limit !== undefined) check.limit = result.limit
    if (result.worsening !== undefined) check.worsening = result.worsening
    if (outcome?.statistics !== undefined) check.statistics = outcome.statistics
    if (outcome?.severity !== undefined) check.severity = outcome.severity
    if (outcome?.note !== undefined) check.note = outcome.note
    out.push(check)
  }
}

/** The fields every check of a gate's metric starts with, for the checks that are not a rule's. */
function base(gate: GateRule, name: string, b: number | null): Pick<Check, 'metric' | 'severity' | 'baseline' | 'gate' | 'location'> {
  return { metric: name, severity: gate.severity, baseline: b, ...origin(gate) }
}

/** A rule of a gate, with its words for each direction once they are asked for. */
interface GateRuleKind {
  kind: RuleKind
  spec: unknown
  words: Partial<Record<Better, string>>
  /** `scope:` and `:key`, the parts of its checks' ids around the metric name. */
  id: IdParts
}

interface IdParts {
  prefix: string
  suffix: string
}

/** The id parts of each rule kind, made once: an id is then two concatenations. */
const idParts = new Map<RuleKind, IdParts>()

function idPartsOf(kind: RuleKind): IdParts {
  let parts = idParts.get(kind)
  if (parts === undefined) {
    parts = { prefix: `${kind.scope}:`, suffix: `:${kind.key}` }
    idParts.set(kind, parts)
  }
  return parts
}

/** The rules of each gate, read once: a wildcard gate applies them to every metric it matches. */
const rulesByGate = new WeakMap<GateRule, GateRuleKind[]>()

function gateRules(gate: GateRule): GateRuleKind[] {
  let rules = rulesByGate.get(gate)
  if (rules === undefined) {
    rules = rulesOf(gate).map(({ kind, spec }) => ({ kind, spec, words: {}, id: idPartsOf(kind) }))
    rulesByGate.set(gate, rules)
  }
  return rules
}

function ruleWords(rule: GateRuleKind, better: Better): string {
  return (rule.words[better] ??= rule.kind.words(rule.spec as never, better))
}

type Outcome = Pick<Check, 'status' | 'message' | 'limit' | 'worsening' | 'statistics' | 'note'> & Partial<Pick<Check, 'severity'>>

/**
 * A baseline rule under `statistics:`: the point judgment replaced by the decision on the
 * interval for w (pass, fail, or inconclusive), or kept with a note saying why there is no
 * interval. An inconclusive check has severity `block` only with `inconclusive: block` on a
 * blocking gate, so `blocksMerge` decides alone.
 */
function statistical(
  gate: GateRule,
  kind: BaselineKindLike,
  spec: unknown,
  c: number,
  b: number,
  point: Outcome,
  interval: () => IntervalResult,
): Outcome {
  const settings = gate.statistics
  if (settings === undefined) return point
  const found = interval()
  if (!found.ok) return { ...point, note: `Decided on the point value: no interval (${found.reason}).` }
  const stats = found.statistics
  const decision = decideBounds(stats.interval, kind.bounds(spec, b))
  const [lo, hi] = stats.interval
  const level = `${formatNumber(stats.confidence * 100)}%`
  const range = `the ${level} interval of the ${worseVerb(gate.better)} is [${formatNumber(lo, 3)}, ${formatNumber(hi, 3)}]`
  const verdict =
    decision === 'pass' ? 'within the tolerance' : decision === 'fail' ? 'beyond the tolerance' : 'straddles the tolerance: inconclusive'
  const outcome: Outcome = { ...point, statistics: stats, message: `${point.message}; ${range}, ${verdict}` }
  if (decision === 'pass') outcome.status = 'pass'
  else if (decision === 'fail') outcome.status = failStatus(gate)
  else {
    outcome.status = 'inconclusive'
    outcome.severity = gate.severity === 'block' && settings.inconclusive === 'block' ? 'block' : 'warn'
    outcome.note =
      settings.inconclusive === 'block'
        ? 'An inconclusive result blocks (`statistics.inconclusive: block`): measure on more examples.'
        : 'An inconclusive result is shown and never blocks (`statistics.inconclusive: warn`).'
  }
  return outcome
}

type BaselineKindLike = Extract<RuleKind, { scope: 'baseline' }>

function judged(gate: GateRule, result: RuleJudgement): Outcome {
  const outcome: Outcome = { status: result.passed ? 'pass' : failStatus(gate), message: result.message }
  if (result.limit !== undefined) outcome.limit = result.limit
  if (result.worsening !== undefined) outcome.worsening = result.worsening
  return outcome
}

/** A candidate value that is not a finite number fails every check of its metric. */
function unusable(gate: GateRule, candidate: Metric, reason?: string): Outcome {
  if (reason !== undefined) return { status: failStatus(gate), message: reason }
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
  return gate.location === undefined ? { gate: gate.pattern } : { gate: gate.pattern, location: gate.location }
}

/** Two gates can reach the same metric and rule; the later check's id names its gate. */
function withUniqueId(check: Check, ids: Set<string>): Check {
  // One look-up per check: the set grows unless the id is already there.
  const size = ids.size
  ids.add(check.id)
  if (ids.size > size) return check
  const id = `${check.id}@${check.gate ?? ''}`
  ids.add(id)
  return { ...check, id }
}
