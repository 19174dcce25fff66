import { describe, expect, test } from '@jest/globals'
import schema from '../../schema/policy.schema.json' with { type: 'json' }
import { parsePolicy } from '../../src/policy/load.js'
import { problemOf } from '../helpers/expect-problems.js'

const FILE = '.github/model-gate.yml'
const GATES = 'gates:\n  recall: {min: 0.8}\n'

describe('parsePolicy: history and monitoring', () => {
  test('absent: no history (nothing recorded or read) and no monitoring settings', () => {
    const policy = parsePolicy(`version: 1\n${GATES}`, FILE)
    expect(policy.history).toBeUndefined()
    expect(policy.monitoring).toBeUndefined()
  })

  test('`history: {}` turns history on with every default; `monitoring: {}` has the 30-day warning', () => {
    const policy = parsePolicy(`version: 1\n${GATES}history: {}\nmonitoring: {}\n`, FILE)
    expect(policy.history).toEqual({ branch: 'model-gate-data', path: 'history.jsonl', keep: 500, trend: 20 })
    expect(policy.monitoring).toEqual({ reviewWarningDays: 30 })
  })

  test('the contract of issue 12, verbatim', () => {
    const text = `version: 1
${GATES}history:
  branch: model-gate-data    # default; created on first use
  path: history.jsonl        # default; one compact report per line, per model
  keep: 500                  # entries kept (oldest dropped)
  trend: 20                  # merges shown in the PR comment
monitoring:
  file: monitoring/latest.json   # optional: production metrics a scheduled export job writes
  review_warning_days: 30
`
    const policy = parsePolicy(text, FILE)
    expect(policy.history).toEqual({ branch: 'model-gate-data', path: 'history.jsonl', keep: 500, trend: 20 })
    expect(policy.monitoring).toEqual({ file: 'monitoring/latest.json', reviewWarningDays: 30 })
  })

  test('top-level in a multi-model policy too', () => {
    const policy = parsePolicy(
      `version: 1\nmodels:\n  fraud:\n    ${GATES.replace('\n  ', '\n      ')}history: {branch: ml/data, keep: 50, trend: 5}\n`,
      FILE,
    )
    expect(policy.history).toEqual({ branch: 'ml/data', path: 'history.jsonl', keep: 50, trend: 5 })
  })

  test.each([
    { name: 'unknown key', yaml: 'history:\n  trends: 5\n', line: 5, message: /unknown key `trends`.*did you mean `trend`/ },
    { name: 'trend not an integer', yaml: 'history:\n  trend: 2.5\n', line: 5, message: /^`history.trend` must be a whole number/ },
    {
      name: 'branch with a space',
      yaml: 'history:\n  branch: my data\n',
      line: 5,
      message: /^`history.branch` is `my data`, which is not a valid git branch name: it contains a space/,
    },
    { name: 'branch with ..', yaml: 'history:\n  branch: a..b\n', line: 5, message: /not a valid git branch name: it contains `..`/ },
    { name: 'branch ending in .lock', yaml: 'history:\n  branch: data.lock\n', line: 5, message: /ends with `.lock`/ },
    { name: 'branch with an empty segment', yaml: 'history:\n  branch: ml//data\n', line: 5, message: /empty path segment/ },
    { name: 'keep 0, located at its value', yaml: 'history:\n  keep: 0\n', line: 5, message: /^`history.keep` is 0; expected 1 or more/ },
    {
      name: 'path outside the repository',
      yaml: 'history:\n  path: ../history.jsonl\n',
      line: 5,
      message: /`history.path` is `..\/history.jsonl`: expected a path inside the repository/,
    },
    {
      name: 'monitoring file outside',
      yaml: 'monitoring:\n  file: /etc/metrics.json\n',
      line: 5,
      message: /`monitoring.file` is `\/etc\/metrics.json`/,
    },
    {
      name: 'negative warning days',
      yaml: 'monitoring:\n  review_warning_days: -1\n',
      line: 5,
      message: /^`monitoring.review_warning_days` is -1; expected 0 or more/,
    },
  ])('$name: one located problem', ({ yaml, line, message }) => {
    const problem = problemOf(() => parsePolicy(`version: 1\n${GATES}${yaml}`, FILE))
    expect(problem).toMatchObject({ file: FILE, line })
    expect(problem.message).toMatch(message)
    expect(problem.fix).toBeTruthy()
  })

  test('every new key has a description and examples in the schema', () => {
    const definitions = schema.definitions as Record<
      string,
      { description?: string; examples?: unknown[]; properties?: Record<string, { description?: string; examples?: unknown[] }> }
    >
    for (const name of ['history', 'monitoring']) {
      const section = definitions[name]!
      expect(section.description).toBeTruthy()
      expect(section.examples?.length).toBeGreaterThan(0)
      for (const [key, spec] of Object.entries(section.properties ?? {})) {
        expect({ key, description: Boolean(spec.description), examples: (spec.examples?.length ?? 0) > 0 }).toEqual({
          key,
          description: true,
          examples: true,
        })
      }
      for (const example of section.examples ?? []) {
        const yaml = `version: 1\n${GATES}${name}: ${JSON.stringify(example)}\n`
        expect(() => parsePolicy(yaml, FILE)).not.toThrow()
      }
    }
  })
})
