import fc from 'fast-check'
import { isPlainName, isWildcard, joinPath, MetricIndex, matchPattern, splitPath } from '../../src/core/metric-path.js'

describe('splitPath: dots separate segments, \\. is a literal dot, \\\\ a literal backslash', () => {
  test.each<[string, string[]]>([
    ['accuracy', ['accuracy']],
    ['latency_ms.p95', ['latency_ms', 'p95']],
    ['slices.mobile.recall', ['slices', 'mobile', 'recall']],
    ['a\\.b', ['a.b']],
    ['x.a\\.b.y', ['x', 'a.b', 'y']],
    ['a\\\\.b', ['a\\', 'b']],
    ['a\\\\\\.b', ['a\\.b']],
    ['a\\b', ['a\\b']],
    ['trailing\\', ['trailing\\']],
    ['slices.*.recall', ['slices', '*', 'recall']],
    ['', ['']],
  ])('%j → %j', (name, segments) => {
    expect(splitPath(name)).toEqual(segments)
  })
})

describe('joinPath escapes dots and backslashes and inverts splitPath', () => {
  test.each<[string[], string]>([
    [['accuracy'], 'accuracy'],
    [['latency_ms', 'p95'], 'latency_ms.p95'],
    [['a.b'], 'a\\.b'],
    [['a\\', 'b'], 'a\\\\.b'],
    [['v1.2', 'top-1'], 'v1\\.2.top-1'],
  ])('%j → %j', (segments, name) => {
    expect(joinPath(segments)).toBe(name)
    expect(splitPath(joinPath(segments))).toEqual(segments)
  })
})

describe('isWildcard: only a whole * segment is a wildcard', () => {
  test.each<[string, boolean]>([
    ['slices.*.recall', true],
    ['*', true],
    ['slices.*', true],
    ['accuracy', false],
    ['slices.mob*.recall', false],
    ['a\\.*', false],
    ['a.\\*', false],
  ])('%j → %s', (pattern, expected) => {
    expect(isWildcard(pattern)).toBe(expected)
  })

  test('is a whole * among the split segments, on generated patterns', () => {
    const pattern = fc.array(fc.constantFrom('a', '*', '.', '\\', '\\.', '**', '.*', '*.', ''), { maxLength: 8 }).map((p) => p.join(''))
    fc.assert(
      fc.property(pattern, (p) => {
        expect(isWildcard(p)).toBe(splitPath(p).includes('*'))
        // A plain name: no wildcard, and the only spelling of its path.
        expect(isPlainName(p)).toBe(!isWildcard(p) && joinPath(splitPath(p)) === p && !p.includes('\\'))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('matchPattern: * matches exactly one segment, in the order of names, no duplicates', () => {
  const names = [
    'accuracy',
    'slices.mobile.recall',
    'slices.desktop.recall',
    'slices.mobile.precision',
    'slices.eu.mobile.recall',
    'slices.v1\\.2.recall',
    'slices.mobile.recall',
  ]
  test.each<[string, string[]]>([
    ['slices.*.recall', ['slices.mobile.recall', 'slices.desktop.recall', 'slices.v1\\.2.recall']],
    ['slices.mobile.*', ['slices.mobile.recall', 'slices.mobile.precision']],
    ['*', ['accuracy']],
    ['slices.*.*.recall', ['slices.eu.mobile.recall']],
    ['slices.*.f1', []],
    ['accuracy', ['accuracy']],
    ['slices.v1\\.2.recall', ['slices.v1\\.2.recall']],
    ['slices.v1.2.recall', []],
  ])('%j matches %j', (pattern, expected) => {
    expect(matchPattern(pattern, names)).toEqual(expected)
  })

  test('a literal pattern matches a name spelled with the same segments', () => {
    expect(matchPattern('a\\b', ['a\\\\b', 'x'])).toEqual(['a\\\\b'])
  })

  test('the escaped key a\\.b is not the path a.b', () => {
    expect(matchPattern('a\\.b', ['a.b', 'a\\.b'])).toEqual(['a\\.b'])
    expect(matchPattern('a.b', ['a.b', 'a\\.b'])).toEqual(['a.b'])
    expect(matchPattern('*', ['a.b', 'a\\.b'])).toEqual(['a\\.b'])
  })
})

/** What MetricIndex answers, by definition: every name split, compared segment by segment, each path once. */
function referenceMatch(pattern: string, names: readonly string[]): string[] {
  const want = splitPath(pattern)
  const seen = new Set<string>()
  const out: string[] = []
  for (const name of names) {
    const segments = splitPath(name)
    const canonical = joinPath(segments)
    if (seen.has(canonical)) continue
    seen.add(canonical)
    const wild = want.includes('*')
    const matches = wild
      ? want.length === segments.length && want.every((s, i) => s === '*' || s === segments[i])
      : canonical === joinPath(want)
    if (matches) out.push(name)
  }
  return out
}

describe('MetricIndex agrees with splitting every name', () => {
  const path = fc
    .array(fc.constantFrom('a', 'b', '*', '', '.', '\\', '\\.', '\\\\', 'x\\', 'ab'), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(''))
  test('on generated names and patterns', () => {
    fc.assert(
      fc.property(fc.array(path, { maxLength: 12 }), fc.array(path, { minLength: 1, maxLength: 6 }), (names, patterns) => {
        const index = new MetricIndex(names)
        for (const pattern of patterns) expect(index.match(pattern)).toEqual(referenceMatch(pattern, names))
      }),
      { numRuns: 3000 },
    )
  })

  test('of several metrics sets: as their names one after the other', () => {
    fc.assert(
      fc.property(
        fc.array(path, { maxLength: 8 }),
        fc.array(path, { maxLength: 8 }),
        fc.array(path, { minLength: 1, maxLength: 6 }),
        (a, b, patterns) => {
          const index = MetricIndex.of(new Map(a.map((n) => [n, 1])), new Map(b.map((n) => [n, 2])))
          for (const pattern of patterns) expect(index.match(pattern)).toEqual(referenceMatch(pattern, [...a, ...b]))
        },
      ),
      { numRuns: 3000 },
    )
  })

  test('the first wildcard (one pass over the sets) matches as the later ones (through the index)', () => {
    const wildcard = fc
      .tuple(fc.array(path, { maxLength: 3 }), fc.array(path, { maxLength: 3 }))
      .map(([before, after]) => [...before, '*', ...after].join('.'))
    fc.assert(
      fc.property(fc.array(path, { maxLength: 10 }), fc.array(path, { maxLength: 10 }), wildcard, (a, b, pattern) => {
        const sets = [new Map(a.map((n) => [n, 1])), new Map(b.map((n) => [n, 2]))]
        const first = MetricIndex.of(...sets).match(pattern)
        const indexed = MetricIndex.of(...sets)
        indexed.match('*')
        expect(indexed.match(pattern)).toEqual(first)
        expect(first).toEqual(referenceMatch(pattern, [...a, ...b]))
      }),
      { numRuns: 3000 },
    )
  })

  test.each<[string, string[], string[]]>([
    [
      'slices.*.recall',
      ['slices.a.recall', 'slices.a.b.recall', 'slices.a', 'slices.a.recall.x', 'slices..recall'],
      ['slices.a.recall', 'slices..recall'],
    ],
    ['*.*', ['a.b', 'a\\.b.c', 'a\\.b', 'a', 'a.'], ['a.b', 'a\\.b.c', 'a.']],
    ['a\\.b.*', ['a.b.c', 'a\\.b.c'], ['a\\.b.c']],
    ['*', ['', 'a', 'a.b'], ['', 'a']],
  ])('%j', (pattern, names, expected) => {
    expect(new MetricIndex(names).match(pattern)).toEqual(expected)
    expect(referenceMatch(pattern, names)).toEqual(expected)
  })
})
