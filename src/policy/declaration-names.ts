/**
 * What `declarations.require` may name: a section of the built-in declarations schema
 * (schema/declarations.schema.json) or a dot path of a field under one, e.g. `ownership.on_call`.
 * The names are read from the schema itself, so the two cannot drift apart.
 */
import schema from '../../schema/declarations.schema.json' with { type: 'json' }
import { closest } from '../core/words.js'

type Node = Record<string, unknown>

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The sub-schema a local `$ref` (`#/definitions/x`) points at. */
function resolve(node: Node): Node {
  const ref = node.$ref
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node
  let target: unknown = schema
  for (const key of ref.slice(2).split('/')) target = isNode(target) ? target[key] : undefined
  return isNode(target) ? resolve(target) : node
}

/** Dot paths of every mapping key under `node` (through `$ref`s and combinators), not into lists. */
function fieldPaths(node: Node, prefix: string, seen: Set<Node>): string[] {
  const resolved = resolve(node)
  if (seen.has(resolved)) return []
  const inside = new Set(seen).add(resolved)
  const properties = isNode(resolved.properties) ? resolved.properties : {}
  const own = Object.keys(properties).flatMap((key) => {
    const child = properties[key]
    const path = `${prefix}.${key}`
    return [path, ...(isNode(child) ? fieldPaths(child, path, inside) : [])]
  })
  const combined = ['allOf', 'anyOf', 'oneOf']
    .flatMap((k) => (Array.isArray(resolved[k]) ? (resolved[k] as unknown[]) : []))
    .concat([resolved.if, resolved.then, resolved.else])
    .filter(isNode)
    .flatMap((sub) => fieldPaths(sub, prefix, inside))
  return [...own, ...combined]
}

const root: Node = schema
const rootProperties = isNode(root.properties) ? root.properties : {}

/** The sections, in the schema's order: privacy, ownership, maintenance, governance. */
export const DECLARATION_SECTIONS: readonly string[] = Object.keys(rootProperties)

/** Every name `declarations.require` accepts: the sections and the dot paths of their fields. */
export const DECLARATION_NAMES: readonly string[] = [
  ...new Set(
    DECLARATION_SECTIONS.flatMap((section) => {
      const node = rootProperties[section]
      return [section, ...(isNode(node) ? fieldPaths(node, section, new Set()) : [])]
    }),
  ),
]

const KNOWN = new Set(DECLARATION_NAMES)

/** Why `name` cannot be required (with the name it is probably a typo of), or undefined when it is known. */
export function unknownDeclarationName(name: string, here: string): { message: string; fix: string } | undefined {
  if (KNOWN.has(name)) return undefined
  const section = name.split('.')[0] ?? name
  const sectionKnown = DECLARATION_SECTIONS.includes(section)
  const guess = sectionKnown ? fieldGuess(section, name.slice(section.length + 1)) : closest(name, [...DECLARATION_NAMES])
  const what = sectionKnown ? `a field of \`${section}\`` : 'a declarations section'
  const sections = DECLARATION_SECTIONS.map((s) => `\`${s}\``).join(', ')
  return {
    message: `${here} names \`${name}\`, which is not ${what}${guess ? ` (did you mean \`${guess}\`?)` : ''}.`,
    fix: guess
      ? `Write \`${guess}\`.`
      : `Name a section (${sections}) or a field under one, e.g. \`ownership.on_call\`; the fields are listed in schema/declarations.schema.json.`,
  }
}

/** The field of `section` nearest to `rest` (compared without the section, so only the field's spelling counts). */
function fieldGuess(section: string, rest: string): string | undefined {
  const prefix = `${section}.`
  const fields = DECLARATION_NAMES.filter((n) => n.startsWith(prefix)).map((n) => n.slice(prefix.length))
  const guess = closest(rest, fields)
  return guess === undefined ? undefined : `${prefix}${guess}`
}
