/**
 * The override: a person the policy trusts applies a label to say "ship it anyway", and the
 * failing checks of that moment are waived for this change only. This module decides, from
 * facts gathered elsewhere (src/github/override.ts), whether the label counts and what verdict
 * results. Pure: no I/O, no clock.
 *
 * An override is one *grant*: the latest `labeled` event for the label (who, when) plus, when
 * there is one, that person's latest `/model-gate override` comment. The first run that sees a
 * grant records the failing checks as the waived set (the record goes into the comment's hidden
 * state and the report); later runs compare against that record, so a new failure, or a waived
 * metric that got worse, blocks again until the label is re-applied or a newer
 * `/model-gate override` comment re-approves.
 */
import { exceeds, formatNumber } from './numbers.js'
import { worsening } from './rules/index.js'
import type { Better, Check, GateResult, GateRule, Policy, Verdict } from './types.js'
import { blocksMerge } from './verdict.js'

/** The policy's `override:` section after validation, with defaults applied. */
export interface OverridePolicy {
  /** The label that asks for an override, e.g. `model-gate/override`. */
  label: string
  /** Users (`dana`) and teams (`@acme/ml-leads`); undefined: anyone with maintain or admin. */
  approvers?: string[]
  /** No reason (a `/model-gate override <reason>` comment by the approver), no override. */
  requireReason: boolean
  /** The PR's author may approve their own override. */
  allowSelf: boolean
}

/** One entry of `approvers`, parsed. */
export type Approver = { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string }

/** A fact that may not have been verifiable (a 403/404 from GitHub, a token without the scope). */
export type Fact<T> = { known: true; value: T } | { known: false; why: string }

/** A `labeled` or `unlabeled` issue event for the override label. */
export interface LabelEvent {
  action: 'labeled' | 'unlabeled'
  actor: string
  /** ISO 8601 time of the event. */
  at: string
}

/** The approver's latest `/model-gate override` comment. */
export interface ReasonComment {
  id: number
  /** The text after the command, trimmed (may be empty). */
  text: string
  /** ISO 8601 creation time. */
  at: string
}

/** What GitHub said about the person who applied the label. */
export interface ActorFacts {
  /** Membership of `@org/team` approver entries, keyed `@org/team` (lower case); absent: not asked. */
  teams: Record<string, Fact<boolean>>
  /** The actor's repository role (`admin`, `maintain`, `write`, ...), asked when `approvers` is omitted. */
  permission?: Fact<string>
}

/** Everything the decision needs from GitHub and from the previous run. */
export interface OverrideFacts {
  /** The PR carries the label now. */
  labelled: Fact<boolean>
  /** The latest `labeled`/`unlabeled` event for the label (undefined: none found). */
  event?: Fact<LabelEvent | undefined>
  /** The PR's author. */
  author?: Fact<string>
  actor?: ActorFacts
  /** The actor's latest `/model-gate override` comment (undefined: none). */
  reason?: Fact<ReasonComment | undefined>
  /** The record in our own comment's hidden state (undefined: none, or it did not parse). */
  previous?: Fact<OverrideRecord | undefined>
}

/** A failing check of the current evaluation, as the override compares it. */
export interface FailingCheck {
  model: string
  id: string
  metric?: string
  /** The candidate value; null when there is no number (missing, NaN, a declaration). */
  value: number | null
  /** Which way the value is better; undefined when unknown (then any change counts as new). */
  better?: Better
}

/** A check the override covers, with the value it had when the override was given. */
export interface WaivedCheck {
  model: string
  id: string
  metric?: string
  value: number | null
}

/** The override as the report and the comment's hidden state carry it: the audit record. */
export interface OverrideRecord {
  /** Who applied the label. */
  by: string
  /** When the label was applied (the `labeled` event), ISO 8601. */
  at: string
  /** Why that person may override, in words, e.g. `member of @acme/ml-leads`. */
  authority: string
  /** The reason from the approver's `/model-gate override` comment; null without one. */
  reason: string | null
  /** The comment that gave the reason, so a newer one re-approves. */
  reasonCommentId: number | null
  /** The failing checks when the override was given. */
  waived: WaivedCheck[]
  /** The head commit the override was given for. */
  headSha: string
}

/** A failure the override does not cover. */
export interface NewFailure {
  model: string
  id: string
  metric?: string
  value: number | null
  /** `new`: not failing when the override was given; `worse`: a waived metric got worse. */
  why: 'new' | 'worse'
  /** The value when waived, for `worse`. */
  waivedValue?: number | null
}

export type OverrideState =
  /** The PR does not carry the label: nothing to decide. */
  | 'absent'
  /** The label is there but does not count (see `explanation`). */
  | 'refused'
  /** The label counts and covers every failure (the verdict may have been approved anyway). */
  | 'granted'
  /** The label counts, but failures it does not cover block. */
  | 'exceeded'

export interface OverrideOutcome {
  state: OverrideState
  /** The verdict after the override. */
  verdict: Verdict
  /** True when the override turned `blocked` into `approved`. */
  overridden: boolean
  /** In words: who applied the label and why it counts or not (Markdown-free; renderers escape it). */
  explanation: string
  /** The record to store and report: for `granted` and `exceeded`, undefined otherwise. */
  record?: OverrideRecord
  /** Failures not covered by the override (`exceeded`). */
  newFailures: NewFailure[]
  /** True when `record` is new (this run's failures): it must be stored, or the override undone. */
  fresh?: boolean
  /** Facts that could not be verified, as `could not verify: …` lines for the log. */
  warnings: string[]
}

export interface OverrideInput {
  policy: OverridePolicy
  facts: OverrideFacts
  /** The verdict before the override. */
  verdict: Verdict
  /** The blocking failures of the current evaluation (see failingChecks). */
  failing: readonly FailingCheck[]
  /** The head commit judged now. */
  headSha: string
  /**
   * Whether a new record can be stored (the sticky comment is on and the token may write it).
   * False: a grant without a matching earlier record is refused, because it could not be pinned
   * to this change (the next run would waive whatever fails then). Default true.
   */
  canRecord?: boolean
}

/** More waived checks than this cannot be recorded in the comment: the override is refused. */
export const MAX_WAIVED_CHECKS = 200
/** The longest JSON of the waived set that the comment's hidden state takes. */
export const MAX_WAIVED_JSON = 16_000
/** The longest reason kept, in characters; longer ones are cut with an ellipsis. */
export const MAX_REASON_LENGTH = 1000

const COMMAND = /^\s*\/model-gate\s+override(?=\s|$)/i
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/
const TEAM = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/

/**
 * One `approvers` entry: `dana` (a user, an optional leading `@` allowed) or `@org/team-slug`;
 * undefined for anything else (the policy loader turns that into an error naming the entry).
 */
export function parseApprover(entry: string): Approver | undefined {
  const text = entry.trim()
  const team = TEAM.exec(text)
  if (team) return { kind: 'team', org: team[1]!.toLowerCase(), slug: team[2]!.toLowerCase() }
  const login = text.startsWith('@') ? text.slice(1) : text
  return LOGIN.test(login) ? { kind: 'user', login } : undefined
}

/** The key of a team approver in ActorFacts.teams: `@org/slug`, lower case. */
export function teamKey(org: string, slug: string): string {
  return `@${org}/${slug}`.toLowerCase()
}

/**
 * The reason of a comment that starts with `/model-gate override` (case-insensitive, leading
 * blanks allowed): the rest of the comment, trimmed, cut to MAX_REASON_LENGTH; undefined when
 * the comment is not the command (a quote of it, `/model-gate overrides`, ...).
 */
export function parseOverrideCommand(body: string): string | undefined {
  const match = COMMAND.exec(body)
  if (!match) return undefined
  const rest = body.slice(match[0].length).trim()
  return rest.length > MAX_REASON_LENGTH ? `${rest.slice(0, MAX_REASON_LENGTH - 1)}…` : rest
}

/**
 * The blocking failures of a result (blocksMerge), for the override, each with the direction in
 * which its value is better, taken from data only: for a baseline rule the `better` of the policy
 * gate the check came from (`check.gate`); for a threshold rule the side of its limit the failing
 * value is on (below a floor: higher is better; above a ceiling: lower). Unknown otherwise, and
 * then any change of the value counts as a new failure.
 */
export function failingChecks(result: GateResult, policy?: Policy): FailingCheck[] {
  const out: FailingCheck[] = []
  for (const ev of result.evaluations) {
    const gates = policy?.models.find((m) => m.name === ev.model)?.gates ?? []
    for (const check of ev.checks) {
      if (!blocksMerge(check)) continue
      const value = typeof check.candidate === 'number' && Number.isFinite(check.candidate) ? check.candidate : null
      const better = directionOf(check, value, gates)
      out.push({
        model: ev.model,
        id: check.id,
        ...(check.metric !== undefined ? { metric: check.metric } : {}),
        value,
        ...(better ? { better } : {}),
      })
    }
  }
  return out
}

function directionOf(check: Check, value: number | null, gates: readonly GateRule[]): Better | undefined {
  if (check.kind === 'baseline') return check.gate === undefined ? undefined : gates.find((g) => g.pattern === check.gate)?.better
  if (check.kind !== 'threshold') return undefined
  if (check.ruleKey === 'min') return 'higher'
  if (check.ruleKey === 'max') return 'lower'
  if (value === null || typeof check.limit !== 'number' || !Number.isFinite(check.limit)) return undefined
  return value < check.limit ? 'higher' : value > check.limit ? 'lower' : undefined
}

/** The override as a gate result carries it (GateResult.override), for the comment and the report. */
export interface OverrideSummary {
  state: Exclude<OverrideState, 'absent'>
  /** True when the override turned `blocked` into `approved`. */
  overridden: boolean
  /** In words: who applied the label and why it counts or not. */
  explanation: string
  /** The audit record: who, when, why, what was waived, at which head; null when refused. */
  record: OverrideRecord | null
  /** Failures the override does not cover (`exceeded`). */
  newFailures: NewFailure[]
}

/**
 * The result with the override applied: the verdict it gives and its summary in `override`. An
 * outcome of state `absent` (no label) leaves the result as it is.
 */
export function applyOverride(result: GateResult, outcome: OverrideOutcome): GateResult {
  if (outcome.state === 'absent') return result
  const override: OverrideSummary = {
    state: outcome.state,
    overridden: outcome.overridden,
    explanation: outcome.explanation,
    record: outcome.record ?? null,
    newFailures: outcome.newFailures,
  }
  return { ...result, verdict: outcome.verdict, override }
}

/**
 * Decides the override: whether the label counts (who applied it, are they an approver, is there
 * a reason when one is required, are they the author), which failures it waives, which are new
 * since it was given, and the verdict that results. `error` is never overridden; a fact that
 * could not be verified refuses the override with a warning.
 */
export function decideOverride(input: OverrideInput): OverrideOutcome {
  const { policy, facts, verdict } = input
  const warnings: string[] = []
  const refuse = (explanation: string): OverrideOutcome => ({
    state: 'refused',
    verdict,
    overridden: false,
    explanation,
    newFailures: [],
    warnings,
  })
  const unverified = (what: string, why: string): OverrideOutcome => {
    warnings.push(`could not verify ${what}: ${why}`)
    return refuse(`The \`${policy.label}\` label does not count: model-gate could not verify ${what} (${why}).`)
  }

  if (!facts.labelled.known) return unverified('whether the pull request carries the label', facts.labelled.why)
  if (!facts.labelled.value)
    return {
      state: 'absent',
      verdict,
      overridden: false,
      explanation: `The pull request does not carry the \`${policy.label}\` label.`,
      newFailures: [],
      warnings,
    }

  if (!facts.event) return unverified('who applied the label', 'the issue events were not read')
  if (!facts.event.known) return unverified('who applied the label', facts.event.why)
  const event = facts.event.value
  if (!event || event.action !== 'labeled') {
    return refuse(`The \`${policy.label}\` label does not count: GitHub's issue events do not show who applied it.`)
  }
  const who = event.actor

  if (verdict === 'error') {
    return refuse(
      `${who} applied the \`${policy.label}\` label, but the gate could not be evaluated: an error can never be overridden. Fix the problem first.`,
    )
  }

  const authority = judgeAuthority(policy, who, facts.actor)
  if (authority.unverified) return unverified(authority.unverified.what, authority.unverified.why)
  if (!authority.as) return refuse(`${who} applied the \`${policy.label}\` label, which does not count: ${who} ${authority.not}.`)

  if (!policy.allowSelf) {
    if (!facts.author) return unverified("the pull request's author", 'it was not read')
    if (!facts.author.known) return unverified("the pull request's author", facts.author.why)
    if (sameLogin(facts.author.value, who)) {
      return refuse(
        `${who} applied the \`${policy.label}\` label to their own pull request, which does not count: the policy does not allow self-approval (\`allow_self: false\`).`,
      )
    }
  }

  let reason: ReasonComment | undefined
  if (facts.reason && !facts.reason.known) {
    if (policy.requireReason) return unverified(`${who}'s reason`, facts.reason.why)
  } else reason = facts.reason?.value
  if (policy.requireReason && (!reason || reason.text === '')) {
    const got = reason
      ? `${who}'s latest \`/model-gate override\` comment gives no reason`
      : `${who} has not commented \`/model-gate override <reason>\``
    return refuse(`${who} applied the \`${policy.label}\` label, which does not count yet: the policy requires a reason and ${got}.`)
  }

  if (!facts.previous) return unverified('the earlier override record', 'the comments were not read')
  if (!facts.previous.known) return unverified('the earlier override record', facts.previous.why)
  const previous = facts.previous.value
  const sameGrant =
    previous !== undefined &&
    sameLogin(previous.by, who) &&
    previous.at === event.at &&
    (reason === undefined || previous.reasonCommentId === reason.id)

  let record: OverrideRecord
  if (sameGrant) record = previous
  else {
    if (input.canRecord === false) {
      warnings.push('could not record the override: the PR comment that holds its record cannot be written')
      return refuse(
        `${who} applied the \`${policy.label}\` label, but model-gate cannot record the override in its PR comment (\`comment: false\`, or a read-only token), so it cannot be pinned to this change and does not count.`,
      )
    }
    const waived = input.failing.map(({ model, id, metric, value }) => ({ model, id, ...(metric !== undefined ? { metric } : {}), value }))
    if (input.failing.length > MAX_WAIVED_CHECKS || JSON.stringify(waived).length > MAX_WAIVED_JSON) {
      return refuse(
        `${who} applied the \`${policy.label}\` label, but ${input.failing.length} checks fail: more than an override can record (at most ${MAX_WAIVED_CHECKS}). Fix some of them first.`,
      )
    }
    record = {
      by: who,
      at: event.at,
      authority: authority.as,
      reason: reason && reason.text !== '' ? reason.text : null,
      reasonCommentId: reason?.id ?? null,
      waived,
      headSha: input.headSha,
    }
  }

  const newFailures = uncovered(record.waived, input.failing)
  const given = `${who} (${record.authority}) overrode the gate at ${record.headSha.slice(0, 7)}`
  if (newFailures.length > 0) {
    const list = newFailures.map(describeNew).join('; ')
    return {
      state: 'exceeded',
      verdict,
      overridden: false,
      explanation: `${given}, but the override does not cover ${newFailures.length === 1 ? 'a failure' : `${newFailures.length} failures`} since: ${list}. Someone allowed to override must re-approve (re-apply the label, or comment \`/model-gate override <reason>\` again).`,
      record,
      newFailures,
      warnings,
      ...(sameGrant ? {} : { fresh: true }),
    }
  }
  // A blocked verdict with no failing check to waive is blocked by something else: left alone.
  const overridden = verdict === 'blocked' && input.failing.length > 0
  const waivedNow = input.failing.length
  const what = overridden
    ? `; ${waivedNow === 1 ? '1 failing check is' : `${waivedNow} failing checks are`} waived`
    : '; no check fails now'
  return {
    state: 'granted',
    verdict: overridden ? 'approved' : verdict,
    overridden,
    explanation: `${given}${record.reason ? ` — reason: ${record.reason}` : ''}${what}.`,
    record,
    newFailures: [],
    warnings,
    ...(sameGrant ? {} : { fresh: true }),
  }
}

interface AuthorityJudgement {
  /** Why the actor may override, when they may. */
  as?: string
  /** Why not, after the actor's name. */
  not?: string
  unverified?: { what: string; why: string }
}

const ENOUGH_ROLES = new Set(['admin', 'maintain'])

function judgeAuthority(policy: OverridePolicy, who: string, actor: ActorFacts | undefined): AuthorityJudgement {
  if (policy.approvers === undefined) {
    const permission = actor?.permission
    if (!permission) return { unverified: { what: `${who}'s permission on the repository`, why: 'it was not read' } }
    if (!permission.known) return { unverified: { what: `${who}'s permission on the repository`, why: permission.why } }
    const role = permission.value.toLowerCase()
    return ENOUGH_ROLES.has(role)
      ? { as: `${role} on the repository` }
      : { not: `has the ${role} role on the repository; only maintain or admin may override` }
  }
  const approvers = policy.approvers.map(parseApprover).filter((a): a is Approver => a !== undefined)
  if (approvers.some((a) => a.kind === 'user' && sameLogin(a.login, who))) return { as: 'listed in approvers' }
  const unknown: string[] = []
  for (const approver of approvers) {
    if (approver.kind !== 'team') continue
    const key = teamKey(approver.org, approver.slug)
    const member = actor?.teams[key]
    if (member?.known && member.value) return { as: `member of ${key}` }
    if (!member) unknown.push(`${key}: not asked`)
    else if (!member.known) unknown.push(`${key}: ${member.why}`)
  }
  if (unknown.length > 0) return { unverified: { what: `whether ${who} is in the approving teams`, why: unknown.join('; ') } }
  return { not: `is not among the approvers (${policy.approvers.join(', ')})` }
}

/** The current failures the waived set does not cover: not waived, or waived and now worse. */
function uncovered(waived: readonly WaivedCheck[], failing: readonly FailingCheck[]): NewFailure[] {
  const byKey = new Map(waived.map((w) => [`${w.model}\u0000${w.id}`, w]))
  const out: NewFailure[] = []
  for (const f of failing) {
    const base = { model: f.model, id: f.id, ...(f.metric !== undefined ? { metric: f.metric } : {}), value: f.value }
    const w = byKey.get(`${f.model}\u0000${f.id}`)
    if (!w) out.push({ ...base, why: 'new' })
    else if (isWorse(w.value, f.value, f.better)) out.push({ ...base, why: 'worse', waivedValue: w.value })
  }
  return out
}

/** True when `now` is worse than `then` beyond rounding; with the direction unknown, any change. */
function isWorse(then: number | null, now: number | null, better: Better | undefined): boolean {
  if (then === null || now === null) return then !== now
  if (better === undefined) return exceeds(Math.abs(now - then), 0, now, then)
  return exceeds(worsening(now, then, better), 0, now, then)
}

function describeNew(f: NewFailure): string {
  const model = f.model === 'default' ? '' : ` (model ${f.model})`
  if (f.why === 'new') return `${f.id}${model} is a new failure`
  const fmt = (v: number | null | undefined): string => (typeof v === 'number' ? formatNumber(v) : 'no value')
  return `${f.id}${model} got worse (${fmt(f.waivedValue)} when waived, ${fmt(f.value)} now)`
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}
