import { globRegExp, modelPaths, selectChanged } from '../../src/core/changed.js'
import type { ModelPolicy } from '../../src/core/types.js'

const model = (name: string, extra: Partial<ModelPolicy> = {}): ModelPolicy => ({
  name,
  metricsFile: `models/${name}/metrics.json`,
  baseline: { source: 'base', file: `models/${name}/metrics.json`, missing: 'warn' },
  gates: [],
  ...extra,
})

describe('globRegExp', () => {
  test.each([
    ['models/fraud/**', 'models/fraud/a/b.py', true],
    ['models/fraud/**', 'models/fraudster/a.py', false],
    ['models/*/card.md', 'models/x/card.md', true],
    ['models/*/card.md', 'models/x/y/card.md', false],
    ['**/*.py', 'a.py', true],
    ['**/*.py', 'a/b/c.py', true],
    ['src/**/train.py', 'src/train.py', true],
    ['data?.csv', 'data1.csv', true],
    ['data?.csv', 'data/.csv', false],
    ['mlruns/0/abc', 'mlruns/0/abc/metrics/acc', true],
    ['mlruns/0/abc/', 'mlruns/0/abc/metrics/acc', true],
    ['mlruns/0/abc', 'mlruns/0/abcd/metrics/acc', false],
    ['a.b(c)', 'a.b(c)', true],
    ['a.b(c)', 'aXb(c)', false],
  ])('%s ~ %s: %s', (glob, path, expected) => {
    expect(globRegExp(glob).test(path)).toBe(expected)
  })
})

describe('selectChanged', () => {
  test('a model is touched through its metrics, baseline, card or paths', () => {
    const models = [
      model('a'),
      model('b', { baseline: { source: 'file', file: 'baselines/b.json', missing: 'warn' } }),
      model('c', { declarations: { file: 'cards/c.md', require: [] } }),
      model('d', { paths: ['features/d_*.py'] }),
      model('e', { baseline: { source: 'none', file: 'x.json', missing: 'warn' } }),
    ]
    const { gated, skipped } = selectChanged(models, [
      'models/a/metrics.json',
      'baselines/b.json',
      'cards/c.md',
      'features/d_1.py',
      'x.json',
    ])
    expect(gated.map((m) => m.name)).toEqual(['a', 'b', 'c', 'd'])
    expect(skipped).toEqual([
      { model: 'e', reason: 'this pull request changes none of its files (`models/e/metrics.json`; 5 files changed)' },
    ])
    expect(modelPaths(models[3] as ModelPolicy)).toEqual(['models/d/metrics.json', 'features/d_*.py'])
  })
})
