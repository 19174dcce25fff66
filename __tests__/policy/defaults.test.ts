/** `defaults:`, `paths:`, `changed_only` and `metrics.format` in the policy file. */
import { diffPolicies } from '../../src/core/policy-diff.js'
import { parsePolicy } from '../../src/policy/load.js'
import { GateError } from '../../src/core/errors.js'

const FILE = '.github/model-gate.yml'

function problems(text: string): string[] {
  try {
    parsePolicy(text, FILE)
  } catch (err) {
    if (err instanceof GateError) return err.problems.map((p) => `${p.line ?? '?'}:${p.column ?? '?'} ${p.message}`)
    throw err
  }
  return []
}

const MONO = `version: 1
changed_only: true
defaults:
  metrics: {format: json}
  baseline: {missing: fail}
  paths: ['shared/**']
  gates:
    accuracy: {min: 0.5}
    f1: {min: 0.4}
models:
  a:
    metrics: {file: a.json}
    gates:
      accuracy: {min: 0.9}
  b:
    metrics: {file: b.csv, format: csv}
    baseline: {source: none}
    paths: ['models/b/**']
`

describe('defaults', () => {
  const policy = parsePolicy(MONO, FILE)
  test("merged into every model, key by key; a model's gate replaces the default gate whole", () => {
    const [a, b] = policy.models
    expect(policy.changedOnly).toBe(true)
    expect(a).toMatchObject({
      name: 'a',
      metricsFile: 'a.json',
      metricsFormat: 'json',
      baseline: { source: 'base', file: 'a.json', missing: 'fail' },
      paths: ['shared/**'],
    })
    expect(a?.gates.map((g) => [g.pattern, g.rules.min, g.location?.line])).toEqual([
      ['accuracy', 0.9, 14],
      ['f1', 0.4, 9],
    ])
    expect(b).toMatchObject({
      metricsFile: 'b.csv',
      metricsFormat: 'csv',
      baseline: { source: 'none', missing: 'fail' },
      paths: ['models/b/**'],
    })
    expect(b?.gates.map((g) => [g.pattern, g.rules.min, g.location?.line])).toEqual([
      ['accuracy', 0.5, 8],
      ['f1', 0.4, 9],
    ])
  })

  test('a changed metrics.format is a policy change', () => {
    const head = parsePolicy(MONO.replace('format: csv', 'format: yaml'), FILE)
    expect(diffPolicies(policy, head).map((c) => c.description)).toEqual([`\`b/metrics.format\`: changed from csv to yaml`])
  })

  test.each([
    ['defaults without models', 'version: 1\ndefaults: {gates: {a: {min: 1}}}\ngates:\n  a: {min: 1}\n', /defaults/],
    ['changed_only without models', 'version: 1\nchanged_only: true\ngates:\n  a: {min: 1}\n', /changed_only/],
    [
      'a model with no gates anywhere',
      'version: 1\nmodels:\n  a: {metrics: {file: a.json}}\n',
      /model `a` has no `gates` \(neither its own nor under `defaults.gates`\)/,
    ],
    ['an unknown format', 'version: 1\nmetrics: {file: a.json, format: parquet}\ngates:\n  a: {min: 1}\n', /format/],
    [
      'a path outside the repository',
      'version: 1\nmodels:\n  a:\n    paths: ["../x/**"]\n    gates: {a: {min: 1}}\n',
      /expected a path inside the repository/,
    ],
  ])('%s is a located error', (_name, text, message) => {
    const found = problems(text)
    expect(found.length).toBeGreaterThan(0)
    expect(found.join('\n')).toMatch(message)
    expect(found[0]).toMatch(/^\d+:\d+ /)
  })
})
