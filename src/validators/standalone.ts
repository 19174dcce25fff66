/**
 * Support for the precompiled JSON Schema validators in src/generated/ (ajv standalone code,
 * written by scripts/validators.mjs): the runtime helpers their code calls, and the way back from
 * the schema copies they embed to the schema file's own objects, so that code telling sub-schemas
 * apart by identity (`error.parentSchema === definitions.amount`) keeps working.
 */
import type { ValidateFunction } from 'ajv'

/** One generated validator: the function, and each embedded schema copy with its JSON pointer in the schema file. */
export interface GeneratedValidator {
  validate: ValidateFunction
  copies: ReadonlyArray<readonly [object, string]>
}

/** Deep equality of JSON values (ajv's `uniqueItems`, `const` and `enum` on objects). */
export function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return Number.isNaN(a) && Number.isNaN(b)
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => equal(item, b[i]))
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  return keys.every((key) => Object.hasOwn(b, key) && equal((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
}

/** Length of a string in Unicode code points (ajv's `minLength`/`maxLength`: a surrogate pair counts once). */
export function ucs2length(text: string): number {
  let length = 0
  for (let i = 0; i < text.length; i++) {
    length++
    const code = text.charCodeAt(i)
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if ((next & 0xfc00) === 0xdc00) i++
    }
  }
  return length
}

/** The object at a JSON pointer ('' is the root) inside `root`, if any. */
function at(root: unknown, pointer: string): unknown {
  let node = root
  for (const raw of pointer === '' ? [] : pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~')
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/**
 * Maps any object inside the generated validators' schema copies to the object at the same place in
 * `schema` (the schema file as imported), and returns every other value unchanged. The generated
 * code takes its schema objects from the file it imports, so a copy is usually the file's own object
 * already: that one needs no entry.
 */
export function schemaOrigins(schema: object, ...validators: GeneratedValidator[]): (node: unknown) => unknown {
  const origin = new WeakMap<object, unknown>()
  const pair = (copy: unknown, original: unknown): void => {
    if (copy === original) return
    if (copy === null || typeof copy !== 'object' || original === null || typeof original !== 'object' || origin.has(copy)) return
    origin.set(copy, original)
    for (const [key, value] of Object.entries(copy))
      pair(value, Object.hasOwn(original, key) ? (original as Record<string, unknown>)[key] : undefined)
  }
  for (const { copies } of validators) for (const [copy, pointer] of copies) pair(copy, at(schema, pointer))
  return (node) => (node !== null && typeof node === 'object' ? (origin.get(node) ?? node) : node)
}
