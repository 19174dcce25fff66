/**
 * Placeholder detection: values that look filled in but say nothing (TBD, TODO, N/A, `<owner>`,
 * example.com addresses, lorem ipsum, blank strings, ...). Declarations treat them as missing.
 */

/** Whole-value markers, compared after trimming, lower-casing and dropping trailing punctuation. */
const MARKERS = new Set([
  'tbd',
  'tba',
  'tbc',
  'todo',
  'to do',
  'fixme',
  'n/a',
  'na',
  'n.a',
  'n.a.',
  'not applicable',
  'unknown',
  'placeholder',
  'changeme',
  'change me',
  'change-me',
  'change_me',
  'fill in',
  'fill me in',
  'fill-in',
  'xxx',
  'xx',
  'x',
  '-',
  '--',
  '---',
  '?',
  '??',
  '???',
  '...',
  '…',
  'null',
  'nil',
  'undefined',
])

/** Markers that make any text a placeholder wherever they appear as a word ("Owner: TBD"). */
const MARKER_WORD = /(?:^|[^a-z0-9])(tbd|tba|tbc|todo|fixme|xxx+|changeme)(?:$|[^a-z0-9])/i
/** `<owner>`, `<your team>`, `{{ owner }}`, `[owner name]`, `${OWNER}`. */
const TEMPLATE_SLOT = /^(?:<[^<>]+>|\{\{[^{}]*\}\}|\[[^[\]]+\]|\$\{[^{}]+\})$/
const LOREM = /\blorem\s+ipsum\b/i
/** Reserved example domains (RFC 2606): example.com, docs.example.org, in an address, a URL or bare. */
const EXAMPLE_DOMAIN = /(?:^|[@/.\s])((?:[a-z0-9-]+\.)*example\.(?:com|org|net))(?=$|[/:?#\s>)\],;]|\.(?:$|\s))/i
/** Reserved top-level domains (RFC 2606 / 6761) in an address or URL: a@team.example, https://x.test/. */
const RESERVED_TLD = /(?:@|:\/\/)((?:[a-z0-9-]+\.)*[a-z0-9-]+\.(?:example|invalid|test|localhost))(?=$|[/:?#\s>)\],;]|\.(?:$|\s))/i

/** Why `value` is a placeholder, in words (e.g. "is the placeholder `TBD`"), or undefined when it is real. */
export function placeholderReason(value: unknown): string | undefined {
  if (value === null || value === undefined) return 'is empty'
  if (Array.isArray(value)) {
    if (value.length === 0) return 'is an empty list'
    return value.every((item) => isPlaceholder(item)) ? 'lists only placeholders' : undefined
  }
  if (typeof value === 'object') {
    const values = Object.values(value)
    if (values.length === 0) return 'is an empty mapping'
    return values.every((item) => isPlaceholder(item)) ? 'holds only placeholders' : undefined
  }
  if (typeof value !== 'string') return undefined
  return stringReason(value)
}

/** True when `value` says nothing: empty, or a placeholder such as TBD, `<owner>` or an example.com address. */
export function isPlaceholder(value: unknown): boolean {
  return placeholderReason(value) !== undefined
}

/** A placeholder found inside a value, with its dot path relative to the value's own path. */
export interface PlaceholderHit {
  path: string
  reason: string
  value: unknown
}

/**
 * Every placeholder leaf (strings and empty values) inside `value`, with dot paths built on `base`
 * (list items as `base.0`). Containers are descended into rather than reported as a whole.
 */
export function findPlaceholders(value: unknown, base: string): PlaceholderHit[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [{ path: base, reason: 'is an empty list', value }]
    return value.flatMap((item, i) => findPlaceholders(item, `${base}.${i}`))
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) return [{ path: base, reason: 'is an empty mapping', value }]
    return entries.flatMap(([key, item]) => findPlaceholders(item, `${base}.${escapeKey(key)}`))
  }
  const reason = placeholderReason(value)
  return reason === undefined ? [] : [{ path: base, reason, value }]
}

function stringReason(text: string): string | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return 'is an empty string'
  const normal = trimmed.toLowerCase().replace(/[.:!]+$/, '')
  if (MARKERS.has(normal) || MARKERS.has(trimmed.toLowerCase())) return `is the placeholder \`${trimmed}\``
  if (TEMPLATE_SLOT.test(trimmed)) return `is the template slot \`${trimmed}\`, not a value`
  if (LOREM.test(trimmed)) return 'is lorem ipsum filler text'
  const marker = MARKER_WORD.exec(trimmed)
  if (marker) return `contains the placeholder \`${marker[1]}\``
  const domain = EXAMPLE_DOMAIN.exec(trimmed) ?? RESERVED_TLD.exec(trimmed)
  if (domain) return `uses the reserved example domain \`${domain[1]}\``
  return undefined
}

function escapeKey(key: string): string {
  return key.replace(/\\/g, '\\\\').replace(/\./g, '\\.')
}
