/**
 * Declaration checks: the model card's privacy, ownership, maintenance and governance sections,
 * validated against the built-in schema, scanned for placeholders, and checked for consistency;
 * plus the card's published metrics against the candidate's, and the repository's own schema.
 * Sections the policy requires block; problems in other sections present are advisory warnings.
 */
import { cardMetricsChecks } from './card-metrics.js'
import { customSchemaChecks } from './custom-schema.js'
import { governanceArtefacts, governanceChecks, maintenanceChecks } from './governance.js'
import { declarationCheck, failuresFirst, type RuleContext } from './messages.js'
import { ownershipChecks } from './ownership.js'
import { findPlaceholders, placeholderReason } from './placeholders.js'
import { privacyChecks, strings } from './privacy.js'
import { fieldExample, isMapping, normaliseDeclarations, schemaChecks, SECTIONS, valueAt, type Section } from './schema.js'
import { joinPath, splitPath } from '../core/metric-path.js'
import type { Check, DeclarationSettings, DeclarationsDoc, DeclarationSummary, Metrics } from '../core/types.js'

export interface DeclarationContext {
  /** undefined: the file does not exist in the PR head. */
  doc: DeclarationsDoc | undefined
  settings: DeclarationSettings
  /** The injected clock: nothing here reads the real one. */
  now: Date
  /** Candidate metrics, for the card's `model-index` against them. */
  candidate?: Metrics
  /** Flattened names of the metrics the gates resolved to. */
  gatedMetrics?: readonly string[]
  /** Repository-relative paths (from `artefactPaths`) that exist in the PR head. */
  existingFiles: ReadonlySet<string>
  /** CODEOWNERS read at the base commit; undefined: none found. */
  codeowners?: { file: string; text: string }
  /** The policy's `declarations.schema`, parsed, read at the base commit. */
  extraSchema?: { file: string; schema: unknown }
}

export interface DeclarationResult {
  checks: Check[]
  summary?: DeclarationSummary
}

type Json = Record<string, unknown>

/** Paths the card names whose existence the caller must check in the PR head (explainability artefacts, fairness report). */
export function artefactPaths(doc: DeclarationsDoc | undefined): string[] {
  if (!doc) return []
  const paths = governanceArtefacts(doc.data).flatMap((ref) => (ref.kind === 'path' && ref.path !== undefined ? [ref.path] : []))
  return [...new Set(paths)]
}

/**
 * Every declaration check, failing ones first: one check per problem (field), and one passing
 * check per required section that is sound. Also the declarations at a glance, when the file exists.
 */
export function checkDeclarations(ctx: DeclarationContext): DeclarationResult {
  const { doc, settings } = ctx
  const required = [...new Set(settings.require)]
  if (!doc) return { checks: required.map((section) => missingFileCheck(settings.file, section)) }
  if (!isMapping(doc.data)) return { checks: required.map((section) => noDataCheck(doc, section)), summary: summarise(doc.file, {}) }

  const data = normaliseDeclarations(doc.data)
  const isRequired = (section: string): boolean => required.includes(section)
  const active = SECTIONS.filter((s) => isRequired(s) || (data[s] !== undefined && data[s] !== null))

  const schema = schemaChecks(doc, data, (path) => placeholderReason(valueAt(data, path)) !== undefined)
  const covered = new Set(schema.covered)
  const placeholders = placeholderChecks(doc, data, active, (path) => isReported(covered, path))
  const reported = new Set([...covered, ...placeholders.map((c) => c.field ?? '')])
  const rules: RuleContext = { doc, reported: (path) => isReported(reported, path) }
  const sectionChecks = [
    ...schema.checks,
    ...placeholders,
    ...active.flatMap((section) => sectionRules(section, ctx, doc, data, rules, schema.covered)),
  ]

  const checks = [
    ...requiredPathChecks(
      doc,
      data,
      required.filter((r) => !(SECTIONS as readonly string[]).includes(r)),
    ),
    ...sectionChecks.map((check) =>
      isRequired(sectionOf(check)) || !(SECTIONS as readonly string[]).includes(sectionOf(check)) ? check : advisory(check),
    ),
    ...cardMetricsChecks(doc, data, ctx.candidate, ctx.gatedMetrics ?? []),
    ...(ctx.extraSchema ? customSchemaChecks(doc, doc.data, ctx.extraSchema) : []),
  ]
  const unique = dedupe(checks)
  const summary = summarise(doc.file, data)
  const passes = SECTIONS.filter(isRequired)
    .filter((section) => !unique.some((c) => c.status === 'fail' && sectionOf(c) === section))
    .map((section) => sectionPass(doc, section, summary))
  const missing = SECTIONS.filter(isRequired)
    .filter((section) => (data[section] === undefined || data[section] === null) && !unique.some((c) => sectionOf(c) === section))
    .map((section) => noSectionCheck(doc, section))
  return { checks: sortChecks([...unique, ...missing, ...passes]), summary }
}

function sectionRules(
  section: Section,
  ctx: DeclarationContext,
  doc: DeclarationsDoc,
  data: Json,
  rules: RuleContext,
  schemaCovered: string[],
): Check[] {
  if (schemaCovered.includes(section)) return []
  const withSection: Json = isMapping(data[section])
    ? data
    : Object.assign(Object.create(null) as Json, data, { [section]: Object.create(null) as Json })
  switch (section) {
    case 'privacy':
      return privacyChecks(rules, withSection)
    case 'ownership':
      return ownershipChecks(doc, withSection, ctx.settings, ctx.now, ctx.codeowners).filter((c) => !rules.reported(c.field ?? ''))
    case 'maintenance':
      return maintenanceChecks(rules, withSection, ctx.now)
    case 'governance':
      return governanceChecks(rules, withSection, ctx.existingFiles)
  }
}

/**
 * Placeholder values (TBD, `<owner>`, example.com, blank, ...) anywhere inside the active sections
 * (ownership checks its own). Empty lists and mappings are left to the rules: `[]` can mean "none".
 */
function placeholderChecks(doc: DeclarationsDoc, data: Json, active: Section[], reported: (path: string) => boolean): Check[] {
  return active
    .filter((section) => section !== 'ownership' && isMapping(data[section]))
    .flatMap((section) => findPlaceholders(data[section], section))
    .filter((hit) => (hit.value === null || typeof hit.value !== 'object') && !reported(hit.path))
    .map((hit) =>
      declarationCheck({
        field: hit.path,
        status: 'fail',
        message: `\`${hit.path}\` ${hit.reason}: a placeholder counts as missing.`,
        fix: `fill in the real value, e.g. ${fieldExample(listPath(hit.path))}, or remove the key`,
        doc,
      }),
    )
}

/** `declarations.require` entries beyond the four sections (`license`, `ownership.on_call`): present and not placeholders. */
function requiredPathChecks(doc: DeclarationsDoc, data: Json, paths: string[]): Check[] {
  return paths.map((path) => {
    const value = valueAt(data, path)
    const reason = value === undefined ? 'is missing' : placeholderReason(value)
    const rule = `\`${path}\` present (required by the policy)`
    if (reason) {
      return declarationCheck({
        field: path,
        status: 'fail',
        rule,
        message: `\`${path}\` ${reason}; the policy requires it (\`declarations.require\`).`,
        fix: `add ${fieldExample(path)}`,
        doc,
      })
    }
    return declarationCheck({ field: path, status: 'pass', rule, message: `\`${path}\` is declared.`, doc })
  })
}

function missingFileCheck(file: string, section: string): Check {
  return {
    id: `declaration:${section}`,
    kind: 'declaration',
    status: 'fail',
    severity: 'block',
    rule: `\`${section}\` declared`,
    message: `${file} does not exist in the pull request's head, so \`${section}\` is not declared.`,
    fix: `create ${file} (start from templates/MODEL_CARD.md) with e.g. ${fieldExample(section)}`,
    field: section,
    location: { file },
  }
}

function noDataCheck(doc: DeclarationsDoc, section: string): Check {
  const dataFile = /\.(ya?ml|json)$/i.test(doc.file)
  const problem =
    doc.data === undefined
      ? 'has no YAML front matter'
      : doc.data === null
        ? `has empty ${dataFile ? 'content' : 'front matter'}`
        : `is not a mapping of keys (${Array.isArray(doc.data) ? 'a list' : 'a single value'})`
  const fix =
    doc.data === undefined
      ? `add a \`---\` block at the top with e.g. ${fieldExample(section)} and close it with \`---\``
      : `write keys such as ${fieldExample(section)}`
  return declarationCheck({
    field: section,
    status: 'fail',
    message: `${doc.file} ${problem}, so \`${section}\` is not declared.`,
    fix,
    doc,
  })
}

function noSectionCheck(doc: DeclarationsDoc, section: string): Check {
  return declarationCheck({
    field: section,
    status: 'fail',
    message: `\`${section}\` is missing: the policy requires this section.`,
    fix: `add e.g. ${fieldExample(section)}`,
    doc,
  })
}

function sectionPass(doc: DeclarationsDoc, section: Section, summary: DeclarationSummary): Check {
  const details: Record<Section, string> = {
    privacy: [
      `personal data: ${summary.personalData ? 'yes' : 'no'}`,
      summary.regulations.length ? `regulations: ${summary.regulations.join(', ')}` : '',
      summary.legalBasis.length ? `legal basis: ${summary.legalBasis.join(', ')}` : '',
      summary.anonymisation ? `anonymisation: ${summary.anonymisation}` : '',
    ]
      .filter(Boolean)
      .join('; '),
    ownership: [
      summary.owners.length ? `owners: ${summary.owners.join(', ')}` : '',
      summary.onCall ? `on-call: ${summary.onCall}` : '',
      summary.nextReview ? `next review: ${summary.nextReview}` : '',
    ]
      .filter(Boolean)
      .join('; '),
    maintenance: 'retraining and monitoring declared',
    governance: 'use, limitations, fairness and explainability declared',
  }
  return declarationCheck({
    field: section,
    status: 'pass',
    rule: `\`${section}\` declared and consistent`,
    message: `\`${section}\` is complete and consistent (${details[section]}).`,
    doc,
  })
}

/** The declarations at a glance. */
function summarise(file: string, data: Json): DeclarationSummary {
  const text = (path: string): string | undefined => {
    const value = valueAt(data, path)
    return typeof value === 'string' && !placeholderReason(value) ? value.trim() : undefined
  }
  const personalData = valueAt(data, 'privacy.personal_data')
  const method = text('privacy.anonymisation.method')
  const epsilon = valueAt(data, 'privacy.anonymisation.epsilon')
  const delta = valueAt(data, 'privacy.anonymisation.delta')
  const dp =
    method === 'differential_privacy' && typeof epsilon === 'number' && typeof delta === 'number' ? ` (ε ${epsilon}, δ ${delta})` : ''
  const owners = valueAt(data, 'ownership.owners')
  const ownerNames = (Array.isArray(owners) ? owners : []).flatMap((owner) => {
    const value = isMapping(owner) ? (valueAt(owner, 'handle') ?? valueAt(owner, 'name')) : owner
    return typeof value === 'string' && !placeholderReason(value) ? [value.trim()] : []
  })
  return {
    file,
    personalData: typeof personalData === 'boolean' ? personalData : undefined,
    regulations: strings(valueAt(data, 'privacy.regulations')),
    legalBasis: strings(valueAt(data, 'privacy.legal_basis')),
    anonymisation: method ? `${method}${dp}` : undefined,
    specialCategories: strings(valueAt(data, 'privacy.special_categories')),
    owners: ownerNames,
    team: text('ownership.team'),
    onCall: text('ownership.on_call'),
    lastReviewed: text('ownership.review.last_reviewed'),
    nextReview: text('ownership.review.next_review_due'),
  }
}

/** A check of a section the policy does not require: shown as advisory, never blocking. */
function advisory(check: Check): Check {
  if (check.status !== 'fail') return check
  const section = sectionOf(check)
  return { ...check, status: 'warn', severity: 'warn', note: `(Advisory: the policy does not require \`${section}\`.)` }
}

function sectionOf(check: Check): string {
  return splitPath(check.field ?? '')[0] ?? ''
}

/** Reported already: the path itself, a parent of it, or one of its list items. */
function isReported(paths: ReadonlySet<string>, path: string): boolean {
  if (paths.has(path)) return true
  const segments = splitPath(path)
  for (let n = segments.length - 1; n > 0; n--) if (paths.has(joinPath(segments.slice(0, n)))) return true
  const prefix = `${path}.`
  for (const p of paths) if (p.startsWith(prefix) && /^\d+(\.|$)/.test(p.slice(prefix.length))) return true
  return false
}

/** `privacy.regulations.1` → `privacy.regulations` (examples are per list). */
function listPath(path: string): string {
  return path.replace(/(\.\d+)+$/, '')
}

/** The first check per id: the schema's explanation of a field beats a later rule's. */
function dedupe(checks: Check[]): Check[] {
  const seen = new Set<string>()
  return checks.filter((check) => (seen.has(check.id) ? false : (seen.add(check.id), true)))
}

/** Failing checks first, then warnings, then passes; each group in file order. */
function sortChecks(checks: Check[]): Check[] {
  return failuresFirst([...checks].sort((a, b) => (a.location?.line ?? 0) - (b.location?.line ?? 0)))
}
