/**
 * CODEOWNERS, read the way GitHub reads it: one rule per line (`pattern owner owner ...`), `#`
 * comments (whole lines, or after whitespace), blank lines ignored, gitignore-style patterns, and
 * the LAST matching rule wins (a matching rule without owners leaves the path unowned).
 *
 * Patterns: `*` matches within one path segment, `?` one character, `**` any number of segments;
 * a leading `/` or a `/` in the middle anchors the pattern at the repository root, otherwise it
 * matches at any depth; a trailing `/` matches only what is inside that directory. A pattern that
 * names a directory covers everything below it, except that a final lone `*` (`docs/*`) covers
 * only the files directly inside, as GitHub documents. `!` negation and `[ ]` ranges do not
 * exist in CODEOWNERS: such lines are skipped, as GitHub skips them.
 */

/** One usable CODEOWNERS rule. */
export interface CodeownersRule {
  pattern: string
  /** `@user`, `@org/team` or email owners, as written. Empty: the matching paths have no owner. */
  owners: string[]
  /** 1-based line in the CODEOWNERS file. */
  line: number
  file: string
}

/** Where GitHub looks for CODEOWNERS, in its order of preference. */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

const OWNER = /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\/[A-Za-z0-9_.-]+)?|[^\s@]+@[^\s@]+\.[^\s@]+)$/

/** The rules of a CODEOWNERS file in file order; comments, blank and unusable lines are left out. */
export function parseCodeowners(text: string, file: string): CodeownersRule[] {
  const rules: CodeownersRule[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    const content = stripComment(raw).trim()
    if (content === '') return
    const [pattern = '', ...tokens] = content.split(/\s+/)
    if (!isUsablePattern(pattern)) return
    rules.push({ pattern, owners: tokens.filter((token) => OWNER.test(token)), line: i + 1, file })
  })
  return rules
}

/** The rule that decides the owners of `path`: the last one whose pattern matches it. */
export function ruleFor(rules: readonly CodeownersRule[], path: string): CodeownersRule | undefined {
  const target = normalisePath(path)
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i] as CodeownersRule
    if (patternMatches(rule.pattern, target)) return rule
  }
  return undefined
}

/** The owners of a repository-relative `path` (last matching rule wins); empty when nobody owns it. */
export function ownersFor(rules: readonly CodeownersRule[], path: string): string[] {
  return ruleFor(rules, path)?.owners ?? []
}

/** True when a gitignore-style CODEOWNERS pattern matches the repository-relative file `path`. */
export function patternMatches(pattern: string, path: string): boolean {
  const target = normalisePath(path).split('/')
  return matchSegments(compile(pattern), target)
}

/** A line's text without its comment: a line starting with `#`, or a `#` after whitespace. */
function stripComment(line: string): string {
  if (line.trimStart().startsWith('#')) return ''
  const at = line.search(/\s#/)
  return at < 0 ? line : line.slice(0, at)
}

function isUsablePattern(pattern: string): boolean {
  return pattern !== '' && !pattern.startsWith('!') && !/(^|[^\\])\[/.test(pattern) && !pattern.includes('***')
}

function normalisePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/^\/+/, '')
}

/**
 * A pattern as segment matchers. Besides literal/glob segments there are `**` (zero or more
 * segments) and `/**` at the end (one or more segments: the contents of a directory).
 */
type Segment = { kind: 'glob'; regex: RegExp } | { kind: 'any' } | { kind: 'some' }

function compile(pattern: string): Segment[] {
  const dirOnly = pattern.endsWith('/')
  const body = pattern.replace(/^\/+/, '').replace(/\/+$/, '')
  if (body === '') return [{ kind: 'glob', regex: /(?!)/ }]
  const anchored = pattern.startsWith('/') || body.includes('/')
  const parts = body.split('/')
  const segments: Segment[] = anchored || parts[0] === '**' ? [] : [{ kind: 'any' }]
  parts.forEach((part, i) => {
    const last = i === parts.length - 1
    if (part === '**') segments.push(last ? { kind: 'some' } : { kind: 'any' })
    else segments.push({ kind: 'glob', regex: globRegex(part) })
  })
  const lastPart = parts[parts.length - 1]
  if (dirOnly && lastPart !== '**') segments.push({ kind: 'some' })
  else if (!dirOnly && lastPart !== '**' && lastPart !== '*') segments.push({ kind: 'any' })
  return segments
}

/** One path segment's glob (`*`, `?`, `\x` escapes) as an anchored regular expression. */
function globRegex(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string
    if (ch === '\\' && i + 1 < glob.length) source += escapeRegex(glob[++i] as string)
    else if (ch === '*') source += '[^/]*'
    else if (ch === '?') source += '[^/]'
    else source += escapeRegex(ch)
  }
  return new RegExp(`^${source}$`)
}

function escapeRegex(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** Segment matching with memoisation, so several `**` cannot make it exponential. */
function matchSegments(pattern: Segment[], path: string[]): boolean {
  const memo = new Map<number, boolean>()
  const match = (p: number, s: number): boolean => {
    const key = p * (path.length + 1) + s
    const known = memo.get(key)
    if (known !== undefined) return known
    let result: boolean
    const segment = pattern[p]
    if (!segment) result = s === path.length
    else if (segment.kind === 'any') result = match(p + 1, s) || (s < path.length && match(p, s + 1))
    else if (segment.kind === 'some') result = s < path.length && (match(p + 1, s + 1) || match(p, s + 1))
    else result = s < path.length && segment.regex.test(path[s] as string) && match(p + 1, s + 1)
    memo.set(key, result)
    return result
  }
  return match(0, 0)
}
