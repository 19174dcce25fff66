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
  return pattern.includes('\\') ? splitPath(pattern).includes(WILDCARD) : plainWildcard(pattern)
}

/** `isWildcard` for a pattern without a backslash (its segments are `pattern.split('.')`), without splitting it. */
function plainWildcard(pattern: string): boolean {
  return pattern === WILDCARD || pattern.startsWith('*.') || pattern.endsWith('.*') || pattern.includes('.*.')
}

/** True when the pattern is a literal metric name spelled without escapes: it matches only the name itself. */
export function isPlainName(pattern: string): boolean {
  return !pattern.includes('\\') && !plainWildcard(pattern)
}

/**
 * The names that a gate pattern matches, in the iteration order of `names`, without duplicates.
 * `*` matches exactly one segment; every other segment must be equal after resolving escapes,
 * so a literal pattern matches only names that spell the same path.
 */
export function matchPattern(pattern: string, names: Iterable<string>): string[] {
  return new MetricIndex(names).match(pattern)
}

/** A set of names: a Set, or the keys of a Map (a metrics set). */
interface NameSet {
  has(name: string): boolean
  keys(): Iterable<string>
}

/**
 * The names of a metrics set (candidate and baseline), indexed so that each gate resolves in time
 * proportional to the names it could match rather than to every name: a literal pattern is a
 * look-up in each set, a wildcard compares the segments of each distinct path in place, without
 * splitting it. The first wildcard is matched in one pass over the sets, looking up in the earlier
 * sets only the names it matches; the list of distinct paths is made on the second.
 */
export class MetricIndex {
  private sets: readonly NameSet[]
  /** Every distinct path in the order given (made on the first wildcard). */
  private paths?: string[]
  /** The segments of the names in `paths` spelled with escapes. */
  private readonly segmentsOf = new Map<string, string[]>()
  /** The first name of each canonical path that is spelled with escapes. */
  private readonly escaped = new Map<string, string>()
  /** The wildcards matched so far. */
  private wildcards = 0

  constructor(names: Iterable<string>) {
    this.sets = [new Set(names)]
  }

  /** The index of the names of several metrics sets, in order (the candidate's, then the baseline's). */
  static of(...sets: ReadonlyArray<ReadonlyMap<string, unknown>>): MetricIndex {
    const index = new MetricIndex([])
    index.sets = sets
    return index
  }

  /** The names `pattern` matches, in the order they were given, each path once. */
  match(pattern: string): string[] {
    // Most gates name one metric: a look-up, without splitting and joining the name.
    if (isPlainName(pattern)) return this.sets.some((set) => set.has(pattern)) ? [pattern] : []
    const want = splitPath(pattern)
    if (!want.includes(WILDCARD)) {
      const canonical = joinPath(want)
      // Without a backslash a canonical path is spelled only one way: the name itself.
      if (!canonical.includes('\\')) return this.sets.some((set) => set.has(canonical)) ? [canonical] : []
      this.index()
      const name = this.escaped.get(canonical)
      return name === undefined ? [] : [name]
    }
    const { head, tail } = edgesOf(want)
    if (this.paths === undefined && this.wildcards++ === 0) return this.scan(want, head, tail)
    const out: string[] = []
    const paths = this.index()
    const anyEscaped = this.segmentsOf.size > 0
    for (const name of paths) {
      const segments = anyEscaped ? this.segmentsOf.get(name) : undefined
      if (segments ? segmentsMatch(want, segments) : name.startsWith(head) && name.endsWith(tail) && plainMatch(want, name)) out.push(name)
    }
    return out
  }

  /**
   * What `match` gives for a wildcard through `index()`, without making the index: the names in
   * the same order, each path once, but a name is looked up in the earlier sets only when it matches.
   */
  private scan(want: readonly string[], head: string, tail: string): string[] {
    const out: string[] = []
    const seen = new Set<string>()
    for (let i = 0; i < this.sets.length; i++) {
      const set = this.sets[i] as NameSet
      for (const name of set.keys()) {
        if (!name.includes('\\')) {
          if (name.startsWith(head) && name.endsWith(tail) && plainMatch(want, name) && !this.inEarlier(name, i)) out.push(name)
          continue
        }
        const segments = splitPath(name)
        const canonical = joinPath(segments)
        if (seen.has(canonical)) continue
        seen.add(canonical)
        if (segmentsMatch(want, segments)) out.push(name)
      }
    }
    return out
  }

  private index(): string[] {
    if (this.paths) return this.paths
    const paths: string[] = []
    for (let i = 0; i < this.sets.length; i++) {
      const set = this.sets[i] as NameSet
      for (const name of set.keys()) {
        if (!name.includes('\\')) {
          // A name without a backslash is its own canonical path: listed unless an earlier set has it.
          if (!this.inEarlier(name, i)) paths.push(name)
          continue
        }
        const segments = splitPath(name)
        const canonical = joinPath(segments)
        if (this.escaped.has(canonical)) continue
        this.escaped.set(canonical, name)
        this.segmentsOf.set(name, segments)
        paths.push(name)
      }
    }
    this.paths = paths
    return paths
  }

  private inEarlier(name: string, set: number): boolean {
    for (let i = 0; i < set; i++) if ((this.sets[i] as NameSet).has(name)) return true
    return false
  }
}

/**
 * What a name without escapes starts and ends with when `plainMatch(want, name)`: its first
 * segment and a dot, a dot and its last one ('' for a `*` there). Tested first, by the string
 * built-ins, they set aside most names of a wildcard like `slices.*.recall` without walking them.
 */
function edgesOf(want: readonly string[]): { head: string; tail: string } {
  const first = want[0] as string
  const last = want[want.length - 1] as string
  if (want.length < 2) return { head: '', tail: '' }
  return { head: first === WILDCARD ? '' : `${first}.`, tail: last === WILDCARD ? '' : `.${last}` }
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
