/**
 * The built-in declarations schema (schema/declarations.schema.json): enum spellings normalised to
 * their canonical form, then structure, types and enumerations validated inside our four sections,
 * each problem a located declaration check naming the field and an example of the fix.
 */
import type { ErrorObject } from 'ajv'
import schema from '../../schema/declarations.schema.json' with { type: 'json' }
import { joinPath, splitPath } from '../core/metric-path.js'
import type { Check, DeclarationsDoc } from '../core/types.js'
import { closest, pointerSegments } from '../core/words.js'
import { declarationsValidator } from '../generated/declarations-validator.js'
import { isIsoDuration, parseIsoDate, suggestIsoDate, suggestIsoDuration } from './iso.js'
import { declarationCheck } from './messages.js'

/** The sections model-gate defines; every other top-level key (Hugging Face's) is left alone. */
export const SECTIONS = ['privacy', 'ownership', 'maintenance', 'governance'] as const
export type Section = (typeof SECTIONS)[number]

/** Precompiled at build time (scripts/validators.mjs). */
const validate = declarationsValidator.validate

type Json = Record<string, unknown>

interface SchemaNode {
  $ref?: string
  type?: string | string[]
  enum?: string[]
  properties?: Record<string, SchemaNode>
  items?: SchemaNode
  examples?: unknown[]
  pattern?: string
}

/** The schema node describing a dot path (list indexes and `*` step into `items`), if any. */
export function schemaAt(path: string): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema as SchemaNode
  for (const segment of splitPath(path)) {
    node = resolve(node)
    if (!node) return undefined
    node = /^(\d+|\*)$/.test(segment) ? node.items : node.properties?.[segment]
  }
  return node
}

function resolve(node: SchemaNode | undefined): SchemaNode | undefined {
  const ref = node?.$ref
  if (!ref) return node
  const name = ref.replace('#/definitions/', '')
  return resolve((schema.definitions as Record<string, SchemaNode>)[name])
}

/** The schema's first example for a field (e.g. `[contract]` for `privacy.legal_basis`). */
export function exampleFor(path: string): unknown {
  const node = schemaAt(path)
  return node?.examples?.[0] ?? resolve(node)?.examples?.[0]
}

/** "`privacy.legal_basis: [contract]`": the field with an example value, ready for a fix hint. */
export function fieldExample(path: string, value: unknown = exampleFor(path)): string {
  return `\`${path}: ${value === undefined ? '...' : yamlInline(value)}\``
}

/** Plain scalars YAML 1.2's core schema reads as something other than a string. */
const YAML_NON_STRING = /^(?:true|false|null|~|[-+]?(?:\.\d+|\d+(?:\.\d*)?)(?:[eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\.inf|\.nan)$/i

/** A value written as one line of YAML flow style. */
export function yamlInline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(yamlInline).join(', ')}]`
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([k, v]) => `${k}: ${yamlInline(v)}`)
      .join(', ')}}`
  }
  if (typeof value === 'string') {
    const plain = /^[A-Za-z0-9][\w .()/+-]*$/.test(value) && !YAML_NON_STRING.test(value) && !/\s$/.test(value)
    return plain ? value : `'${value.replace(/'/g, "''")}'`
  }
  return String(value)
}

/** Lower case with `-`, `_` and spaces equivalent: how enum values are matched. */
function enumKey(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '_')
}

/** Spellings people use for canonical values beyond case and separators. */
const ALIASES: Record<string, string> = {
  pseudonymization: 'pseudonymisation',
  pseudonymisation: 'pseudonymisation',
  hipaa_safe_harbour: 'hipaa_safe_harbor',
  legitimate_interest: 'legitimate_interests',
  vital_interest: 'vital_interests',
  ukgdpr: 'UK_GDPR',
  eu_aia: 'EU_AI_ACT',
}

const ENUM_FIELDS = ['privacy.special_categories.*', 'privacy.legal_basis.*', 'privacy.regulations.*', 'privacy.anonymisation.method']

/** The canonical spelling of an enum value at a field (`uk gdpr` → `UK_GDPR`), if it names one. */
export function canonicalEnum(field: string, value: string): string | undefined {
  const allowed = resolve(schemaAt(field))?.enum ?? []
  const key = enumKey(value)
  const alias = ALIASES[key]
  return allowed.find((a) => enumKey(a) === key || a === alias)
}

/**
 * A copy of the data whose enum values inside `privacy` are in their canonical spelling
 * (`Differential Privacy` → `differential_privacy`). Unknown values are kept for the schema to report.
 */
export function normaliseDeclarations(data: Json): Json {
  const privacy = data.privacy
  if (!isMapping(privacy)) return data
  const copy = cloneMapping(data)
  const out = cloneMapping(privacy)
  copy.privacy = out
  for (const field of ENUM_FIELDS) {
    const [, key, inner] = splitPath(field)
    if (!key) continue
    const value = out[key]
    if (inner === '*' && Array.isArray(value)) {
      out[key] = value.map((item) => (typeof item === 'string' ? (canonicalEnum(field, item) ?? item) : item))
    } else if (inner && isMapping(value) && typeof value[inner] === 'string') {
      const inside = cloneMapping(value)
      inside[inner] = canonicalEnum(field, value[inner] as string) ?? value[inner]
      out[key] = inside
    }
  }
  return copy
}

export function isMapping(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function cloneMapping(value: Json): Json {
  const out: Json = Object.create(null)
  for (const [k, v] of Object.entries(value)) out[k] = v
  return out
}

/** Fields holding a YYYY-MM-DD date (checked to be a real calendar date beyond the schema's pattern). */
const DATE_FIELDS = ['ownership.review.last_reviewed', 'ownership.review.next_review_due', 'maintenance.retraining.last_trained']

export interface SchemaOutcome {
  checks: Check[]
  /** Dot paths the checks explain (and the keys a typo stood for), so later rules do not repeat them. */
  covered: string[]
}

/**
 * Schema problems inside our sections, one fail check per place. `skip(path)` is true for places
 * already reported (placeholders), whose schema errors are left out.
 */
export function schemaChecks(doc: DeclarationsDoc, data: Json, skip: (path: string) => boolean = () => false): SchemaOutcome {
  const found = validate(data) ? [] : (validate.errors ?? []).map((e) => translate(e, data))
  const best = new Map<string, Translated>()
  for (const t of found) {
    if (!t || (!t.unknownKey && skip(t.path))) continue
    const current = best.get(t.path)
    if (!current || t.rank > current.rank) best.set(t.path, t)
  }
  for (const path of DATE_FIELDS) {
    const value = valueAt(data, path)
    if (best.has(path) || skip(path) || typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || parseIsoDate(value)) continue
    best.set(path, {
      path,
      rank: 1,
      message: `\`${path}\` is \`${value}\`, which is not a real calendar date.`,
      fix: `write a real date, e.g. ${fieldExample(path)}`,
    })
  }
  const checks = [...best.values()].map((t) =>
    declarationCheck({
      field: t.path,
      status: 'fail',
      message: t.message,
      fix: t.fix,
      doc,
      rule: `\`${t.path}\` matches the declarations schema`,
    }),
  )
  const covered = [...best.values()].flatMap((t) => (t.also ? [t.path, t.also] : [t.path]))
  return { checks, covered }
}

interface Translated {
  path: string
  rank: number
  message: string
  fix: string
  /** For an unknown key: the key it is probably a typo of (its absence is the same problem). */
  also?: string
  /** An unknown key: reported whatever its value. */
  unknownKey?: boolean
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: '`true` or `false`',
}

function translate(error: ErrorObject, data: Json): Translated | undefined {
  const segments = pointerSegments(error.instancePath)
  const path = joinPath(segments)
  const section = segments[0]
  if (!section || !(SECTIONS as readonly string[]).includes(section)) return undefined
  const value = error.data

  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty)
      const allowed = Object.keys((error.parentSchema as SchemaNode | undefined)?.properties ?? {})
      const guess = closest(key, allowed)
      const field = joinPath([...segments, key])
      const also = guess ? joinPath([...segments, guess]) : undefined
      const present = guess !== undefined && isMapping(valueAt(data, path)) && (valueAt(data, path) as Json)[guess] !== undefined
      return {
        path: field,
        rank: 3,
        unknownKey: true,
        also: present ? undefined : also,
        message: `\`${field}\` is not a known key of \`${path}\`${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
        fix: also
          ? `rename it to \`${guess}\`, e.g. ${fieldExample(also)}`
          : `use only ${allowed.map((k) => `\`${k}\``).join(', ')} under \`${path}\``,
      }
    }
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String)
      const guess = typeof value === 'string' ? closest(enumKey(value), allowed) : undefined
      const shown = typeof value === 'string' ? `\`${value}\`` : JSON.stringify(value)
      return {
        path,
        rank: 2,
        message: `\`${path}\` is ${shown}, which is not one of ${allowed.map((a) => `\`${a}\``).join(', ')}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
        fix: guess ? `write \`${guess}\`` : `write one of the values listed, e.g. ${fieldExample(listOf(path))}`,
      }
    }
    case 'type': {
      if (value === null || value === undefined) return undefined
      const types = ([] as string[]).concat((error.params as { type: string | string[] }).type)
      const expected = types.map((t) => TYPE_WORDS[t] ?? t).join(' or ')
      const yesNo = types.includes('boolean') && typeof value === 'string' && /^(yes|no|y|n|on|off|true|false)$/i.test(value)
      return {
        path,
        rank: 1,
        message: `\`${path}\` must be ${expected}, found ${describeValue(value)}${yesNo ? ' (YAML 1.2 reads `yes`/`no` as text: write `true` or `false`)' : ''}.`,
        fix: `write ${fieldExample(listOf(path))}`,
      }
    }
    case 'pattern':
      return patternProblem(path, value)
    case 'exclusiveMinimum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'maximum': {
      const limit = (error.params as { limit: number }).limit
      const words = { exclusiveMinimum: 'greater than', minimum: 'at least', exclusiveMaximum: 'less than', maximum: 'at most' }[
        error.keyword
      ]
      return {
        path,
        rank: 2,
        message: `\`${path}\` must be ${words} ${limit}, found ${JSON.stringify(value)}.`,
        fix: `write e.g. ${fieldExample(path)}`,
      }
    }
    default:
      return { path, rank: 0, message: `\`${path}\` ${error.message ?? 'is invalid'}.`, fix: `write e.g. ${fieldExample(listOf(path))}` }
  }
}

function patternProblem(path: string, value: unknown): Translated {
  const text = String(value)
  if (path === 'privacy.retention.period') {
    const suggestion = suggestIsoDuration(text)
    const ok = suggestion !== undefined && isIsoDuration(suggestion)
    return {
      path,
      rank: 2,
      message: `\`${path}\` is \`${text}\`, which is not an ISO-8601 duration (P18M is 18 months, P1Y6M a year and a half, P30D 30 days, PT12H 12 hours).`,
      fix: ok ? `write ${fieldExample(path, suggestion)}` : `write e.g. ${fieldExample(path)} for 18 months`,
    }
  }
  const suggestion = suggestIsoDate(text)
  return {
    path,
    rank: 2,
    message: `\`${path}\` is \`${text}\`, which is not a date written YYYY-MM-DD.`,
    fix: `write ${fieldExample(path, suggestion ?? exampleFor(path))}`,
  }
}

/** A list item's path → the list's path (for examples), other paths unchanged. */
function listOf(path: string): string {
  const segments = splitPath(path)
  return /^\d+$/.test(segments[segments.length - 1] ?? '') ? joinPath(segments.slice(0, -1)) : path
}

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value !== null && typeof value === 'object') return 'a mapping'
  return typeof value === 'string' ? `the text \`${value}\`` : `\`${JSON.stringify(value)}\``
}

/** The value at a dot path of own mapping keys and list indexes, or undefined. */
export function valueAt(data: unknown, path: string): unknown {
  let node = data
  for (const segment of splitPath(path)) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)]
    else if (isMapping(node) && Object.prototype.hasOwnProperty.call(node, segment)) node = node[segment]
    else return undefined
  }
  return node
}
