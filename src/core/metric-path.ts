/**
 * Metric names are dot paths. A dot that belongs to a key is escaped as `\.`, a backslash that
 * belongs to a key as `\\`; a backslash before any other character is kept as written. In a gate
 * pattern a segment that is exactly `*` matches any one segment.
 */

const WILDCARD = '*'

/** Splits a metric name or pattern into its segments, resolving `\.` and `\\` escapes. */
export function splitPath(name: string): string[] {
  const segments: string[] = []
  let current = ''
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]
    const next = name[i + 1]
    if (ch === '\\' && (next === '.' || next === '\\')) {
      current += next
      i++
    } else if (ch === '.') {
      segments.push(current)
      current = ''
    } else {
      current += ch
    }
  }
  segments.push(current)
  return segments
}

/** Joins segments into a metric name, escaping `\` and `.` inside each segment. */
export function joinPath(segments: string[]): string {
  return segments.map((s) => s.replace(/[\\.]/g, (ch) => `\\${ch}`)).join('.')
}

/** True when the pattern has a whole `*` segment. */
export function isWildcard(pattern: string): boolean {
  return splitPath(pattern).includes(WILDCARD)
}

/**
 * The names that a gate pattern matches, in the iteration order of `names`, without duplicates.
 * `*` matches exactly one segment; every other segment must be equal after resolving escapes,
 * so a literal pattern matches only names that spell the same path.
 */
export function matchPattern(pattern: string, names: Iterable<string>): string[] {
  const want = splitPath(pattern)
  const matches: string[] = []
  const seen = new Set<string>()
  for (const name of names) {
    if (seen.has(name)) continue
    const have = splitPath(name)
    if (have.length !== want.length) continue
    if (want.every((segment, i) => segment === WILDCARD || segment === have[i])) {
      seen.add(name)
      matches.push(name)
    }
  }
  return matches
}
