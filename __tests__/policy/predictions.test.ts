import { GateError } from '../../src/core/errors.js'
import { parsePolicy } from '../../src/policy/load.js'

const gates = 'gates:\n  recall:\n    min: 0.8\n'

function problems(text: string): string[] {
  try {
    parsePolicy(text, 'p.yml')
  } catch (err) {
    if (err instanceof GateError) return err.problems.map((p) => `${p.line}: ${p.message}`)
    throw err
  }
  return []
}

describe('predictions: in the policy', () => {
  test('defaults: the baseline is the same path, the threshold 0.5', () => {
    const policy = parsePolicy(`version: 1\n${gates}predictions:\n  file: eval/p.csv\n  task: binary\n`, 'p.yml')
    expect(policy.models[0]?.predictions).toEqual({ file: 'eval/p.csv', baselineFile: 'eval/p.csv', task: 'binary', threshold: 0.5 })
  })

  test('per model, with every key', () => {
    const policy = parsePolicy(
      `version: 1\nmodels:\n  a:\n    ${gates.replace(/\n(?=.)/g, '\n    ')}    predictions:\n      file: a.parquet\n      baseline: base/a.parquet\n      task: regression\n      threshold: 0.7\n  b:\n    ${gates.replace(/\n(?=.)/g, '\n    ')}`,
      'p.yml',
    )
    expect(policy.models.map((m) => m.predictions)).toEqual([
      { file: 'a.parquet', baselineFile: 'base/a.parquet', task: 'regression', threshold: 0.7 },
      undefined,
    ])
  })

  test.each([
    ['no task', 'predictions:\n  file: p.csv\n', /task/],
    ['an unknown task', 'predictions:\n  file: p.csv\n  task: multiclass\n', /binary|regression/],
    ['a threshold above 1', 'predictions:\n  file: p.csv\n  task: binary\n  threshold: 1.5\n', /threshold/],
    ['a path outside the repository', 'predictions:\n  file: ../p.csv\n  task: binary\n', /inside the repository/],
    ['an unknown key', 'predictions:\n  file: p.csv\n  task: binary\n  treshold: 0.5\n', /treshold/],
  ])('%s is a policy problem', (_, block, message) => {
    const found = problems(`version: 1\n${gates}${block}`)
    expect(found.length).toBeGreaterThan(0)
    expect(found.join('\n')).toMatch(message)
  })
})
