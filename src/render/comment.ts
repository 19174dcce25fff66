/**
 * The PR comment and the job summary: verdict first, then what blocks, the table of metrics,
 * declarations, policy changes, where the inputs were read, and what to do next.
 */
import type { Check, Evaluation, GateProblem, GateResult, PolicyChange, Provenance, Status, Verdict } from '../core/types.js'
import { declarationFix, declarationSummaryItems, declarationsBlock } from './declarations.js'
import {
  PRIORITY,
  blocksOf,
  docMarkdown,
  linesBlock,
  textBlock,
  type BlockOutput,
  type CommentDoc,
  type DocBlock,
  type TableBlock,
} from './doc.js'
import { cell, code, inline, prose } from './escape.js'
import { formatChange, formatDistinct, formatMovement, shortSha } from './format.js'
import { markerFor } from '../core/marker.js'
import { OVERRIDE_SECTION } from './sections/override.js'
import { skippedBlock } from './skipped.js'
import { flipsSection } from './sections/flips.js'
import { ruleKind } from '../core/rules/index.js'
import { blocksMerge } from '../core/verdict.js'
import { plural } from '../core/words.js'
import { trendCharts, trendHeadline, type TrendContext } from './sections/trend.js'
import { ICON, RANK, STATUS_WORDS, blockingRows, checksOfKind, metricRows, rowValues, shownStatus, type Row } from './rows.js'
import { FAIRNESS_SECTION, fairnessRows, fairnessSummaryItems } from './sections/fairness.js'
import { KPI_SECTION, kpiRows, kpiSummaryItems } from './sections/kpis.js'
import { intervalWords, worseWord } from './statistics.js'

/** What the renderer needs besides the result: the policy path and optional links. */
export interface RenderContext {
  policyPath: string
  /** The workflow run, linked at the end. */
  runUrl?: string
  /** The repository (e.g. `https://github.com/o/r`), to link commit SHAs. */
  repoUrl?: string
  /** The merge history, for the trend sections (pull requests of a policy with `history:`). */
  history?: TrendContext
}

const VERDICT_ICON: Record<Verdict, string> = { approved: '✅', blocked: '❌', error: '⚠️' }
const SUMMARY_ITEMS = 4
const NOTE_LINES = 8
const LISTED_NAMES = 5
/** Table rows shown; the rest (the passing end, as rows run failing first) is counted below it. */
const TABLE_ROWS = 40

const ADVISORY_LINE: Record<Verdict, string> = {
  approved: '**Advisory mode:** nothing was enforced; in enforce mode this change would also pass.',
  blocked: '**Advisory mode:** this result did not fail the check; in enforce mode it would have blocked the merge.',
  error: '**Advisory mode:** this result did not fail the check; in enforce mode this error would have blocked the merge.',
}

/** A metric row with its numbers formatted once, for the table and the summary line alike. */
export interface MetricView {
  row: Row
  candidate?: number
  baseline?: number
  candidateText: string
  baselineText: string
  change: string
}

/**
 * The PR comment as a document: the marker line, then the blocks of the body with the priorities
 * the fitter (src/render/truncate.ts) keeps them by.
 */
export function renderCommentDoc(result: GateResult, ctx: RenderContext): CommentDoc {
  return { marker: markerFor(result.modelKey, result.headSha), blocks: bodyBlocks(result, ctx) }
}

/** The job summary as a document: the same blocks as the comment, without the marker. */
export function renderSummaryDoc(result: GateResult, ctx: RenderContext): CommentDoc {
  return { blocks: bodyBlocks(result, ctx) }
}

/** The full PR comment: the marker line, then the body. */
export function renderComment(result: GateResult, ctx: RenderContext): string {
  return docMarkdown(renderCommentDoc(result, ctx))
}

/** The job summary: the same content as the comment, without the marker. */
export function renderSummary(result: GateResult, ctx: RenderContext): string {
  return docMarkdown(renderSummaryDoc(result, ctx))
}

function bodyBlocks(result: GateResult, ctx: RenderContext): DocBlock[] {
  const out: Array<DocBlock | undefined> = [textBlock(heading(result), PRIORITY.verdict)]
  if (result.mode === 'advisory') out.push(textBlock(ADVISORY_LINE[result.verdict], PRIORITY.lead))
  out.push(textBlock(skippedBlock(result), PRIORITY.lead))
  const changes = policyChangesBlock(result.evaluations.flatMap((ev) => ev.policyChanges))
  const [single] = result.evaluations
  if (result.evaluations.length === 0) {
    out.push(result.skipped?.length ? undefined : textBlock('No model was evaluated.', PRIORITY.lead), changes)
  } else if (result.evaluations.length === 1 && single) {
    out.push(...evaluationBlocks(single, result, ctx, changes))
  } else {
    for (const ev of result.evaluations) {
      out.push({
        kind: 'section',
        heading: `### ${VERDICT_ICON[ev.verdict]} model ${code(ev.model)}: ${ev.verdict} — ${outcome(ev)}`,
        blocks: evaluationBlocks(ev, result, ctx, undefined),
      })
    }
    out.push(changes)
  }
  out.push(...nextSteps(result, ctx).map((step) => textBlock(step)))
  const run = safeUrl(ctx.runUrl)
  if (run) out.push(textBlock(`[Run log](<${run}>)`))
  return out.filter((block): block is DocBlock => block !== undefined)
}

/**
 * The short outcome after the verdict word, counted in what the reader sees below it: rows of the
 * metrics table, checks of the declarations table, blocking policy problems. `2 of 9 metrics fail`.
 */
function outcome(ev: Evaluation): string {
  if (ev.verdict === 'error') return 'the gate could not be evaluated'
  const kpis = kpiRows(ev.checks)
  const fairness = fairnessRows(ev.checks)
  const rows = metricRows(ev.checks)
  const declarations = checksOfKind(ev.checks, 'declaration')
  const policyBlocks = checksOfKind(ev.checks, 'policy').filter(blocksMerge).length
  const fails = (n: number): string => (n === 1 ? 'fails' : 'fail')
  if (ev.verdict === 'blocked') {
    const failedRows = blockingRows(rows).length
    const failedDeclarations = declarations.filter(blocksMerge).length
    const failedKpis = blockingRows(kpis).length
    const failedFairness = blockingRows(fairness).length
    return [
      failedKpis ? `${failedKpis} of ${plural(kpis.length, 'KPI')} ${fails(failedKpis)}` : '',
      failedRows ? `${failedRows} of ${plural(rows.length, 'metric')} ${fails(failedRows)}` : '',
      failedFairness ? `${failedFairness} of ${plural(fairness.length, 'fairness rule')} ${fails(failedFairness)}` : '',
      failedDeclarations ? `${failedDeclarations} of ${plural(declarations.length, 'declaration check')} ${fails(failedDeclarations)}` : '',
      policyBlocks ? `${plural(policyBlocks, 'policy problem')}` : '',
    ]
      .filter(Boolean)
      .join('; ')
  }
  if (rows.length === 0 && declarations.length === 0 && kpis.length === 0 && fairness.length === 0) return 'no checks are configured'
  const tally = (status: Status): number => rows.filter((row) => row.status === status).length
  const fairnessPasses = fairness.filter((row) => row.status === 'pass').length
  const kpiPasses = kpis.filter((row) => row.status === 'pass').length
  const kpiOther = kpis.length - kpiPasses
  const declarationWarnings = declarations.filter((c) => shownStatus(c) === 'warn').length
  return [
    kpiPasses ? plural(kpiPasses, 'KPI passes', 'KPIs pass') : '',
    kpiOther ? plural(kpiOther, 'KPI to review', 'KPIs to review') : '',
    tally('pass') ? plural(tally('pass'), 'metric passes', 'metrics pass') : '',
    fairnessPasses ? plural(fairnessPasses, 'fairness rule passes', 'fairness rules pass') : '',
    tally('inconclusive') ? `${tally('inconclusive')} inconclusive` : '',
    tally('warn') ? plural(tally('warn'), 'metric warning') : '',
    tally('not_evaluated') ? `${tally('not_evaluated')} not evaluated` : '',
    tally('skip') ? `${tally('skip')} skipped` : '',
    declarations.length ? (declarationWarnings ? plural(declarationWarnings, 'declaration warning') : 'declarations sound') : '',
  ]
    .filter(Boolean)
    .join(', ')
}

function modelsOutcome(evaluations: readonly Evaluation[]): string {
  const n = evaluations.length
  if (n === 0) return 'no model was gated'
  const errors = evaluations.filter((ev) => ev.verdict === 'error').length
  const blocked = evaluations.filter((ev) => ev.verdict === 'blocked').length
  if (errors) return `${errors} of ${n} models could not be evaluated${blocked ? `, ${blocked} blocked` : ''}`
  if (blocked) return `${blocked} of ${n} models blocked`
  return `all ${n} models approved`
}

function heading(result: GateResult): string {
  const [single] = result.evaluations
  const one = result.evaluations.length === 1 ? single : undefined
  const name = one && one.model !== 'default' ? ` ${code(one.model)}` : ''
  const advisory = result.mode === 'advisory' ? ' (advisory: not enforced)' : ''
  const detail =
    result.verdict === 'error' && (one || result.evaluations.length === 0)
      ? 'the gate could not be evaluated'
      : one
        ? outcome(one)
        : modelsOutcome(result.evaluations)
  const overridden = result.override?.overridden ? ' (overridden)' : ''
  const by = result.override?.overridden && result.override.record ? `, waived by ${inline(result.override.record.by)}` : ''
  return `## ${VERDICT_ICON[result.verdict]} model-gate${name}: ${result.verdict}${overridden}${advisory} — ${detail}${by}`
}

/** What a comment section renders from: one model's evaluation, in the context of the run. */
export interface SectionInput {
  ev: Evaluation
  result: GateResult
  ctx: RenderContext
  /** The metric rows of the evaluation, numbers formatted once. */
  views: readonly MetricView[]
  /** The policy changes block, placed in the model's sections when there is one model. */
  changes: DocBlock | undefined
}

/**
 * One section of a model's part of the comment: Markdown (one block, kept or left out whole, of
 * priority `rest`), blocks (with their priorities, see src/render/doc.ts), or undefined when it
 * has nothing to say.
 */
export interface CommentSection {
  id: string
  render(input: SectionInput): BlockOutput
}

/**
 * The sections of one model's part of the comment, in the order they are shown. A new section is
 * one module exporting a CommentSection, listed here where it belongs.
 */
export const SECTIONS: readonly CommentSection[] = [
  { id: 'problems', render: ({ ev }) => problemsBlock(ev.problems) },
  KPI_SECTION,
  { id: 'summary', render: ({ ev, views }) => textBlock(summaryLine(ev, views), PRIORITY.lead) },
  trendHeadline,
  OVERRIDE_SECTION,
  { id: 'metrics', render: ({ ev, views, result }) => (views.length ? metricTable(views, ev, result) : undefined) },
  FAIRNESS_SECTION,
  { id: 'notes', render: ({ ev, views }) => notesBlock(ev, views) },
  trendCharts,
  flipsSection,
  { id: 'declarations', render: ({ ev }) => declarationsBlock(ev) },
  { id: 'policy-changes', render: ({ changes }) => changes },
  { id: 'provenance', render: ({ ev, ctx }) => provenanceLine(ev, ctx) },
]

function evaluationBlocks(ev: Evaluation, result: GateResult, ctx: RenderContext, changes: DocBlock | undefined): DocBlock[] {
  const input: SectionInput = { ev, result, ctx, views: viewsOf(metricRows(ev.checks)), changes }
  return SECTIONS.flatMap((section) => blocksOf(section.render(input)))
}

function finite(value: number | null | undefined): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/**
 * A metric row's view, its numbers formatted when first read: the table shows TABLE_ROWS rows
 * and the summary line the failing ones, so the passing rows of a large run are never formatted.
 */
class RowView implements MetricView {
  private values?: { candidate?: number; baseline?: number }
  private texts?: readonly [string, string]
  private changeText?: string

  constructor(readonly row: Row) {}

  get candidate(): number | undefined {
    this.values ??= rowValues(this.row)
    return this.values.candidate
  }

  get baseline(): number | undefined {
    this.values ??= rowValues(this.row)
    return this.values.baseline
  }

  private formatted(): readonly [string, string] {
    if (this.texts === undefined) {
      const references = this.row.checks.map((c) => c.limit).filter(finite)
      const [candidateText = '—', baselineText = '—'] = formatDistinct([this.candidate, this.baseline], references)
      this.texts = [candidateText, baselineText]
    }
    return this.texts
  }

  get candidateText(): string {
    return this.formatted()[0]
  }

  get baselineText(): string {
    return this.formatted()[1]
  }

  get change(): string {
    this.changeText ??= formatChange(this.candidate, this.baseline)
    return this.changeText
  }
}

/** The views of metric rows, made once per rows array (the comment and the job summary share them). */
const viewCache = new WeakMap<readonly Row[], readonly MetricView[]>()

function viewsOf(rows: readonly Row[]): readonly MetricView[] {
  let views = viewCache.get(rows)
  if (views === undefined) {
    views = rows.map((row) => new RowView(row))
    viewCache.set(rows, views)
  }
  return views
}

/** `**subject**: message`, for a check whose numbers cannot tell what happened. */
function subjectMessage(subject: string, message: string): string {
  return `**${inline(subject)}**: ${prose(message)}`
}

function metricItem(view: MetricView, failing: readonly Check[]): string {
  const name = `**${inline(view.row.name)}**`
  const rules = failing.map((c) => inline(c.rule)).join('; ')
  const { candidate, baseline } = view
  if (failing.some((c) => c.kind === 'baseline') && candidate !== undefined && baseline !== undefined) {
    const verb = candidate < baseline ? 'dropped' : candidate > baseline ? 'rose' : 'did not change'
    const by = candidate === baseline ? '' : ` ${formatMovement(candidate, baseline)}`
    const notes = [...new Set(failing.flatMap((c) => ruleKindNote(c)))].map((note) => ` — ${prose(note)}`).join('')
    return `${name} ${verb}${by} (${view.baselineText} → ${view.candidateText}; ${rules})${notes}`
  }
  if (candidate !== undefined) return `${name} is ${view.candidateText} (${rules})`
  return subjectMessage(view.row.name, failing[0]?.message ?? '')
}

/** What a failing rule kind adds for the reader (max_improvement: why a large gain is suspect). */
function ruleKindNote(check: Check): string[] {
  const kind = check.ruleKey === undefined ? undefined : ruleKind(check.ruleKey)
  return kind?.scope === 'baseline' && kind.failureNote ? [kind.failureNote] : []
}

/**
 * The summary line's item for each metric row with a picked check, in row order. `picked` selects
 * only checks shown as `through` or worse, so the rows ranked after it (the passing end) are not looked at.
 */
function metricItems(views: readonly MetricView[], picked: (c: Check) => boolean, through: Status): string[] {
  const items: string[] = []
  for (const view of views) {
    if (RANK[view.row.status] > RANK[through]) break
    if (!view.row.checks.some(picked)) continue
    items.push(metricItem(view, view.row.checks.filter(picked)))
  }
  return items
}

function summaryItems(ev: Evaluation, views: readonly MetricView[], picked: (c: Check) => boolean, through: Status): string[] {
  return [
    ...kpiSummaryItems(ev.checks, picked),
    ...metricItems(views, picked, through),
    ...fairnessSummaryItems(ev.checks, picked),
    ...declarationSummaryItems(ev.checks, picked),
    ...checksOfKind(ev.checks, 'policy')
      .filter(picked)
      .map((c) => prose(c.message)),
  ]
}

function capped(items: readonly string[]): string {
  const rest = items.length - SUMMARY_ITEMS
  return items.slice(0, SUMMARY_ITEMS).join(' · ') + (rest > 0 ? ` · and ${rest} more` : '')
}

/** One line of what blocks (or, when nothing blocks, what warns). */
function summaryLine(ev: Evaluation, views: readonly MetricView[]): string | undefined {
  const blocking = summaryItems(ev, views, blocksMerge, 'inconclusive')
  if (blocking.length) return capped(blocking)
  const warnings = summaryItems(ev, views, (c) => shownStatus(c) === 'warn', 'warn')
  if (warnings.length) return `Warnings (not blocking): ${capped(warnings)}`
  return undefined
}

function where(p: GateProblem): string {
  const line = p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''
  return `${p.file}${line}`
}

function problemsBlock(problems: readonly GateProblem[]): DocBlock | undefined {
  if (problems.length === 0) return undefined
  const lines = problems.map((p) => `- ${code(where(p))} — ${prose(p.message)}${p.fix ? ` — fix: ${prose(p.fix)}` : ''}`)
  return linesBlock(['**Problems:**', ...lines], PRIORITY.lead)
}

function ruleCell(row: Row): string {
  const mixed = new Set(row.checks.map(shownStatus)).size > 1
  return row.checks
    .map((c) => {
      const status = shownStatus(c)
      const flags = new Set<string>()
      if (c.severity === 'warn' && status !== 'inconclusive') flags.add('warning')
      if (status === 'inconclusive') flags.add(blocksMerge(c) ? 'inconclusive, blocks' : 'inconclusive')
      else if (mixed && status !== 'pass') flags.add(c.status === 'fail' ? 'fails' : STATUS_WORDS[status])
      const interval = intervalWords(c, worseWord(c))
      return cell(c.rule) + (flags.size ? ` (${[...flags].join(', ')})` : '') + (interval ? ` · ${cell(interval)}` : '')
    })
    .join('; ')
}

/** The metrics table, its rows that block the merge of priority `failing`, and the count of rows it leaves out. */
function metricTable(views: readonly MetricView[], ev: Evaluation, result: GateResult): DocBlock[] {
  const baselineSha = ev.baseline.source !== 'none' ? ev.baseline.sha : undefined
  const candidateSha = ev.candidate.sha ?? result.headSha
  const label = (name: string, sha: string | undefined): string => (sha ? `${name} ${code(shortSha(sha))}` : name)
  const sameCommit = baselineSha !== undefined && baselineSha === candidateSha
  const candidateLabel =
    sameCommit && ev.candidate.source === 'workspace'
      ? `Candidate: workspace on ${code(shortSha(candidateSha))}`
      : label('Candidate', candidateSha)
  const table: TableBlock = {
    kind: 'table',
    header: [`| | Check | ${label('Baseline', baselineSha)} | ${candidateLabel} | Change | Rule |`, '|:-:|---|--:|--:|--:|---|'].join('\n'),
    rows: views.slice(0, TABLE_ROWS).map((v) => ({
      text: `| ${ICON[v.row.status]} | ${code(v.row.name)} | ${v.baselineText} | ${v.candidateText} | ${v.change} | ${ruleCell(v.row)} |`,
      priority: v.row.checks.some(blocksMerge) ? PRIORITY.failing : PRIORITY.rest,
    })),
  }
  const hidden = views.length - TABLE_ROWS
  if (hidden <= 0) return [table]
  let passing = 0
  for (let i = TABLE_ROWS; i < views.length; i++) if (views[i]!.row.status === 'pass') passing++
  return [table, { kind: 'text', text: `… and ${plural(hidden, 'more metric')} (${passing} passing) in the JSON report.` }]
}

/**
 * Why rows show no numbers to explain them (not evaluated, skipped, value missing), one line per
 * reason with the metrics it applies to, then notes about the policy.
 */
function notesBlock(ev: Evaluation, views: readonly MetricView[]): DocBlock | undefined {
  // Reasons in the order first seen, found by status then message (no key string made per check).
  type Reason = { status: Status; message: string; names: Set<string> }
  const reasons: Reason[] = []
  const byStatus = new Map<Status, Map<string, Reason>>()
  for (const view of views) {
    // A passing row's checks all pass, and passing rows come last.
    if (view.row.status === 'pass') break
    for (const c of view.row.checks) {
      const status = shownStatus(c)
      const numbersMissing = !finite(c.candidate) || (c.kind === 'baseline' && !finite(c.baseline))
      if (status === 'pass' || ((status === 'fail' || status === 'warn') && !numbersMissing)) continue
      let byMessage = byStatus.get(status)
      if (byMessage === undefined) byStatus.set(status, (byMessage = new Map()))
      let reason = byMessage.get(c.message)
      if (reason === undefined) {
        reason = { status, message: c.message, names: new Set<string>() }
        byMessage.set(c.message, reason)
        reasons.push(reason)
      }
      reason.names.add(view.row.name)
    }
  }
  const policy = checksOfKind(ev.checks, 'policy')
  // Only the lines shown are written; the rest are counted.
  const lines = reasons
    .slice(0, NOTE_LINES)
    .map(({ status, message, names }) =>
      status === 'not_evaluated'
        ? `- ${ICON[status]} ${listNames(names)}: ${STATUS_WORDS[status]}: ${prose(message)}`
        : `- ${ICON[status]} ${listNames(names)} (${STATUS_WORDS[status]}): ${prose(message)}`,
    )
  for (const c of policy.slice(0, NOTE_LINES - lines.length)) lines.push(`- ${ICON[shownStatus(c)]} ${prose(c.message)}`)
  const rest = reasons.length + policy.length - NOTE_LINES
  return linesBlock([...lines, ...(rest > 0 ? [`- … and ${rest} more in the JSON report`] : [])])
}

const EFFECT_ORDER: Record<PolicyChange['effect'], number> = { loosens: 0, changes: 1, tightens: 2 }

/** `` `target`: words ``, the target as a code span. */
function changeWords(change: PolicyChange): string {
  return `${code(change.target)}: ${prose(change.words)}`
}

function policyChangesBlock(changes: readonly PolicyChange[]): DocBlock | undefined {
  const lines = new Set(
    [...changes].sort((a, b) => EFFECT_ORDER[a.effect] - EFFECT_ORDER[b.effect]).map((c) => `- **${c.effect}** ${changeWords(c)}`),
  )
  if (lines.size === 0) return undefined
  return linesBlock(['**Policy changes in this PR** (apply after merge; the base policy decided this run):', ...lines])
}

function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s<>]+$/.test(url) ? url : undefined
}

function commitRef(sha: string, ctx: RenderContext): string {
  const repo = safeUrl(ctx.repoUrl)
  const short = code(shortSha(sha))
  return repo && /^[0-9a-f]{7,64}$/i.test(sha) ? `[${short}](<${repo.replace(/\/$/, '')}/commit/${sha}>)` : short
}

function describe(label: string, prov: Provenance, path: string | undefined, ctx: RenderContext): string {
  const file = path ? ` ${code(path)}` : ''
  const at = prov.sha ? commitRef(prov.sha, ctx) : undefined
  switch (prov.source) {
    case 'base':
      return `${label}${file} read at base ${at ?? 'commit'}`
    case 'workspace':
      return `${label}${file} read from the workspace${at ? ` at ${at}` : ''}`
    case 'ref':
      return `${label}${file} read at ${at ?? 'the given ref'}`
    case 'none':
      return `no ${label.toLowerCase()}`
  }
}

/** Where policy, baseline and candidate were read, with any notes about them. */
function provenanceLine(ev: Evaluation, ctx: RenderContext): string {
  const line = [
    describe('Policy', ev.policy, ev.policy.path ?? ctx.policyPath, ctx),
    describe('baseline', ev.baseline, ev.baseline.path, ctx),
    describe('candidate', ev.candidate, ev.candidate.path, ctx),
  ].join('; ')
  const notes = [...new Set([ev.policy.note, ev.baseline.note, ev.candidate.note])]
    .filter((n): n is string => Boolean(n))
    .map((n) => ` ${prose(`${n.charAt(0).toUpperCase()}${n.slice(1)}${/[.!?]$/.test(n) ? '' : '.'}`)}`)
  return `${line.charAt(0).toUpperCase()}${line.slice(1)}.${notes.join('')}`
}

function listNames(names: ReadonlySet<string>): string {
  const listed: string[] = []
  for (const name of names) {
    if (listed.length === LISTED_NAMES) break
    listed.push(code(name))
  }
  const rest = names.size - listed.length
  return listed.join(', ') + (rest > 0 ? ` and ${rest} more` : '')
}

/** Concrete fixes for the blocking failures of one evaluation. */
function fixItems(ev: Evaluation): string[] {
  const improve = new Set<string>()
  const write = new Set<string>()
  const other = new Set<string>()
  for (const row of blockingRows(metricRows(ev.checks))) {
    const failing = row.checks.filter(blocksMerge)
    const fixed = failing.find((c) => c.fix !== undefined)?.fix
    if (failing.every((c) => finite(c.candidate))) improve.add(row.name)
    else if (fixed !== undefined) other.add(prose(fixed))
    else write.add(row.name)
  }
  for (const row of [...blockingRows(kpiRows(ev.checks)), ...blockingRows(fairnessRows(ev.checks))]) improve.add(row.name)
  for (const c of checksOfKind(ev.checks, 'policy').filter(blocksMerge)) other.add(prose(c.message))
  const items: string[] = []
  if (improve.size) {
    items.push(`improve ${listNames(improve)} until ${improve.size === 1 ? 'it meets its rules' : 'they meet their rules'}`)
  }
  if (write.size) {
    const target = ev.candidate.path ? code(ev.candidate.path) : 'the metrics file'
    items.push(`make the eval step write ${listNames(write)} as ${write.size === 1 ? 'a number' : 'numbers'} to ${target}`)
  }
  const declarations = declarationFix(ev.checks, listNames)
  if (declarations) items.push(declarations)
  return [...items, ...other]
}

/** The fixes of every blocked model, prefixed with the model's name when there are several. */
function allFixes(result: GateResult): string[] {
  const several = result.evaluations.length > 1
  return result.evaluations.flatMap((ev) => {
    const items = fixItems(ev)
    return several && items.length ? [`model ${code(ev.model)}: ${items.join(', ')}`] : items
  })
}

function nextSteps(result: GateResult, ctx: RenderContext): string[] {
  const policy = code(ctx.policyPath)
  const steps: string[] = []
  if (result.verdict === 'blocked') {
    const items = allFixes(result)
    if (items.length) steps.push(`**To fix:** ${items.join('; ')}.`)
  }
  if (result.verdict === 'error') {
    steps.push('**To fix:** correct the problems above and run again; until then the gate fails closed.')
  }
  if (result.mode === 'enforce' && result.verdict !== 'approved') {
    steps.push(
      `**To pilot first:** set \`mode: advisory\` in ${policy}. **To change a rule:** edit ${policy} on the base ` +
        "branch (its CODEOWNERS review it); a PR's own edits to the policy apply after merge.",
    )
  }
  if (result.mode === 'advisory') {
    steps.push(`**To enforce:** set \`mode: enforce\` in ${policy} once the pilot looks right.`)
  }
  return steps
}
