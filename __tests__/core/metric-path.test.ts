import { isWildcard, joinPath, matchPattern, splitPath } from '../../src/core/metric-path.js'

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
