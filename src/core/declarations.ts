/**
 * Declaration checks: every section the policy requires (e.g. `privacy`, `ownership`) must be
 * present and non-empty in the declarations document.
 */
import { splitPath } from './metric-path.js'
import type { Check, DeclarationSettings, DeclarationsDoc } from './types.js'

/** What a filled-in section could look like, for the fix hint. */
const EXAMPLES: Record<string, string> = {
  privacy: "privacy: {personal_data: none, data_retention: '30 days'}",
  ownership: "ownership: {owner: '@team-handle', on_call: '@oncall'}"
}

/** One Check per required section, in the order the policy lists them. */
export function checkDeclarations(doc: DeclarationsDoc | undefined, settings: DeclarationSettings): Check[] {
  return settings.require.map((section) => checkSection(doc, settings.file, section))
}

function checkSection(doc: DeclarationsDoc | undefined, file: string, section: string): Check {
  const example = EXAMPLES[section] ?? `${section}: {...}`
  const base = {
    id: `declaration:${section}`,
    kind: 'declaration' as const,
    severity: 'block' as const,
    rule: `${section} section present`
  }
  const fail = (message: string, line = 1): Check => ({ ...base, status: 'fail', message, location: { file, line } })

  if (!doc) return fail(`${file}: file not found; create it with a \`${section}\` section, e.g. \`${example}\`.`)
  const inFrontMatter = /\.(ya?ml|json)$/i.test(file) ? '' : ' in its front matter'
  if (doc.data === undefined) {
    return fail(`${file} has no YAML front matter; add a \`---\` block at the top with e.g. \`${example}\`.`)
  }
  const found = lookup(doc.data, splitPath(section))
  if (found === undefined) {
    return fail(`${file} has no \`${section}\` section${inFrontMatter}; add e.g. \`${example}\`.`)
  }
  const line = doc.lineOf(section) ?? 1
  if (!isFilled(found)) {
    return fail(`The \`${section}\` section of ${file} is empty; fill it in, e.g. \`${example}\`.`, line)
  }
  return { ...base, status: 'pass', message: `${file} declares \`${section}\` (line ${line}).`, location: { file, line } }
}

/** The value at a path of own mapping keys, or undefined. */
function lookup(data: unknown, path: string[]): unknown {
  let node = data
  for (const key of path) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

/** Non-empty: a non-blank string, a number or boolean, a list with a filled item, a mapping with a filled value. */
export function isFilled(value: unknown): boolean {
  if (value === null || value === undefined) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.some(isFilled)
  if (typeof value === 'object') return Object.values(value).some(isFilled)
  return true
}
