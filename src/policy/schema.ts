/**
 * Validates policy data against schema/policy.schema.json and turns ajv's errors into one clear,
 * located problem per place: what was expected there and how to fix it.
 */
import type { ErrorObject } from 'ajv'
import schema from '../../schema/policy.schema.json' with { type: 'json' }
import { RULE_KEYS } from '../core/rules/index.js'
import type { GateProblem } from '../core/types.js'
import { closest, pointerSegments } from '../core/words.js'
import { policyAllErrors, policyFirstError } from '../generated/policy-validators.js'
import type { DataPath, LocateTarget, Position } from '../parse/yaml.js'
import { schemaOrigins } from '../validators/standalone.js'

/** Precompiled at build time (scripts/validators.mjs): all errors, and first error only. */
const validate = policyAllErrors.validate
const firstErrorOnly = policyFirstError.validate
/** The schema file's own object for a sub-schema of the validators' embedded copies (`error.parentSchema`). */
const original = schemaOrigins(schema, policyAllErrors, policyFirstError)

/**
 * Gates above which only the first schema problem is reported: ajv's all-errors mode is quadratic
 * in the number of errors, and a PR's copy of the policy could hold tens of thousands of bad gates.
 */
export const MAX_GATES_FOR_ALL_ERRORS = 2000

type Locate = (path: DataPath, target?: LocateTarget) => Position | undefined

/** Sub-schemas whose errors get one tailored message (ajv reports them by object identity). */
const definitions = schema.definitions
const AMOUNT_SCHEMAS = new Set<unknown>([definitions.amount, ...definitions.amount.oneOf])
const GATE_RULE_ALTERNATIVES = new Set<unknown>(definitions.gate.anyOf)
/** `statistics: false` or a mapping: the mapping's own errors say what is wrong. */
const STATISTICS_SCHEMAS = new Set<unknown>([definitions.statistics, definitions.statistics.oneOf[0]])

/** The rule keys of a gate, in the order people write them (the registry's). */
export const GATE_RULE_KEYS = RULE_KEYS

const AMOUNT_MESSAGE = 'expected a number or a percentage like 5%'
const MODEL_NAME_HINT = 'letters, digits, `.`, `_` and `-`, starting with a letter or digit'

/** Schema problems of policy data (empty when it conforms), each located in the file. */
export function schemaProblems(data: unknown, file: string, locate: Locate): GateProblem[] {
  const check = gateCount(data) > MAX_GATES_FOR_ALL_ERRORS ? firstErrorOnly : validate
  if (check(data)) return []
  const translated = (check.errors ?? []).map(translate).filter((t): t is Translated => t !== undefined)
  const typos = typoIndex(translated)
  const best = new Map<string, Translated>()
  for (const found of translated.filter((t) => !explainedByTypo(t, typos))) {
    const key = JSON.stringify(found.path)
    const current = best.get(key)
    if (!current || found.rank > current.rank) best.set(key, found)
  }
  return [...best.values()]
    .map((found): GateProblem => {
      const position = locate(found.path, found.at) ?? locate(found.path.slice(0, -1)) ?? { line: 1, column: 1 }
      return { file, line: position.line, column: position.column, message: found.message, fix: found.fix }
    })
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
}

/** How many gates the data holds, over all models (0 for anything that is not a policy mapping). */
function gateCount(data: unknown): number {
  const size = (value: unknown): number => (value !== null && typeof value === 'object' ? Object.keys(value).length : 0)
  const get = (value: unknown, key: string): unknown =>
    value !== null && typeof value === 'object' && Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined
  const models = get(data, 'models')
  const nested =
    models !== null && typeof models === 'object' ? Object.values(models).reduce<number>((n, m) => n + size(get(m, 'gates')), 0) : 0
  return size(get(data, 'gates')) + nested
}

/** Each "did you mean" suggestion, keyed by the mapping it was made in: built once, looked up per problem. */
function typoIndex(all: Translated[]): Set<string> {
  const index = new Set<string>()
  for (const t of all) if (t.suggests !== undefined) index.add(`${JSON.stringify(t.path.slice(0, -1))}\u0000${t.suggests}`)
  return index
}

/** "No `gates`" next to an unknown key `gate` (did you mean `gates`?) is the same mistake: say it once. */
function explainedByTypo(problem: Translated, typos: Set<string>): boolean {
  const parent = JSON.stringify(problem.path)
  return problem.wants?.some((key) => typos.has(`${parent}\u0000${key}`)) ?? false
}

interface Translated {
  path: DataPath
  message: string
  fix: string
  /** Higher wins when several errors land on the same place. */
  rank: number
  /** Point at the entry's value (a wrong value) rather than its key (the default). */
  at?: LocateTarget
  /** For an unknown key: the valid key it is probably a typo of. */
  suggests?: string
  /** For a missing key: the keys whose presence would satisfy it. */
  wants?: string[]
}

function translate(error: ErrorObject): Translated | undefined {
  const path = instancePath(error.instancePath)
  const here = describePath(path)
  const parent = original(error.parentSchema)

  if (error.keyword === 'if') return undefined
  if (AMOUNT_SCHEMAS.has(parent)) return { path, rank: 3, at: 'value', ...amountProblem(here, error.data) }
  if (GATE_RULE_ALTERNATIVES.has(parent)) return undefined
  if (STATISTICS_SCHEMAS.has(parent) && !(error.keyword === 'oneOf' && typeof error.data !== 'object')) return undefined
  if (error.propertyName !== undefined && error.keyword !== 'propertyNames') {
    const name = error.propertyName
    return { path: [...path, name], rank: 3, ...propertyNameProblem(parent === definitions.modelName, name) }
  }

  switch (error.keyword) {
    case 'propertyNames':
      return undefined
    case 'anyOf':
      return {
        path,
        rank: 2,
        wants: [...GATE_RULE_KEYS],
        message: `${here} has no rule: a gate needs at least one of ${GATE_RULE_KEYS.map((k) => `\`${k}\``).join(', ')}.`,
        fix: `Add a rule, e.g. \`min: 0.9\` or \`max_regression: 1%\`, under ${here}.`,
      }
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty)
      const allowed = Object.keys((parent as { properties?: object } | undefined)?.properties ?? {})
      if (key === '<<') {
        return {
          path: [...path, key],
          rank: 2,
          message: `merge keys (\`<<\`) are not supported ${path.length === 0 ? 'in the policy' : `in ${here}`}.`,
          fix: 'Write the keys out, or reuse a whole gate with an alias (`b: *a`).',
        }
      }
      const guess = closest(key, allowed)
      const where = path.length === 0 ? 'at the top level of the policy' : `in ${here}`
      return {
        path: [...path, key],
        rank: 2,
        suggests: guess,
        message: `unknown key \`${key}\` ${where}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
        fix: guess ? `Rename it to \`${guess}\`.` : `Use only: ${allowed.map((k) => `\`${k}\``).join(', ')}.`,
      }
    }
    case 'false schema':
      return {
        path,
        rank: 3,
        message: `top-level \`${String(path[path.length - 1])}\` cannot be combined with \`models:\`.`,
        fix: 'Move it into each model under `models:` (every model has its own metrics, baseline, gates and declarations), or drop `models:` for a single-model policy.',
      }
    case 'required': {
      const missing = (error.params as { missingProperty: string }).missingProperty
      return { path, rank: 2, wants: [missing], ...requiredProblem(path, missing) }
    }
    case 'const': {
      const expected = JSON.stringify((error.params as { allowedValue: unknown }).allowedValue)
      if (path.join('.') === 'version') {
        return {
          path,
          rank: 2,
          at: 'value',
          message: `unsupported policy version ${JSON.stringify(error.data)}: expected \`version: ${expected}\`.`,
          fix: `Set \`version: ${expected}\` (the only policy format this release reads).`,
        }
      }
      return { path, rank: 2, at: 'value', message: `${here} must be ${expected}.`, fix: `Set it to ${expected}.` }
    }
    case 'enum': {
      const allowed = ((error.params as { allowedValues: unknown[] }).allowedValues ?? []).map(String)
      const guess = typeof error.data === 'string' ? closest(error.data, allowed) : undefined
      return {
        path,
        rank: 2,
        at: 'value',
        message: `${here} is ${JSON.stringify(error.data)}; expected one of ${allowed.map((a) => `\`${a}\``).join(', ')}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
        fix: `Set ${here} to ${guess ? `\`${guess}\`` : `one of ${allowed.join(', ')}`}.`,
      }
    }
    case 'type':
      return { path, rank: 1, at: 'value', ...typeProblem(path, here, String((error.params as { type: string }).type), error.data) }
    case 'minProperties':
      return {
        path,
        rank: 2,
        message: `${here} is empty.`,
        fix:
          path[path.length - 1] === 'models'
            ? 'Add at least one model under `models:`.'
            : `Add at least one gate, e.g. \`accuracy: {min: 0.9}\`.`,
      }
    case 'minimum': {
      const limit = (error.params as { limit: number }).limit
      return {
        path,
        rank: 2,
        at: 'value',
        message: `${here} is ${JSON.stringify(error.data)}; expected ${limit} or more.`,
        fix: path[path.length - 1] === 'max_review_age_days' ? 'Write a whole number of days, e.g. `180`.' : `Set it to ${limit} or more.`,
      }
    }
    case 'maximum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum': {
      const { limit, comparison } = error.params as { limit: number; comparison: string }
      return {
        path,
        rank: 2,
        at: 'value',
        message: `${here} is ${JSON.stringify(error.data)}; expected a number ${comparison} ${limit}.`,
        fix: path[path.length - 1] === 'confidence' ? 'Write a confidence between 0 and 1, e.g. `0.95`.' : `Set it ${comparison} ${limit}.`,
      }
    }
    case 'minLength':
      return { path, rank: 2, at: 'value', message: `${here} is empty.`, fix: 'Give a non-empty value.' }
    case 'uniqueItems':
      return { path, rank: 2, at: 'value', message: `${here} lists the same entry twice.`, fix: 'Remove the duplicate.' }
    default:
      return { path, rank: 0, message: `${here} ${error.message ?? 'is invalid'}.`, fix: 'See the policy reference in the README.' }
  }
}

function amountProblem(here: string, value: unknown): { message: string; fix: string } {
  const negative = typeof value === 'number' && value < 0
  const shown = typeof value === 'string' ? value : JSON.stringify(value)
  return {
    message: `${here}: ${AMOUNT_MESSAGE}${negative ? ', not a negative number' : ''}, found \`${shown}\`.`,
    fix: "Write a non-negative number in the metric's unit (e.g. `0.01`) or a percentage of the baseline (e.g. `0.5%`).",
  }
}

function propertyNameProblem(isModelName: boolean, name: string): { message: string; fix: string } {
  if (isModelName) {
    return {
      message: `invalid model name \`${name}\`: use ${MODEL_NAME_HINT}.`,
      fix: 'Rename the model, e.g. `fraud-v2`.',
    }
  }
  return {
    message: `invalid gate pattern \`${name}\`: ${patternDefect(name)}.`,
    fix: 'Write a dot path such as `latency_ms.p95` or `slices.*.recall`; escape a literal dot as `\\.`.',
  }
}

/** Says what is wrong with a gate pattern that failed the schema's pattern. */
export function patternDefect(pattern: string): string {
  if (pattern === '') return 'it is empty'
  const segments: string[] = []
  let current = ''
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]
    if (ch === '\\') {
      if (i + 1 >= pattern.length) return 'it ends with a lone `\\`'
      current += ch + pattern[++i]
    } else if (ch === '.') {
      segments.push(current)
      current = ''
    } else current += ch
  }
  segments.push(current)
  if (segments.some((s) => s === '')) return 'it has an empty segment (a leading, trailing or doubled `.`)'
  if (segments.some((s) => s !== '*' && /(^|[^\\])\*/.test(s)))
    return '`*` must be a whole segment (as in `slices.*.recall`), not part of one'
  return 'it is not a valid metric path'
}

function requiredProblem(path: DataPath, missing: string): { message: string; fix: string } {
  const last = path[path.length - 1]
  if (missing === 'version') return { message: 'the policy has no `version`.', fix: 'Add `version: 1` as the first line.' }
  if (missing === 'gates') {
    const owner = path.length === 0 ? 'the policy' : `model \`${String(last)}\``
    return { message: `${owner} has no \`gates\`.`, fix: 'Add `gates:` with at least one gate, e.g. `gates: {accuracy: {min: 0.9}}`.' }
  }
  if (missing === 'file' && last === 'baseline') {
    return {
      message: '`baseline.source` is `file`, so `baseline.file` is required.',
      fix: 'Add `file: <path of the baseline metrics at the base commit>` under `baseline:`, or use `source: base`.',
    }
  }
  return { message: `${describePath(path)} is missing \`${missing}\`.`, fix: `Add \`${missing}\`.` }
}

const TYPE_WORDS: Record<string, string> = {
  object: 'a mapping',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: '`true` or `false`',
}

function typeProblem(path: DataPath, here: string, type: string, value: unknown): { message: string; fix: string } {
  const expected = TYPE_WORDS[type] ?? type
  const found = describeValue(value)
  if (path.length === 0) {
    return {
      message: `expected the policy to be a mapping starting with \`version: 1\`, found ${found}.`,
      fix: 'Write the policy as YAML keys: `version: 1`, `gates: ...`.',
    }
  }
  if (path.length >= 2 && path[path.length - 2] === 'gates' && type === 'object') {
    return {
      message: `${here} must be a mapping of rules, found ${found}.`,
      fix: `Write e.g. \`${String(path[path.length - 1])}: {min: 0.9}\`.`,
    }
  }
  return { message: `${here} must be ${expected}, found ${found}.`, fix: `Write ${expected} there.` }
}

function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing (an empty value)'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  return `${typeof value === 'string' ? 'the string' : 'the value'} ${JSON.stringify(value)}`
}

/** A readable name for a place in the policy, e.g. "gate `accuracy`", "`max` of gate `latency_ms.p95` (model `fraud`)". */
export function describePath(path: DataPath): string {
  if (path.length === 0) return 'the policy'
  const model = path[0] === 'models' && path.length >= 2 ? ` (model \`${String(path[1])}\`)` : ''
  const rest = path[0] === 'models' && path.length >= 3 ? path.slice(2) : path
  const gi = rest.indexOf('gates')
  if (gi >= 0 && rest.length > gi + 1) {
    const gate = `gate \`${String(rest[gi + 1])}\``
    const inner = rest.slice(gi + 2)
    return `${inner.length ? `\`${inner.join('.')}\` of ${gate}` : gate}${model}`
  }
  if (path[0] === 'models' && path.length === 2) return `model \`${String(path[1])}\``
  return `\`${rest.join('.')}\`${model}`
}

function instancePath(pointer: string): DataPath {
  return pointerSegments(pointer)
}
