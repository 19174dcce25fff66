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
  return new MetricIndex(names).match(pattern)
}

/**
 * The names of a metrics set (candidate and baseline), split once, so that each gate resolves in
 * time proportional to the names it could match rather than to every name: a literal pattern is
 * one map look-up, a wildcard scans only the names with as many segments.
 */
export class MetricIndex {
  private readonly byCanonical = new Map<string, string>()
  private readonly byLength = new Map<number, { name: string; segments: string[] }[]>()

  constructor(names: Iterable<string>) {
    for (const name of names) {
      const segments = splitPath(name)
      const canonical = joinPath(segments)
      if (this.byCanonical.has(canonical)) continue
      this.byCanonical.set(canonical, name)
      const bucket = this.byLength.get(segments.length) ?? []
      bucket.push({ name, segments })
      this.byLength.set(segments.length, bucket)
    }
  }

  /** The names `pattern` matches, in the order they were given, each path once. */
  match(pattern: string): string[] {
    const want = splitPath(pattern)
    if (!want.includes(WILDCARD)) {
      const name = this.byCanonical.get(joinPath(want))
      return name === undefined ? [] : [name]
    }
    return (this.byLength.get(want.length) ?? [])
      .filter(({ segments }) => want.every((segment, i) => segment === WILDCARD || segment === segments[i]))
      .map(({ name }) => name)
  }
}
