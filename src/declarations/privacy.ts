/**
 * Privacy consistency: what a privacy officer checks beyond presence. Personal data used → its
 * categories, regulations, legal basis (where the regulation needs one), anonymisation and
 * retention; special categories or HIPAA → a DPIA; HIPAA → a de-identification HIPAA recognises;
 * differential privacy → ε and δ; "no personal data" beside data categories → a contradiction.
 * Types, enumerations and the retention period's format are the schema's (schema.ts).
 */
import type { Check } from '../core/types.js'
import { failures, type RuleContext } from './messages.js'
import { isPlaceholder } from './placeholders.js'
import { canonicalEnum, fieldExample, isMapping, yamlInline } from './schema.js'

type Json = Record<string, unknown>

/** The six lawful bases of GDPR art. 6 (UK GDPR has the same). */
export const GDPR_BASES = ['consent', 'contract', 'legal_obligation', 'vital_interests', 'public_task', 'legitimate_interests']
/** The grounds of India's DPDP Act 2023. */
export const DPDP_BASES = ['dpdp_consent', 'dpdp_legitimate_use']
/** De-identification methods the HIPAA Privacy Rule recognises (45 CFR 164.514(b)). */
export const HIPAA_METHODS = ['hipaa_safe_harbor', 'hipaa_expert_determination']

const GDPR_LIKE = ['GDPR', 'UK_GDPR']

/** Failing checks for the `privacy` section of (normalised) declarations data. */
export function privacyChecks(ctx: RuleContext, data: Json): Check[] {
  const privacy: Json = isMapping(data.privacy) ? data.privacy : {}
  const { checks, fail } = failures(ctx)
  const personalData = privacy.personal_data

  if (typeof personalData !== 'boolean') {
    fail(
      'privacy.personal_data',
      '`privacy.personal_data` is missing: the card must say whether the model uses personal data.',
      `add ${fieldExample('privacy.personal_data', true)} (or \`false\` when it uses none)`,
    )
  }
  if (personalData === true) personalDataRules(privacy, fail)
  if (personalData === false) contradictions(privacy, fail)
  anonymisationDetails(privacy, fail)
  return checks
}

type Fail = (field: string, message: string, fix: string, at?: string) => void

function personalDataRules(privacy: Json, fail: Fail): void {
  const because = 'required because `privacy.personal_data` is true'
  if (!filled(privacy.data_categories)) {
    fail(
      'privacy.data_categories',
      `\`privacy.data_categories\` is missing (${because}): list the kinds of personal data used.`,
      `add ${fieldExample('privacy.data_categories')}`,
    )
  }
  const regulations = strings(privacy.regulations)
  if (regulations.length === 0) {
    fail(
      'privacy.regulations',
      `\`privacy.regulations\` is missing (${because}): name the regulations the data falls under.`,
      `add ${fieldExample('privacy.regulations')} (GDPR, UK_GDPR, HIPAA, DPDP, CCPA, CPRA, EU_AI_ACT or other)`,
    )
  }
  legalBasisRules(privacy, regulations, fail)
  dpiaRules(privacy, regulations, fail)

  const anonymisation = isMapping(privacy.anonymisation) ? privacy.anonymisation : {}
  const method = anonymisation.method
  if (regulations.includes('HIPAA')) {
    if (typeof method !== 'string' || !HIPAA_METHODS.includes(method)) {
      const found = typeof method === 'string' ? `is \`${method}\`, which HIPAA does not recognise as de-identification` : 'is missing'
      fail(
        'privacy.anonymisation.method',
        `\`privacy.anonymisation.method\` ${found}: with HIPAA in \`privacy.regulations\` it must be \`hipaa_safe_harbor\` or \`hipaa_expert_determination\`.`,
        `write ${fieldExample('privacy.anonymisation.method', 'hipaa_safe_harbor')}`,
      )
    }
  } else if (!filled(method)) {
    fail(
      'privacy.anonymisation.method',
      `\`privacy.anonymisation.method\` is missing (${because}): say how the personal data is protected.`,
      `add ${fieldExample('privacy.anonymisation.method')} (or \`none\`, \`differential_privacy\`, ...)`,
    )
  }

  const retention = isMapping(privacy.retention) ? privacy.retention : {}
  if (!filled(retention.period)) {
    fail(
      'privacy.retention.period',
      `\`privacy.retention.period\` is missing (${because}): say how long the personal data is kept, as an ISO-8601 duration.`,
      `add ${fieldExample('privacy.retention.period')} (18 months)`,
    )
  }
}

function legalBasisRules(privacy: Json, regulations: string[], fail: Fail): void {
  const gdpr = regulations.filter((r) => GDPR_LIKE.includes(r))
  const dpdp = regulations.includes('DPDP')
  if (gdpr.length === 0 && !dpdp) return
  const needs = [...gdpr, ...(dpdp ? ['DPDP'] : [])].map((r) => `\`${r}\``).join(' and ')
  const bases = strings(privacy.legal_basis)
  const example = [...(gdpr.length ? ['contract'] : []), ...(dpdp ? ['dpdp_consent'] : [])]
  if (bases.length === 0) {
    fail(
      'privacy.legal_basis',
      `\`privacy.legal_basis\` is missing: ${needs} in \`privacy.regulations\` need a legal basis for processing personal data.`,
      `add ${fieldExample('privacy.legal_basis', example)}`,
    )
    return
  }
  const problems: string[] = []
  if (gdpr.length && !bases.some((b) => GDPR_BASES.includes(b))) {
    problems.push(
      `${gdpr.map((r) => `\`${r}\``).join(' and ')} need${gdpr.length === 1 ? 's' : ''} one of the six art. 6 bases (${GDPR_BASES.join(', ')})`,
    )
  }
  if (dpdp && !bases.some((b) => DPDP_BASES.includes(b))) problems.push(`\`DPDP\` needs \`dpdp_consent\` or \`dpdp_legitimate_use\``)
  if (problems.length) {
    fail(
      'privacy.legal_basis',
      `\`privacy.legal_basis\` is ${yamlInline(bases)}, which does not fit \`privacy.regulations\`: ${problems.join('; ')}.`,
      `write ${fieldExample('privacy.legal_basis', [...new Set([...bases.filter((b) => !example.includes(b)), ...example])])}`,
    )
  }
}

function dpiaRules(privacy: Json, regulations: string[], fail: Fail): void {
  const special = strings(privacy.special_categories).filter((c) => canonicalEnum('privacy.special_categories.*', c) === c)
  const reasons = [
    ...(special.length ? [`special categories (${special.join(', ')}) in \`privacy.special_categories\``] : []),
    ...(regulations.includes('HIPAA') ? ['`HIPAA` in `privacy.regulations`'] : []),
  ]
  if (reasons.length === 0) return
  const why = reasons.join(' and ')
  const dpia = isMapping(privacy.dpia) ? privacy.dpia : {}
  if (dpia.required === false) {
    fail(
      'privacy.dpia.required',
      `\`privacy.dpia.required\` is false, but ${why} require a data protection impact assessment.`,
      `write ${fieldExample('privacy.dpia.required', true)} and add \`privacy.dpia.reference\``,
    )
  }
  if (!filled(dpia.reference)) {
    fail(
      'privacy.dpia.reference',
      `\`privacy.dpia.reference\` is missing: ${why} require a DPIA, and the card must point at it.`,
      `add ${fieldExample('privacy.dpia', { required: true, reference: 'DPIA-2026-014' })}`,
    )
  }
}

function contradictions(privacy: Json, fail: Fail): void {
  for (const key of ['data_categories', 'special_categories', 'legal_basis']) {
    const value = privacy[key]
    if (!filled(value)) continue
    const field = `privacy.${key}`
    fail(
      field,
      `\`privacy.personal_data\` is false, but \`${field}\` is ${yamlInline(value)}: the card contradicts itself.`,
      `if the model uses personal data, write \`privacy.personal_data: true\` and complete the privacy section; otherwise remove \`${field}\``,
    )
  }
}

function anonymisationDetails(privacy: Json, fail: Fail): void {
  const anonymisation = isMapping(privacy.anonymisation) ? privacy.anonymisation : {}
  if (anonymisation.method === 'differential_privacy') {
    for (const [key, example] of [
      ['epsilon', 1.0],
      ['delta', 1e-6],
    ] as const) {
      if (typeof anonymisation[key] !== 'number') {
        fail(
          `privacy.anonymisation.${key}`,
          `\`privacy.anonymisation.${key}\` is missing: differential privacy is only meaningful with its ${key === 'epsilon' ? 'ε (epsilon > 0)' : 'δ (0 ≤ delta < 1)'}.`,
          `add ${fieldExample(`privacy.anonymisation.${key}`, example)}`,
        )
      }
    }
  }
  if (anonymisation.method === 'other' && !filled(anonymisation.details)) {
    fail(
      'privacy.anonymisation.details',
      '`privacy.anonymisation.details` is missing: with `method: other`, say what the method is.',
      `add ${fieldExample('privacy.anonymisation.details')}`,
    )
  }
}

/** Present and not a placeholder (an empty list counts as missing). */
export function filled(value: unknown): boolean {
  return value !== undefined && !isPlaceholder(value)
}

/** The non-placeholder strings of a list (anything else: none). */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && !isPlaceholder(v)) : []
}
