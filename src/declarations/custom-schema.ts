/**
 * The repository's own declarations rules: an extra JSON Schema named by the policy's
 * `declarations.schema`, read at the base commit and already parsed. It is compiled safely: only
 * local `$ref`s (`#…`), no remote `$id`, a known `$schema` (draft-07 or 2020-12), no `$async`, at
 * most MAX_SCHEMA_BYTES serialized and MAX_SCHEMA_DEPTH deep, ajv in strict mode without
 * `loadSchema`, and only the built-in formats below (pure functions: nothing is fetched).
 */
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv'
import type { Ajv2020 } from 'ajv/dist/2020.js'
import { joinPath } from '../core/metric-path.js'
import type { Check, DeclarationsDoc } from '../core/types.js'
import { isIsoDuration, parseIsoDate } from './iso.js'
import { declarationCheck, failuresFirst } from './messages.js'
import { escapePointer, isObject, unescapePointer } from '../core/words.js'

export const MAX_SCHEMA_BYTES = 256 * 1024
export const MAX_SCHEMA_DEPTH = 64
/** Problems reported one by one; the rest are counted in the last check. */
const MAX_REPORTED = 50

const DRAFT_07 = new Set(['http://json-schema.org/draft-07/schema#', 'http://json-schema.org/draft-07/schema'])
const DRAFT_2020 = new Set(['https://json-schema.org/draft/2020-12/schema', 'https://json-schema.org/draft/2020-12/schema#'])
const REFERENCE_KEYWORDS = ['$ref', '$dynamicRef', '$recursiveRef']
const HAS_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:|^\/\//

/** Formats the schema may use; each is a pure check on the string. */
const FORMATS: Record<string, (text: string) => boolean> = {
  date: (text) => parseIsoDate(text) !== undefined,
  'date-time': (text) =>
    /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/.test(text) &&
    parseIsoDate(text.slice(0, 10)) !== undefined &&
    !Number.isNaN(Date.parse(text)),
  duration: (text) => isIsoDuration(text),
  email: (text) => /^[^\s@<>()[\]]+@[^\s@<>()[\]]+\.[^\s@<>()[\]]+$/.test(text),
  uri: (text) => HAS_SCHEME.test(text) && URL.canParse(text),
  uuid: (text) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text),
}

type Doc = Pick<DeclarationsDoc, 'file' | 'lineOf'>

/** ajv's schema compilers, once `loadSchemaCompilers` has loaded them. */
let compilers: { Ajv: typeof Ajv; Ajv2020: typeof Ajv2020 } | undefined

/**
 * Loads ajv's schema compilers, which `customSchemaChecks` needs: only a policy with
 * `declarations.schema` does, so the bundles keep ajv in a chunk file read for it alone (issue 13).
 */
export async function loadSchemaCompilers(): Promise<void> {
  if (compilers) return
  const { Ajv, Ajv2020 } = await import('./schema-compilers.js')
  compilers = { Ajv, Ajv2020 }
}

interface SchemaProblem {
  message: string
  fix: string
}

/**
 * Validates the declarations data against the repository's schema: one failing check per field
 * that breaks it (at the field's line in the card), a single failing check naming the schema file
 * when the schema cannot be used safely or does not compile, or one passing check.
 * `loadSchemaCompilers()` must have been awaited first.
 */
export function customSchemaChecks(doc: DeclarationsDoc, data: unknown, extra: { file: string; schema: unknown }): Check[] {
  const compiled = compileSafely(extra.schema, extra.file)
  if ('problem' in compiled) {
    return [
      declarationCheck({
        id: 'declaration:schema',
        field: 'declarations.schema',
        status: 'fail',
        message: `the policy's \`declarations.schema\` (\`${extra.file}\`) cannot be used: ${compiled.problem.message}`,
        fix: compiled.problem.fix,
        doc: { file: extra.file, lineOf: () => undefined },
        rule: `the repository's schema \`${extra.file}\` compiles safely`,
      }),
    ]
  }
  const { validate } = compiled
  if (validate(data)) {
    return [
      declarationCheck({
        id: 'declaration:schema',
        field: 'declarations.schema',
        status: 'pass',
        message: `\`${doc.file}\` satisfies the repository's schema \`${extra.file}\` (\`declarations.schema\`).`,
        doc,
        rule: `declarations satisfy \`${extra.file}\``,
      }),
    ]
  }
  return failuresFirst(validationChecks(doc, validate.errors ?? [], extra.file))
}

type Compiled = { validate: ValidateFunction } | { problem: SchemaProblem }

function compileSafely(schema: unknown, file: string): Compiled {
  const unsafe = safetyProblem(schema)
  if (unsafe) return { problem: unsafe }
  const dialect = isObject(schema) && typeof schema.$schema === 'string' && DRAFT_2020.has(schema.$schema) ? '2020-12' : 'draft-07'
  const options = {
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    allErrors: true,
    verbose: true,
    ownProperties: true,
    formats: FORMATS,
    validateFormats: true,
  }
  if (!compilers) throw new Error('customSchemaChecks needs loadSchemaCompilers() awaited first')
  const ajv = dialect === '2020-12' ? new compilers.Ajv2020(options) : new compilers.Ajv(options)
  try {
    return { validate: ajv.compile(schema as object | boolean) }
  } catch (error) {
    return { problem: compileProblem(error instanceof Error ? error.message : String(error), file) }
  }
}

/** Why the schema cannot be compiled safely (remote references, unknown dialect, too big or too deep), if it cannot. */
export function safetyProblem(schema: unknown): SchemaProblem | undefined {
  if (typeof schema === 'boolean') return undefined
  if (!isObject(schema)) {
    return {
      message: `a JSON Schema is a mapping (or \`true\`/\`false\`), found ${Array.isArray(schema) ? 'a list' : typeof schema}.`,
      fix: 'write the schema as a JSON object, e.g. `{"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}`.',
    }
  }
  const stack: { node: unknown; depth: number; pointer: string }[] = [{ node: schema, depth: 0, pointer: '#' }]
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth, pointer } = item
    if (depth > MAX_SCHEMA_DEPTH) {
      return {
        message: `it is nested more than ${MAX_SCHEMA_DEPTH} levels deep (at \`${pointer}\`).`,
        fix: 'flatten the schema: move repeated parts into `$defs` and point at them with local `$ref`s.',
      }
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, depth: depth + 1, pointer: `${pointer}/${i}` }))
      continue
    }
    if (!isObject(node)) continue
    const problem = keywordProblem(node, pointer, depth === 0)
    if (problem) return problem
    for (const [key, child] of Object.entries(node))
      stack.push({ node: child, depth: depth + 1, pointer: `${pointer}/${escapePointer(key)}` })
  }
  let size: number
  try {
    size = Buffer.byteLength(JSON.stringify(schema), 'utf8')
  } catch {
    return {
      message: 'it is not plain JSON data.',
      fix: 'write the schema as a JSON or YAML document of mappings, lists, strings, numbers and booleans.',
    }
  }
  if (size > MAX_SCHEMA_BYTES) {
    return {
      message: `it is ${Math.ceil(size / 1024)} KB serialized; at most ${MAX_SCHEMA_BYTES / 1024} KB is accepted.`,
      fix: 'keep the repository schema to the rules the card needs (the built-in schema already covers privacy, ownership, maintenance and governance).',
    }
  }
  return undefined
}

function keywordProblem(node: Record<string, unknown>, pointer: string, root: boolean): SchemaProblem | undefined {
  for (const keyword of REFERENCE_KEYWORDS) {
    const ref = node[keyword]
    if (typeof ref === 'string' && !ref.startsWith('#')) {
      return {
        message: `\`${keyword}: ${ref}\` at \`${pointer}\` is not a local reference: only references inside the same file (\`#…\`) are allowed, nothing is fetched.`,
        fix: `copy the referenced schema into \`$defs\` and write \`${keyword}: "#/$defs/<name>"\`.`,
      }
    }
  }
  if (typeof node.$id === 'string' && HAS_SCHEME.test(node.$id)) {
    return {
      message: `\`$id: ${node.$id}\` at \`${pointer}\` is a remote URL.`,
      fix: 'remove the `$id` (the schema is identified by its file), or use a plain fragment-free name such as `"card-rules"`.',
    }
  }
  if (typeof node.$schema === 'string' && !DRAFT_07.has(node.$schema) && !DRAFT_2020.has(node.$schema)) {
    return {
      message: `\`$schema: ${node.$schema}\`${root ? '' : ` at \`${pointer}\``} is not a dialect model-gate knows.`,
      fix: 'write `"$schema": "https://json-schema.org/draft/2020-12/schema"` (or `"http://json-schema.org/draft-07/schema#"`).',
    }
  }
  if (node.$async !== undefined) {
    return { message: `\`$async\` at \`${pointer}\` asks for asynchronous validation, which could load data.`, fix: 'remove `$async`.' }
  }
  return undefined
}

function compileProblem(message: string, file: string): SchemaProblem {
  const text = message.replace(/\s+/g, ' ').trim()
  const keyword = /unknown keyword: "([^"]+)"/.exec(text)?.[1]
  if (keyword)
    return {
      message: `ajv (strict mode) does not know the keyword \`${keyword}\`.`,
      fix: `remove \`${keyword}\` from \`${file}\` (notes belong in \`description\` or \`$comment\`).`,
    }
  const format = /unknown format "([^"]+)"/.exec(text)?.[1]
  if (format)
    return {
      message: `the format \`${format}\` is not supported.`,
      fix: `use one of ${Object.keys(FORMATS)
        .map((f) => `\`${f}\``)
        .join(', ')}, or a \`pattern\`, in \`${file}\`.`,
    }
  const untyped = /missing type "([^"]+)" for keyword "([^"]+)" at "([^"]+)"/.exec(text)
  if (untyped) {
    const [, types = '', word = '', at = '#'] = untyped
    const type = types.split(',').includes('string') ? 'string' : (types.split(',')[0] ?? 'object')
    return {
      message: `\`${word}\` at \`${at}\` has no \`type\` beside it (ajv strict mode needs one).`,
      fix: `add \`"type": "${type}"\` next to \`${word}\` at \`${at}\` in \`${file}\`.`,
    }
  }
  if (/can't resolve reference|MissingRef/i.test(text))
    return { message: `${text}.`, fix: `point the \`$ref\` at a definition that exists in \`${file}\`, e.g. \`"#/$defs/owner"\`.` }
  return {
    message: `${text.replace(/\.$/, '')}.`,
    fix: `correct \`${file}\` so that it is a valid JSON Schema (it is compiled with ajv in strict mode).`,
  }
}

interface FieldProblem {
  path: string
  messages: string[]
  fixes: string[]
}

function validationChecks(doc: Doc, errors: ErrorObject[], file: string): Check[] {
  const byPath = new Map<string, FieldProblem>()
  for (const error of errors) {
    if (error.keyword === 'if') continue
    const path = errorPath(error)
    const found = byPath.get(path) ?? { path, messages: [], fixes: [] }
    const message = `${error.message ?? 'is invalid'}${describeParams(error)} (\`${error.keyword}\` at \`${error.schemaPath}\`)`
    if (!found.messages.includes(message)) found.messages.push(message)
    const fix = fixFor(error, path)
    if (!found.fixes.includes(fix)) found.fixes.push(fix)
    byPath.set(path, found)
  }
  const problems = [...byPath.values()]
  const shown = problems.slice(0, MAX_REPORTED)
  return shown.map((problem, i) => {
    const field = problem.path === '' ? '(document)' : problem.path
    const more =
      i === shown.length - 1 && problems.length > shown.length
        ? ` (${problems.length - shown.length} more fields break \`${file}\`; they are not listed)`
        : ''
    return declarationCheck({
      id: `declaration:${field}:schema`,
      field,
      status: 'fail',
      message: `\`${field}\` breaks the repository's schema \`${file}\`: it ${problem.messages.join('; ')}${more}.`,
      fix: problem.fixes.join('; '),
      doc,
      rule: `declarations satisfy \`${file}\``,
    })
  })
}

/** The dot path of the field an error is about (the missing or extra key itself, not its parent). */
function errorPath(error: ErrorObject): string {
  const segments = error.instancePath === '' ? [] : error.instancePath.slice(1).split('/').map(unescapePointer)
  const params = error.params as Record<string, unknown>
  const child = params.missingProperty ?? params.additionalProperty ?? params.unevaluatedProperty ?? params.propertyName
  if (typeof child === 'string' && error.keyword !== 'propertyNames') segments.push(child)
  return joinPath(segments)
}

function describeParams(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>
  if (error.keyword === 'enum' && Array.isArray(params.allowedValues))
    return `: ${params.allowedValues.map((v) => `\`${String(v)}\``).join(', ')}`
  if (error.keyword === 'const') return `: \`${String(params.allowedValue)}\``
  return ''
}

function fixFor(error: ErrorObject, path: string): string {
  const params = error.params as Record<string, unknown>
  const example = (value: string): string => `\`${path}: ${value}\``
  switch (error.keyword) {
    case 'required':
    case 'dependentRequired':
    case 'dependencies':
      return `add ${example('…')}`
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return `remove \`${path}\` or rename it to a key the schema allows`
    case 'enum':
      return `write one of the allowed values, e.g. ${example(String((params.allowedValues as unknown[] | undefined)?.[0]))}`
    case 'const':
      return `write ${example(String(params.allowedValue))}`
    case 'type':
      return `write ${String(params.type)} at \`${path}\``
    case 'pattern':
      return `write a value matching \`${String(params.pattern)}\` at \`${path}\``
    case 'format':
      return `write a valid ${String(params.format)} at \`${path}\``
    default:
      return `change \`${path === '' ? 'the document' : path}\` so that it ${error.message ?? 'satisfies the schema'}`
  }
}
