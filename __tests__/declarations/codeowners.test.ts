import { ownersFor, parseCodeowners, patternMatches, ruleFor } from '../../src/declarations/codeowners.js'

describe('patternMatches (gitignore-style, as GitHub documents CODEOWNERS)', () => {
  const table: [pattern: string, path: string, matches: boolean][] = [
    ['*', 'MODEL_CARD.md', true],
    ['*', 'models/fraud/MODEL_CARD.md', true],
    ['*.md', 'MODEL_CARD.md', true],
    ['*.md', 'models/fraud/MODEL_CARD.md', true],
    ['*.md', 'models/fraud/card.yml', false],
    ['/MODEL_CARD.md', 'MODEL_CARD.md', true],
    ['/MODEL_CARD.md', 'models/MODEL_CARD.md', false],
    ['MODEL_CARD.md', 'models/MODEL_CARD.md', true],
    ['model_card.md', 'MODEL_CARD.md', false],
    ['models/', 'models/fraud/MODEL_CARD.md', true],
    ['models/', 'team/models/MODEL_CARD.md', true],
    ['models/', 'models', false],
    ['/models/', 'team/models/MODEL_CARD.md', false],
    ['models/fraud', 'models/fraud/MODEL_CARD.md', true],
    ['models/fraud', 'x/models/fraud/MODEL_CARD.md', false],
    ['/models', 'models/fraud/MODEL_CARD.md', true],
    ['docs/*', 'docs/MODEL_CARD.md', true],
    ['docs/*', 'docs/fraud/MODEL_CARD.md', false],
    ['docs/*.md', 'docs/fraud/MODEL_CARD.md', false],
    ['/*', 'MODEL_CARD.md', true],
    ['/*', 'models/MODEL_CARD.md', false],
    ['**/MODEL_CARD.md', 'MODEL_CARD.md', true],
    ['**/MODEL_CARD.md', 'a/b/c/MODEL_CARD.md', true],
    ['models/**', 'models/fraud/MODEL_CARD.md', true],
    ['models/**', 'models', false],
    ['models/**/MODEL_CARD.md', 'models/MODEL_CARD.md', true],
    ['models/**/MODEL_CARD.md', 'models/a/b/MODEL_CARD.md', true],
    ['models/**/MODEL_CARD.md', 'x/models/MODEL_CARD.md', false],
    ['MODEL_CARD.?d', 'MODEL_CARD.md', true],
    ['MODEL\\*', 'MODEL_CARD.md', false],
    ['MODEL\\*', 'MODEL*', true],
    ['/', 'MODEL_CARD.md', false],
  ]
  test.each(table)('%s on %s → %s', (pattern, path, expected) => {
    expect(patternMatches(pattern, path)).toBe(expected)
  })

  test('paths written ./x or /x are repository-relative', () => {
    expect(patternMatches('/MODEL_CARD.md', './MODEL_CARD.md')).toBe(true)
    expect(patternMatches('/MODEL_CARD.md', '/MODEL_CARD.md')).toBe(true)
  })

  test('many ** segments stay fast', () => {
    const path = `${'a/'.repeat(60)}b`
    const started = Date.now()
    expect(patternMatches('**/a/**/a/**/a/**/a/**/a/**/c', path)).toBe(false)
    expect(Date.now() - started).toBeLessThan(1000)
  })
})

describe('parseCodeowners', () => {
  const TEXT = [
    '# Default owners',
    '*       @acme/ml-platform',
    '',
    '*.md    @acme/docs  docs@acme.com   # inline comment',
    '/models/fraud/   @Priya-R @acme/payments-ml',
    '/models/fraud/generated/',
    '!negated @nobody',
    '[ab].md @ranges',
    '   # indented comment',
  ].join('\n')
  const rules = parseCodeowners(TEXT, '.github/CODEOWNERS')

  test('reads rules with their lines; comments, blanks, negations and ranges are left out', () => {
    expect(rules.map((r) => [r.line, r.pattern, r.owners])).toEqual([
      [2, '*', ['@acme/ml-platform']],
      [4, '*.md', ['@acme/docs', 'docs@acme.com']],
      [5, '/models/fraud/', ['@Priya-R', '@acme/payments-ml']],
      [6, '/models/fraud/generated/', []],
    ])
    expect(rules.every((r) => r.file === '.github/CODEOWNERS')).toBe(true)
  })

  test('the last matching rule wins', () => {
    const table: [string, string[]][] = [
      ['src/index.ts', ['@acme/ml-platform']],
      ['README.md', ['@acme/docs', 'docs@acme.com']],
      ['models/fraud/MODEL_CARD.md', ['@Priya-R', '@acme/payments-ml']],
      ['models/fraud/train.py', ['@Priya-R', '@acme/payments-ml']],
      ['models/fraud/generated/MODEL_CARD.md', []],
      ['models/churn/MODEL_CARD.md', ['@acme/docs', 'docs@acme.com']],
    ]
    for (const [path, owners] of table) expect([path, ownersFor(rules, path)]).toEqual([path, owners])
    expect(ruleFor(rules, 'models/fraud/generated/x.md')?.line).toBe(6)
  })

  test('no matching rule: no owners', () => {
    expect(ownersFor(parseCodeowners('/docs/ @docs\n', 'CODEOWNERS'), 'MODEL_CARD.md')).toEqual([])
    expect(ruleFor(parseCodeowners('', 'CODEOWNERS'), 'MODEL_CARD.md')).toBeUndefined()
  })

  test('CRLF line endings', () => {
    expect(ownersFor(parseCodeowners('*.md @a\r\n/MODEL_CARD.md @b\r\n', 'CODEOWNERS'), 'MODEL_CARD.md')).toEqual(['@b'])
  })

  test('tokens that are not owners are dropped', () => {
    expect(parseCodeowners('*.md @a not-an-owner @b/c', 'CODEOWNERS')[0]?.owners).toEqual(['@a', '@b/c'])
  })
})
