/**
 * Metric names are dot paths. A dot that belongs to a key is escaped as `\.`, a backslash that
 * belongs to a key as `\\`; a backslash before any other character is kept as written. In a gate
 * pattern a segment that is exactly `*` matches any one segment.
 */

const WILDCARD = '*'

/** Splits a metric name or pattern into its segments, resolving `\.` and `\\` escapes. */
export function splitPath(name: string): string[] {
  if (!name.includes('\\')) return name.split('.')
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
  if (!segments.some((s) => s.includes('\\') || s.includes('.'))) return segments.join('.')
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
 * The names of a metrics set (candidate and baseline), indexed once, so that each gate resolves in
 * time proportional to the names it could match rather than to every name: a literal pattern is
 * one map look-up, a wildcard compares each name's segments in place, without splitting it.
 */
export class MetricIndex {
  private readonly byCanonical = new Map<string, string>()
  /** Every distinct path, in the order given. */
  private readonly names: string[] = []
  /** The segments of the names with escapes; a name without a backslash is split on its dots. */
  private readonly escaped = new Map<string, string[]>()

  constructor(names: Iterable<string>) {
    for (const name of names) {
      // Without a backslash a name is its own canonical spelling: a repeated name costs one look-up.
      if (!name.includes('\\')) {
        if (this.byCanonical.has(name)) continue
        this.byCanonical.set(name, name)
      } else {
        const segments = splitPath(name)
        const canonical = joinPath(segments)
        if (this.byCanonical.has(canonical)) continue
        this.byCanonical.set(canonical, name)
        this.escaped.set(name, segments)
      }
      this.names.push(name)
    }
  }

  /** The names `pattern` matches, in the order they were given, each path once. */
  match(pattern: string): string[] {
    const want = splitPath(pattern)
    if (!want.includes(WILDCARD)) {
      const name = this.byCanonical.get(joinPath(want))
      return name === undefined ? [] : [name]
    }
    const out: string[] = []
    for (const name of this.names) {
      const segments = this.escaped.get(name)
      if (segments ? segmentsMatch(want, segments) : plainMatch(want, name)) out.push(name)
    }
    return out
  }
}

function segmentsMatch(want: readonly string[], segments: readonly string[]): boolean {
  return want.length === segments.length && want.every((segment, i) => segment === WILDCARD || segment === segments[i])
}

/** `segmentsMatch(want, name.split('.'))` for a name without escapes, without splitting it. */
function plainMatch(want: readonly string[], name: string): boolean {
  let start = 0
  const last = want.length - 1
  for (let i = 0; i <= last; i++) {
    const dot = name.indexOf('.', start)
    if (dot < 0 !== (i === last)) return false
    const end = dot < 0 ? name.length : dot
    const segment = want[i] as string
    if (segment !== WILDCARD && (end - start !== segment.length || !name.startsWith(segment, start))) return false
    start = end + 1
  }
  return true
}
