/**
 * The declarations part of the comment: privacy and ownership at a glance (from the evaluation's
 * DeclarationSummary), then every declaration check with its field, line and message, failing first.
 * Card values are repository text: handles go in code spans (no pings), everything else is escaped.
 */
import { asSentence } from '../core/check-text.js'
import { splitPath } from '../core/metric-path.js'
import type { Check, DeclarationSummary, Evaluation, Status } from '../core/types.js'
import { textBlock, type DocBlock } from './doc.js'
import { code, html, inline, prose } from './escape.js'
import { blocksMerge } from '../core/verdict.js'
import { ICON, RANK, checksOfKind, shownStatus, worstStatus } from './rows.js'
import { plural } from '../core/words.js'

/** Sections in the order the comment names them; others follow in the order they appear. */
const SECTION_ORDER = ['privacy', 'ownership', 'maintenance', 'governance']
const NOT_DECLARED = '*not declared*'

/** The field a declaration check is about: `ownership.on_call`; the message says what the check found. */
export function declarationField(check: Check): string {
  return check.field ?? check.metric ?? check.id
}

/** The section a field belongs to: its first segment. */
export function sectionOfField(field: string): string {
  return splitPath(field)[0] ?? field
}

interface Section {
  name: string
  status: Status
  checks: Check[]
}

/** Declaration checks grouped by section, known sections first in their usual order. */
export function declarationSections(checks: readonly Check[]): Section[] {
  const bySection = new Map<string, Check[]>()
  for (const check of checksOfKind(checks, 'declaration')) {
    const name = sectionOfField(declarationField(check))
    bySection.set(name, [...(bySection.get(name) ?? []), check])
  }
  const rank = (name: string): number => {
    const known = SECTION_ORDER.indexOf(name)
    return known < 0 ? SECTION_ORDER.length : known
  }
  return [...bySection]
    .map(([name, group]) => ({ name, status: worstStatus(group), checks: group }))
    .sort((a, b) => rank(a.name) - rank(b.name))
}

/** `ownership ❌ (2 problems, 1 warning)`: a section's status and what is wrong in it. */
function sectionStatus(section: Section): string {
  const problems = section.checks.filter((c) => shownStatus(c) === 'fail').length
  const warnings = section.checks.filter((c) => shownStatus(c) === 'warn').length
  const counts = [problems ? plural(problems, 'problem') : '', warnings ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')
  return `${html(section.name)} ${ICON[section.status]}${counts ? ` (${counts})` : ''}`
}

/** `MODEL_CARD.md:12`, the place of a check in the card. */
function placeOf(check: Check): string | undefined {
  const at = check.location
  if (!at) return undefined
  return at.line !== undefined ? `${at.file}:${at.line}` : at.file
}

/** The message, the fix and any note (the Line column shows where). */
function messageOf(check: Check): string {
  return [check.message, check.fix ? `Fix: ${asSentence(check.fix)}` : '', check.note ?? ''].filter(Boolean).join(' ')
}

function checkRows(checks: readonly Check[]): string[] {
  return checksOfKind(checks, 'declaration')
    .map((check, i) => ({ check, i }))
    .sort((a, b) => RANK[shownStatus(a.check)] - RANK[shownStatus(b.check)] || a.i - b.i)
    .map(({ check }) => {
      const place = placeOf(check)
      return `| ${ICON[shownStatus(check)]} | ${code(declarationField(check))} | ${place ? code(place) : '—'} | ${prose(messageOf(check))} |`
    })
}

function listed(values: readonly string[], show: (v: string) => string = inline): string {
  return values.map(show).join(', ')
}

/** An enumeration value in words: `legitimate_interests` → `legitimate interests`, `UK_GDPR` → `UK GDPR`. */
function term(value: string): string {
  return inline(value.replace(/^[A-Za-z0-9]+(?:_[A-Za-z0-9]+)+(?=$|\s)/, (word) => word.replace(/_/g, ' ')))
}

/** `label: value` items of a glance line; a value the reader must have but is absent reads *not declared*. */
function item(label: string, value: string | undefined, expected: boolean): string | undefined {
  if (value !== undefined && value !== '') return `${label}: ${value}`
  return expected ? `${label}: ${NOT_DECLARED}` : undefined
}

function privacyLine(s: DeclarationSummary): string {
  const personal = s.personalData === true
  const answer = s.personalData === undefined ? NOT_DECLARED : personal ? '**yes**' : 'no'
  const items = [
    `personal data: ${answer}`,
    item('regulations', listed(s.regulations, term), personal),
    item('legal basis', listed(s.legalBasis, term), personal),
    item('anonymisation', s.anonymisation === undefined ? undefined : term(s.anonymisation), personal),
    item('special categories', listed(s.specialCategories, term), false),
  ]
  return `**Privacy:** ${items.filter(Boolean).join(' · ')}`
}

function ownershipLine(s: DeclarationSummary): string {
  const review =
    s.nextReview !== undefined || s.lastReviewed === undefined
      ? item('next review', s.nextReview === undefined ? undefined : inline(s.nextReview), true)
      : item('last reviewed', inline(s.lastReviewed), true)
  const items = [
    item('owners', listed(s.owners, code), true),
    item('team', s.team === undefined ? undefined : inline(s.team), false),
    item('on-call', s.onCall === undefined ? undefined : code(s.onCall), true),
    review,
  ]
  return `**Ownership:** ${items.filter(Boolean).join(' · ')}`
}

function hasPrivacy(s: DeclarationSummary): boolean {
  return (
    s.personalData !== undefined ||
    s.regulations.length + s.legalBasis.length + s.specialCategories.length > 0 ||
    s.anonymisation !== undefined
  )
}

function hasOwnership(s: DeclarationSummary): boolean {
  return s.owners.length > 0 || [s.team, s.onCall, s.lastReviewed, s.nextReview].some((v) => v !== undefined)
}

/**
 * The glance: privacy and ownership, each when the card declares it or the policy checks it, as
 * one paragraph with a hard line break (a list here would merge with a list just above it).
 */
function glance(summary: DeclarationSummary | undefined, sections: readonly Section[]): string | undefined {
  if (!summary) return undefined
  const checked = new Set(sections.map((s) => s.name))
  const lines = [
    hasPrivacy(summary) || checked.has('privacy') ? privacyLine(summary) : undefined,
    hasOwnership(summary) || checked.has('ownership') ? ownershipLine(summary) : undefined,
  ].filter((l): l is string => l !== undefined)
  return lines.length ? lines.join('\\\n') : undefined
}

/**
 * The declarations blocks: the glance lines, then a details element (open when a declaration
 * blocks) whose summary gives each section's status and whose table lists every check. Each is
 * kept or left out whole when the comment is shortened.
 */
export function declarationsBlock(ev: Evaluation): DocBlock[] {
  const sections = declarationSections(ev.checks)
  const lines = textBlock(glance(ev.declarations, sections))
  if (sections.length === 0) return lines ? [lines] : []
  const open = checksOfKind(ev.checks, 'declaration').some(blocksMerge) ? ' open' : ''
  const details = [
    `<details${open}><summary>Declarations: ${sections.map(sectionStatus).join(' · ')}</summary>`,
    '',
    '| | Field | Line | Result |',
    '|:-:|---|---|---|',
    ...checkRows(ev.checks),
    '',
    '</details>',
  ].join('\n')
  return [...(lines ? [lines] : []), { kind: 'text', text: details }]
}

/**
 * What the one-line summary says about declarations, one item per section with picked checks:
 * `**ownership** is not declared`, `**ownership.on_call** fails (MODEL_CARD.md:12)`,
 * `**privacy**: 3 declaration problems`.
 */
export function declarationSummaryItems(checks: readonly Check[], picked: (c: Check) => boolean): string[] {
  return declarationSections(checks).flatMap((section) => {
    const chosen = section.checks.filter(picked)
    const [only] = chosen
    if (only === undefined) return []
    const blocking = chosen.every(blocksMerge)
    if (chosen.length > 1) {
      return [`**${inline(section.name)}**: ${chosen.length} declaration ${blocking ? 'problems' : 'warnings'}`]
    }
    const field = declarationField(only)
    if (field === section.name && blocking) return [`**${inline(field)}** is not declared`]
    const place = placeOf(only)
    return [`**${inline(field)}** ${blocking ? 'fails' : 'warns'}${place ? ` (${code(place)})` : ''}`]
  })
}

/** The fix for blocking declaration checks: "complete `ownership` in `MODEL_CARD.md`", "correct `ownership.on_call` in …". */
export function declarationFix(checks: readonly Check[], list: (names: ReadonlySet<string>) => string): string | undefined {
  const failing = checksOfKind(checks, 'declaration').filter(blocksMerge)
  const [first] = failing
  if (first === undefined) return undefined
  const fields = new Set(failing.map(declarationField))
  const file = first.location?.file
  const verb = [...fields].every((f) => sectionOfField(f) === f) ? 'complete' : 'correct'
  return `${verb} ${list(fields)} in ${file ? code(file) : 'the declarations file'}`
}
