/**
 * The shapes that flow through model-gate. Everything here is plain data: the core functions
 * that take and return these types do no I/O and read no clock.
 */
import type { OverridePolicy, OverrideSummary } from './override.js'
import type { PredictionsSummary } from './predictions/summary.js'
import type { RuleSpecs } from './rules/index.js'
import type { FairnessPolicy, FairnessView, KpiDefinition, StatisticsSettings, CheckStatistics } from './statistics-types.js'

export type { FairnessPolicy, FairnessView, KpiDefinition, StatisticsSettings, CheckStatistics } from './statistics-types.js'

export type Verdict = 'approved' | 'blocked' | 'error'
export type Mode = 'enforce' | 'advisory'
/** `inconclusive`: a statistical baseline rule whose interval straddles the tolerance (see `statistics`). */
export type Status = 'pass' | 'fail' | 'warn' | 'skip' | 'not_evaluated' | 'inconclusive'
export type Severity = 'block' | 'warn'
export type Better = 'higher' | 'lower'
export type CheckKind = 'threshold' | 'baseline' | 'declaration' | 'policy' | 'kpi' | 'fairness'

/** A place in a file, for messages and annotations. Lines and columns are 1-based. */
export interface Location {
  file: string
  line?: number
  column?: number
}

/**
 * One metric leaf. `value` is whatever the file held: a number (possibly NaN or ±Infinity, which
 * Python's json module writes) or another scalar, which fails any check that gates it.
 */
export interface Metric {
  value: number | string | boolean | null
  n?: number
  stderr?: number
  ci?: [number, number]
  unit?: string
  /** The direction the metrics file itself declares (lm-eval's `higher_is_better`), for gates that do not say. */
  better?: Better
}

/** Flattened metric name (dot path, literal dots escaped as `\.`) → metric. A Map: no prototype. */
export type Metrics = Map<string, Metric>

/** A threshold amount: a plain number is in the metric's own unit, a percentage is of |baseline|. */
export type Amount = { kind: 'absolute'; value: number } | { kind: 'relative'; percent: number }

/** One entry of `gates:` after validation, with defaults applied. */
export interface GateRule {
  /** The key as written in the policy: a metric path, possibly with `*` segments. */
  pattern: string
  better: Better
  /**
   * `default`: the policy does not say `better:` (then `better` is `higher`, and the metrics file's
   * own direction, e.g. lm-eval's `higher_is_better`, wins at evaluation). Absent: written in the policy.
   */
  betterFrom?: 'default'
  /** The gate's rules by policy key (the rule registry, `core/rules/`, defines each). */
  rules: RuleSpecs
  severity: Severity
  required: boolean
  description?: string
  /** Where the gate is written in the policy file. */
  location?: Location
  /** The statistics its baseline rules decide with (the policy's, its own, or none: `statistics: false`). */
  statistics?: StatisticsSettings
  /** On a wildcard gate: a metric whose `n` is below this is skipped with a note. */
  minN?: number
}

export interface BaselineSettings {
  source: 'base' | 'file' | 'none'
  /** With `source: base` the candidate metrics path; with `source: file` the configured path. */
  file: string
  missing: 'warn' | 'fail'
}

export interface DeclarationSettings {
  file: string
  /** Sections that must be present and sound: privacy, ownership, maintenance, governance, ... */
  require: string[]
  /** A repository-local JSON Schema with the repository's own rules (read at the base commit). */
  schema?: string
  /** Block when `ownership.review.last_reviewed` is older than this many days. */
  maxReviewAgeDays?: number
  /** Every owner handle must appear in CODEOWNERS (read at the base commit) for the card's path. */
  codeowners?: boolean
}

/** The declarations at a glance, for the comment: what legal and operations look for first. */
export interface DeclarationSummary {
  file: string
  personalData?: boolean
  regulations: string[]
  legalBasis: string[]
  anonymisation?: string
  specialCategories: string[]
  owners: string[]
  team?: string
  onCall?: string
  lastReviewed?: string
  nextReview?: string
}

/** `predictions:` of the policy: per-example predictions the gate recomputes metrics from. */
export interface PredictionSettings {
  /** The candidate's predictions, read from the workspace. */
  file: string
  /** The baseline's predictions, read at the base commit (default: `file`). */
  baselineFile: string
  task: 'binary' | 'regression'
  /** Binary: `score >= threshold` is the positive class (default 0.5). */
  threshold: number
}

/** The policy for one model. A single-model policy yields one of these named `default`. */
export interface ModelPolicy {
  name: string
  metricsFile: string
  /** `metrics.format`: the metrics format that reads the file (auto-detected when absent). */
  metricsFormat?: string
  /** `paths:` globs of further files whose change makes `changed_only` gate this model. */
  paths?: string[]
  baseline: BaselineSettings
  gates: GateRule[]
  declarations?: DeclarationSettings
  predictions?: PredictionSettings
  /** Named numbers the KPI formulas may use. */
  constants?: Map<string, number>
  /** Business KPIs computed from the metrics, each gated like a metric. */
  kpis?: KpiDefinition[]
  /** Fairness rules over the metrics a wildcard pattern matches. */
  fairness?: FairnessPolicy[]
}

/** The policy's `history:` section, defaults applied: where merged runs are recorded, how many the comment shows. */
export interface HistorySettings {
  /** The data branch (default `model-gate-data`), created as an orphan branch on first use. */
  branch: string
  /** The JSON Lines file on it (default `history.jsonl`). */
  path: string
  /** Entries kept per model, oldest dropped (default 500). */
  keep: number
  /** Merged values the PR comment shows per series (default 20). */
  trend: number
}

/** The policy's `monitoring:` section, defaults applied: what a scheduled run checks on the default branch. */
export interface MonitoringSettings {
  /** Production metrics written by an export job; checked against the gates' floors and ceilings. */
  file?: string
  /** A review due within this many days warns (default 30); an overdue one fails. */
  reviewWarningDays: number
}

export interface Policy {
  version: 1
  mode: Mode
  models: ModelPolicy[]
  /** True when the file used `models:` (several named models) rather than the top-level form. */
  multiModel: boolean
  /** The `override:` section (docs/oversight.md); undefined: no overrides. */
  override?: OverridePolicy
  /** `changed_only: true`: a pull request gates only the models whose files it touches. */
  changedOnly?: boolean
  /** Present when the policy has a `history:` section: merged runs are recorded and PR comments show trends. */
  history?: HistorySettings
  /** Present when the policy has a `monitoring:` section. */
  monitoring?: MonitoringSettings
}

/** A parsed declarations document (model card front matter, or a YAML/JSON file). */
export interface DeclarationsDoc {
  file: string
  data: unknown
  /** The 1-based line of a dot path inside the document (e.g. `ownership.on_call`), if known. */
  lineOf: (path: string) => number | undefined
  /** The plain scalar at a dot path as written in the file (`0.80`, not 0.8), if known. */
  valueText?: (path: string) => string | undefined
}

export interface Check {
  /** Stable identifier, e.g. `threshold:accuracy:min`, `baseline:accuracy:max_regression`. */
  id: string
  kind: CheckKind
  metric?: string
  status: Status
  severity: Severity
  candidate?: number | null
  baseline?: number | null
  /** The rule's policy key (`min`, `max_regression`, ...) or `present` for a presence check. */
  ruleKey?: string
  /** Set when the direction came from the metrics file (the gate has no `better:`): the direction used. */
  better?: Better
  /** Where `better` came from: only `metrics file` is recorded (the policy and the default are not news). */
  betterFrom?: 'metrics file'
  /** The rule in words, e.g. `at least 0.9`, `may drop at most 0.5%`. */
  rule: string
  /** The value in the metric's unit the candidate was held to: the floor, the ceiling, b − allowed drop. */
  limit?: number
  /** w, how much worse the candidate is than the baseline (negative: better), for baseline rules. */
  worsening?: number
  /** What happened, in words; it does not repeat the location or the fix, which have their own fields. */
  message: string
  /** How to fix it, in words, when the check knows. */
  fix?: string
  /** A remark after the fix, e.g. that the section is advisory because the policy does not require it. */
  note?: string
  /** For a declaration: the field's dot path (`ownership.on_call`) or section the check is about. */
  field?: string
  /** The policy gate (pattern) this check came from. */
  gate?: string
  location?: Location
  /** For a statistical baseline rule: the interval for w it decided on. */
  statistics?: CheckStatistics
  /** For a KPI check: the KPI's unit as written (`USD`, `percent`, `ms`, a word). */
  unit?: string
  /** For a KPI check: what the KPI means. */
  description?: string
  /** For a fairness check: the slices compared, the best and the worst, the gap, the skipped. */
  fairness?: FairnessView
}

/** Where an input was read from. */
export interface Provenance {
  /** `base`: the PR's base commit; `workspace`: the checkout; `ref`: a git ref (CLI); `none`. */
  source: 'base' | 'workspace' | 'ref' | 'none'
  path?: string
  /** The commit the file was read at, when known. */
  sha?: string
  /** A human note, e.g. "the base commit has no policy yet; the workspace copy was used". */
  note?: string
}

/** One difference between the base policy and the PR's copy of it. */
export interface PolicyChange {
  /** The gate pattern, or a top-level setting path such as `mode` or `baseline.missing`. */
  target: string
  field: string
  from?: unknown
  to?: unknown
  effect: 'loosens' | 'tightens' | 'changes'
  /** The change in words, without the target: "min lowered from 0.9 to 0.8". */
  words: string
  /** The target and the change in words, e.g. "`accuracy`: min lowered from 0.9 to 0.8". */
  description: string
}

/** A problem that stops evaluation (bad policy, unreadable metrics): the verdict becomes `error`. */
export interface GateProblem extends Location {
  message: string
  /** How to fix it, in words. */
  fix?: string
}

export interface Evaluation {
  model: string
  verdict: Verdict
  mode: Mode
  checks: Check[]
  /** Problems that made the verdict `error`; empty otherwise. */
  problems: GateProblem[]
  policy: Provenance
  baseline: Provenance
  candidate: Provenance
  policyChanges: PolicyChange[]
  /** The declarations at a glance, when the policy has a `declarations` section and the file parsed. */
  declarations?: DeclarationSummary
  /** Metrics recomputed from per-example predictions, flips and paired comparisons (`predictions:`). */
  predictions?: PredictionsSummary
}

/** The result of one run: one evaluation per gated model, and the combined verdict. */
export interface GateResult {
  verdict: Verdict
  mode: Mode
  evaluations: Evaluation[]
  /** The `model` key the run was for: a model name, `default`, or `all`. */
  modelKey: string
  headSha?: string
  baseSha?: string
  policyPath: string
  /** The trusted policy the run was judged by (not part of the report); undefined when it could not be read (or from a report). */
  policy?: Policy
  /** The override (docs/oversight.md), when the PR carries the policy's override label. */
  override?: OverrideSummary
  /** Models `changed_only: true` did not gate, with the reason. */
  skipped?: Array<{ model: string; reason: string }>
  /** Remarks on the run as a whole (e.g. `changed_only` could not list the PR's files). */
  notes?: string[]
}
