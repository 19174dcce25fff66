/** Small word and data helpers every layer uses: one definition each. Pure. */

/** `1 check`, `2 checks`; `many` for irregular plurals. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

/** Untrusted text quoted for a message: JSON-quoted and cut short. */
export function quote(text: string, max = 60): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text)
}

/** A plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A JSON Pointer (RFC 6901) as its segments: `/a~1b/0` → [`a/b`, `0`]. */
export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return []
  return pointer.slice(1).split('/').map(unescapePointer)
}

/** One key escaped for a JSON Pointer: `~` → `~0`, `/` → `~1`. */
export function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1')
}

/** One JSON Pointer segment unescaped. */
export function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~')
}

/** The allowed word nearest to `word` (edit distance), when it is near enough to be a typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  return closestAll(word, candidates, 1)[0]
}

/**
 * Up to `most` candidates near enough to `word` to be what was meant, nearest first (ties in
 * the candidates' order). Near enough: an edit distance of at most max(2, ⌊length/3⌋).
 */
export function closestAll(word: string, candidates: Iterable<string>, most = 3): string[] {
  const lower = word.toLowerCase()
  const limit = Math.max(2, Math.floor(word.length / 3))
  const found: { candidate: string; distance: number; order: number }[] = []
  let order = 0
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit) continue
    const distance = editDistance(lower, candidate.toLowerCase(), limit)
    if (distance <= limit) found.push({ candidate, distance, order: order++ })
  }
  return found
    .sort((a, b) => a.distance - b.distance || a.order - b.order)
    .slice(0, most)
    .map((f) => f.candidate)
}

/** Levenshtein distance, cut off above `cap` (returns cap + 1 once it cannot be within it). */
export function editDistance(a: string, b: string, cap = Infinity): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > cap) return cap + 1
    previous = current
  }
  return previous[b.length] ?? 0
}
