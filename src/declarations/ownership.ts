/**
 * Semantic checks of the `ownership` section: real owners with valid GitHub handles (and, when the
 * policy asks, listed in CODEOWNERS for the card), a team and an on-call that are not placeholders,
 * an escalation path, and review dates that are real calendar dates and not overdue. Structure and
 * types are the built-in schema's job; this module skips values of the wrong type.
 */
import type { Check, DeclarationSettings, DeclarationsDoc } from '../core/types.js'
import { getOwn, isMapping, type Mapping } from '../parse/mapping.js'
import { CODEOWNERS_LOCATIONS, parseCodeowners, ruleFor } from './codeowners.js'
import { formatIsoDate, parseIsoDate } from './iso.js'
import { declarationCheck, failuresFirst } from './messages.js'
import { placeholderReason } from './placeholders.js'
import { plural } from '../core/words.js'

type Doc = Pick<DeclarationsDoc, 'file' | 'lineOf'>

const MAX_LOGIN_LENGTH = 39
const LOGIN = /^[A-Za-z0-9](?:-?[A-Za-z0-9])*$/
const TEAM_SLUG = /^[A-Za-z0-9_.-]+$/
const EMAIL = /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/
const URL_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/
/** `scheme://...`: text that is meant as a URL rather than a rotation name such as `payments:primary`. */
const URL_WITH_AUTHORITY = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//
const DAY_MS = 86_400_000

/**
 * The ownership section's problems (failing first), one Check per field. Returns nothing when the
 * document has no `ownership` mapping: whether the section is required is decided elsewhere.
 * `now` is the injected clock; "today" is its UTC date.
 */
export function ownershipChecks(
  doc: DeclarationsDoc,
  data: Record<string, unknown>,
  settings: DeclarationSettings,
  now: Date,
  codeowners?: { file: string; text: string },
): Check[] {
  const section = isMapping(data) ? getOwn(data, 'ownership') : undefined
  if (!isMapping(section)) return []
  return failuresFirst([
    ...ownersChecks(doc, section),
    ...(settings.codeowners ? codeownersChecks(doc, ownerHandles(section), codeowners) : []),
    ...contactPointChecks(doc, section),
    ...reviewChecks(doc, section, settings, today(now)),
  ])
}

/**
 * Why `handle` is not a valid `@user` or `@org/team` GitHub handle, or undefined when it is.
 * Users and organisations: letters, digits and single hyphens, not at either end, at most 39
 * characters. Team slugs: letters, digits, `-`, `_` and `.`.
 */
export function handleProblem(handle: string): string | undefined {
  const text = handle.trim()
  if (!text.startsWith('@')) {
    return EMAIL.test(text) ? 'is an email address, not a GitHub handle' : 'must start with `@` (`@user` or `@org/team`)'
  }
  const parts = text.slice(1).split('/')
  if (parts.length > 2) return 'has more than one `/`: a team handle is `@org/team`'
  const [login = '', team] = parts
  const kind = team === undefined ? 'user name' : 'organisation name'
  if (login === '') return `has no ${kind} after the \`@\``
  if (login.length > MAX_LOGIN_LENGTH) return `has a ${kind} of ${login.length} characters; GitHub allows at most ${MAX_LOGIN_LENGTH}`
  if (!LOGIN.test(login)) return `has an invalid ${kind}: GitHub allows letters, digits and single hyphens, not at the start or end`
  if (team !== undefined && !TEAM_SLUG.test(team))
    return 'has an invalid team name: GitHub team slugs use letters, digits, `-`, `_` and `.`'
  return undefined
}

/** Today's date at UTC midnight, in whole days since the epoch. */
function today(now: Date): number {
  return Math.floor(now.getTime() / DAY_MS)
}

interface OwnerHandle {
  /** Dot path of the handle value. */
  path: string
  handle: string
  valid: boolean
}

/** The owners' handles that are filled-in strings, with their paths (an owner may be written as just a handle). */
function ownerHandles(section: Mapping): OwnerHandle[] {
  const owners = getOwn(section, 'owners')
  if (!Array.isArray(owners)) return []
  return owners.flatMap((owner, i): OwnerHandle[] => {
    const path = isMapping(owner) ? `ownership.owners.${i}.handle` : `ownership.owners.${i}`
    const handle = isMapping(owner) ? getOwn(owner, 'handle') : owner
    if (typeof handle !== 'string' || placeholderReason(handle) !== undefined) return []
    return [{ path, handle: handle.trim(), valid: handleProblem(handle) === undefined }]
  })
}

function ownersChecks(doc: Doc, section: Mapping): Check[] {
  const owners = getOwn(section, 'owners')
  if (owners === undefined || owners === null || (Array.isArray(owners) && owners.length === 0)) {
    const example = "`ownership.owners: [{name: Your Name, handle: '@your-handle', role: model owner, contact: you@your-company.com}]`"
    return [
      fail(
        doc,
        'ownership.owners',
        `\`ownership.owners\` ${owners === undefined ? 'is missing' : 'is empty'}: the model needs at least one named owner.`,
        `add ${example}.`,
      ),
    ]
  }
  return Array.isArray(owners) ? owners.flatMap((owner, i) => ownerChecks(doc, owner, i)) : []
}

function ownerChecks(doc: Doc, owner: unknown, i: number): Check[] {
  const base = `ownership.owners.${i}`
  if (owner !== null && typeof owner !== 'string' && !isMapping(owner)) return []
  const checks: Check[] = []
  const path = isMapping(owner) ? `${base}.handle` : base
  const handle = isMapping(owner) ? getOwn(owner, 'handle') : owner
  if (handle === undefined || handle === null || typeof handle === 'string') {
    const missing = handle === undefined ? 'is missing' : placeholderReason(handle)
    const problem = missing ?? handleProblem(handle as string)
    if (problem) {
      const shown = missing ? '' : ` (\`${(handle as string).trim()}\`)`
      const example = missing ? '@your-handle' : suggestHandle(handle as string)
      checks.push(
        fail(
          doc,
          path,
          `\`${path}\`${shown} ${problem}: each owner needs the GitHub user or team that answers for the model.`,
          `write a GitHub handle, e.g. \`${path}: '${example}'\` (a user) or \`'@your-org/your-team'\` (a team).`,
        ),
      )
    }
  }
  if (!isMapping(owner)) return checks
  const contact = getOwn(owner, 'contact')
  if (contact === null || typeof contact === 'string') {
    const problem = contactProblem(contact)
    if (problem)
      checks.push(
        fail(
          doc,
          `${base}.contact`,
          `\`${base}.contact\` ${problem}.`,
          `write an address people can reach, e.g. \`${base}.contact: you@your-company.com\` or a team page URL, or remove the key.`,
        ),
      )
  }
  for (const key of ['name', 'role']) {
    const value = getOwn(owner, key)
    const reason = typeof value === 'string' ? placeholderReason(value) : undefined
    if (reason)
      checks.push(
        warn(
          doc,
          `${base}.${key}`,
          `\`${base}.${key}\` ${reason}.`,
          `fill it in (e.g. \`${base}.${key}: ${key === 'name' ? 'Priya Raman' : 'model owner'}\`) or remove the key.`,
        ),
      )
  }
  return checks
}

/** An email address, or an http(s)/mailto URL, that is not a placeholder. */
function contactProblem(contact: string | null): string | undefined {
  const reason = placeholderReason(contact)
  if (reason) return reason
  const text = (contact as string).trim()
  if (URL_SCHEME.test(text)) return urlProblem(text, ['http:', 'https:', 'mailto:'])
  return EMAIL.test(text) ? undefined : `(\`${text}\`) is neither an email address nor a URL`
}

function urlProblem(text: string, protocols: string[]): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return `(\`${text}\`) is not a valid URL`
  }
  if (!protocols.includes(url.protocol))
    return `(\`${text}\`) is a \`${url.protocol}\` URL; use ${protocols.map((p) => `\`${p}\``).join(', ')}`
  if (url.protocol === 'mailto:' && !EMAIL.test(decodeURIComponent(url.pathname))) return `(\`${text}\`) is not a valid mailto address`
  return undefined
}

/** `@handle` → `@handle` made valid where that is obvious (a missing `@`), else an example. */
function suggestHandle(handle: string): string {
  const bare = handle.replace(/^@/, '')
  const candidate = `@${bare}`
  return handleProblem(candidate) === undefined ? candidate : '@your-handle'
}

function codeownersChecks(doc: Doc, handles: OwnerHandle[], codeowners: { file: string; text: string } | undefined): Check[] {
  const card = doc.file.replace(/^(?:\.\/)+/, '')
  const exampleLine = `/${card} ${
    handles
      .filter((h) => h.valid)
      .map((h) => h.handle)
      .join(' ') || '@your-handle @your-org/your-team'
  }`
  if (!codeowners) {
    return [
      fail(
        doc,
        'ownership.owners',
        `\`ownership.owners\` cannot be checked against CODEOWNERS: \`declarations.codeowners\` is on, but the base commit has no CODEOWNERS file (GitHub looks in ${CODEOWNERS_LOCATIONS.map((l) => `\`${l}\``).join(', ')}; model-gate reads it at the base commit, so a CODEOWNERS added by this pull request counts only once merged).`,
        `add \`.github/CODEOWNERS\` with a line such as \`${exampleLine}\` in a separate pull request and merge it first, or set \`declarations.codeowners: false\` in the policy.`,
        'declaration:ownership.owners:codeowners',
      ),
    ]
  }
  const rule = ruleFor(parseCodeowners(codeowners.text, codeowners.file), card)
  const owners = new Set((rule?.owners ?? []).map((o) => o.toLowerCase()))
  const decided = rule
    ? rule.owners.length > 0
      ? `the last matching rule in \`${codeowners.file}\` (line ${rule.line}, \`${rule.pattern}\`) names ${rule.owners.map((o) => `\`${o}\``).join(', ')}`
      : `the last matching rule in \`${codeowners.file}\` (line ${rule.line}, \`${rule.pattern}\`) names no owner`
    : `no rule in \`${codeowners.file}\` matches \`${card}\``
  return handles
    .filter(({ valid, handle }) => valid && !owners.has(handle.toLowerCase()))
    .map(({ path, handle }) =>
      fail(
        doc,
        path,
        `\`${path}\` (\`${handle}\`) is not a code owner of \`${card}\`: ${decided} (read at the base commit).`,
        `add \`${handle}\` to the owners of \`${card}\` in \`${codeowners.file}\` (e.g. a last line \`${exampleLine}\`) and merge that first, or list only code owners in \`ownership.owners\`.`,
        `declaration:${path}:codeowners`,
      ),
    )
}

function contactPointChecks(doc: Doc, section: Mapping): Check[] {
  const checks: Check[] = []
  const team = getOwn(section, 'team')
  if (team === undefined || team === null || typeof team === 'string') {
    const reason = team === undefined ? 'is missing' : placeholderReason(team)
    if (reason)
      checks.push(
        fail(
          doc,
          'ownership.team',
          `\`ownership.team\` ${reason}: name the team that owns the model.`,
          'add `ownership.team: Your Team Name`.',
        ),
      )
  }
  checks.push(
    ...reachableCheck(doc, section, 'on_call', 'fail', 'who is paged when the model misbehaves in production', "'@your-org/oncall'"),
  )
  checks.push(...reachableCheck(doc, section, 'escalation', 'warn', 'who decides when on-call cannot (recommended)', "'@your-org/leads'"))
  const level = getOwn(section, 'support_level')
  const reason = typeof level === 'string' ? placeholderReason(level) : undefined
  if (reason)
    checks.push(
      warn(
        doc,
        'ownership.support_level',
        `\`ownership.support_level\` ${reason}.`,
        'write the support the model gets, e.g. `ownership.support_level: business-hours` (or `24x7`, `best-effort`), or remove the key.',
      ),
    )
  return checks
}

/** on_call / escalation: a handle (valid syntax), an http(s) URL, or a rotation name; never a placeholder. */
function reachableCheck(doc: Doc, section: Mapping, key: string, status: 'fail' | 'warn', purpose: string, example: string): Check[] {
  const path = `ownership.${key}`
  const value = getOwn(section, key)
  if (value !== undefined && value !== null && typeof value !== 'string') return []
  const fix = `set \`${path}: ${example}\` (a GitHub handle), a rotation name such as \`team-primary\`, or the rotation's https URL.`
  const make = status === 'fail' ? fail : warn
  const reason = value === undefined ? 'is missing' : placeholderReason(value)
  if (reason) return [make(doc, path, `\`${path}\` ${reason}: it says ${purpose}.`, fix)]
  const text = (value as string).trim()
  const problem = text.startsWith('@')
    ? handleProblem(text)
    : URL_WITH_AUTHORITY.test(text)
      ? urlProblem(text, ['http:', 'https:'])
      : undefined
  return problem ? [make(doc, path, `\`${path}\` (\`${text}\`) ${problem}.`, fix)] : []
}

function reviewChecks(doc: Doc, section: Mapping, settings: DeclarationSettings, todayDay: number): Check[] {
  const review = getOwn(section, 'review')
  if (review !== undefined && review !== null && !isMapping(review)) return []
  const last = review ? readDate(getOwn(review, 'last_reviewed')) : { kind: 'missing' as const }
  const next = review ? readDate(getOwn(review, 'next_review_due')) : { kind: 'missing' as const }
  const maxAge = settings.maxReviewAgeDays
  const todayText = formatDay(todayDay)
  const renewal = `set \`ownership.review.last_reviewed: ${todayText}\` and \`ownership.review.next_review_due: ${formatDay(addMonths(todayDay, 6))}\``
  const checks: Check[] = []

  if (maxAge !== undefined && last.kind === 'missing') {
    checks.push(
      fail(
        doc,
        'ownership.review.last_reviewed',
        `\`ownership.review.last_reviewed\` ${last.reason ?? 'is missing'}: the policy allows at most ${maxAge} days since the last review (\`declarations.max_review_age_days\`), so the date of the last review is required.`,
        `review the card with its owners and add \`ownership.review.last_reviewed: ${todayText}\`.`,
      ),
    )
  } else if (last.kind === 'missing' && last.reason) {
    checks.push(
      warn(
        doc,
        'ownership.review.last_reviewed',
        `\`ownership.review.last_reviewed\` ${last.reason}.`,
        `write the date of the last review, e.g. \`ownership.review.last_reviewed: ${todayText}\`, or remove the key.`,
      ),
    )
  }
  if (maxAge === undefined && next.kind === 'missing') {
    checks.push(
      fail(
        doc,
        'ownership.review.next_review_due',
        `\`ownership.review.next_review_due\` ${next.reason ?? 'is missing'}: without a review due date the card can go stale unnoticed.`,
        `add \`ownership.review.next_review_due: ${formatDay(addMonths(todayDay, 6))}\` (or set \`declarations.max_review_age_days\` in the policy).`,
      ),
    )
  } else if (next.kind === 'missing' && next.reason) {
    checks.push(
      warn(
        doc,
        'ownership.review.next_review_due',
        `\`ownership.review.next_review_due\` ${next.reason}.`,
        `write the date of the next review, e.g. \`ownership.review.next_review_due: ${formatDay(addMonths(todayDay, 6))}\`, or remove the key.`,
      ),
    )
  }

  if (last.kind === 'date' && last.day > todayDay) {
    checks.push(
      fail(
        doc,
        'ownership.review.last_reviewed',
        `\`ownership.review.last_reviewed\` (${last.text}) is in the future (today is ${todayText} UTC): a review cannot have happened yet.`,
        `write the date the review took place, e.g. \`ownership.review.last_reviewed: ${todayText}\`.`,
      ),
    )
  } else if (last.kind === 'date' && maxAge !== undefined && todayDay - last.day > maxAge) {
    const age = todayDay - last.day
    checks.push(
      fail(
        doc,
        'ownership.review.last_reviewed',
        `\`ownership.review.last_reviewed\` (${last.text}) is ${age} days ago; the policy allows at most ${maxAge} days (\`declarations.max_review_age_days\`), so the review is ${plural(age - maxAge, 'day')} overdue.`,
        `review the card with its owners, then ${renewal}.`,
      ),
    )
  }

  if (next.kind === 'date' && next.day < todayDay) {
    const overdue = todayDay - next.day
    checks.push(
      fail(
        doc,
        'ownership.review.next_review_due',
        `\`ownership.review.next_review_due\` (${next.text}) has passed: the review is ${plural(overdue, 'day')} overdue (today is ${todayText} UTC).`,
        `review the card with its owners, then ${renewal}.`,
      ),
    )
  }
  if (next.kind === 'date' && last.kind === 'date' && next.day < last.day) {
    checks.push(
      fail(
        doc,
        'ownership.review.next_review_due',
        `\`ownership.review.next_review_due\` (${next.text}) is before \`ownership.review.last_reviewed\` (${last.text}).`,
        `set the next review after the last one, e.g. \`ownership.review.next_review_due: ${formatDay(addMonths(last.day, 6))}\`.`,
        'declaration:ownership.review.next_review_due:order',
      ),
    )
  }
  return checks
}

/**
 * A review date as whole days since the epoch. A string that is not a YYYY-MM-DD calendar date,
 * and a value of another type, are reported by the built-in schema; here they are only skipped.
 */
type ReadDate = { kind: 'date'; day: number; text: string } | { kind: 'missing'; reason?: string } | { kind: 'unusable' }

function readDate(value: unknown): ReadDate {
  if (value === undefined) return { kind: 'missing' }
  const reason = placeholderReason(value)
  if (reason !== undefined && (value === null || typeof value === 'string')) return { kind: 'missing', reason }
  const date = typeof value === 'string' ? parseIsoDate(value.trim()) : undefined
  return date ? { kind: 'date', day: Math.floor(date.getTime() / DAY_MS), text: value as string } : { kind: 'unusable' }
}

function formatDay(day: number): string {
  return formatIsoDate(new Date(day * DAY_MS))
}

function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS)
  return Math.floor(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, date.getUTCDate()) / DAY_MS)
}

function fail(doc: Doc, field: string, message: string, fix: string, id?: string): Check {
  return declarationCheck({ field, status: 'fail', message, fix, doc, id })
}

function warn(doc: Doc, field: string, message: string, fix: string): Check {
  return declarationCheck({ field, status: 'warn', severity: 'warn', message, fix, doc })
}
