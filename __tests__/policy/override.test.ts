/** The policy's `override:` key (docs/oversight.md) through the loader: schema, defaults, located problems. */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import type { GateError } from '../../src/core/errors.js'
import { OVERRIDE_POLICY_SCHEMA } from '../../src/core/override-policy.js'
import { parsePolicy } from '../../src/policy/load.js'

const GATES = 'version: 1\ngates:\n  accuracy: {min: 0.9}\n'
const problemsOf = (text: string) => {
  try {
    parsePolicy(text, '.github/model-gate.yml')
  } catch (error) {
    return (error as GateError).problems
  }
  throw new Error('the policy parsed')
}

describe('parsePolicy: override', () => {
  test.each([
    ['omitted: no overrides', GATES, undefined],
    ['empty: every default', `${GATES}override: {}\n`, { label: 'model-gate/override', requireReason: true, allowSelf: false }],
    [
      'the documented example',
      `${GATES}override:\n  label: model-gate/override\n  approvers: ["@acme/ml-leads", "dana"]\n  require_reason: true\n  allow_self: false\n`,
      { label: 'model-gate/override', approvers: ['@acme/ml-leads', 'dana'], requireReason: true, allowSelf: false },
    ],
    [
      'with several models',
      'version: 1\nmodels:\n  fraud:\n    gates: {auc: {min: 0.8}}\noverride:\n  approvers: [dana]\n  allow_self: true\n',
      { label: 'model-gate/override', approvers: ['dana'], requireReason: true, allowSelf: true },
    ],
  ])('%s', (_name, text, override) => {
    expect(parsePolicy(text, '.github/model-gate.yml').override).toEqual(override)
  })

  test.each([
    ['an unknown key', `${GATES}override:\n  aprovers: [dana]\n`, 5, /unknown key `aprovers`.*did you mean `approvers`/],
    ['an approver that is no login or team', `${GATES}override:\n  approvers: [dana, "acme/ml-leads"]\n`, 5, /approvers/],
    ['a flag that is not true or false', `${GATES}override:\n  require_reason: "yes"\n`, 5, /require_reason/],
    ['an empty list of approvers', `${GATES}override:\n  approvers: []\n`, 5, /approvers/],
  ])('%s is a located problem', (_name, text, line, message) => {
    const [problem, ...rest] = problemsOf(text)
    expect(rest).toEqual([])
    expect(problem).toMatchObject({ file: '.github/model-gate.yml', line })
    expect(`${problem!.message} ${problem!.fix ?? ''}`).toMatch(message)
  })

  test('schema/policy.schema.json holds the override fragment, with a description and examples for every key', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8'))
    const section = schema.definitions.override
    expect(Object.keys(section.properties)).toEqual(Object.keys(OVERRIDE_POLICY_SCHEMA.properties))
    expect(section.examples).toHaveLength(1)
    for (const [key, spec] of Object.entries<Record<string, unknown>>(section.properties)) {
      expect([key, typeof spec.description, Array.isArray(spec.examples)]).toEqual([key, 'string', true])
    }
    expect(schema.properties.override).toMatchObject({ $ref: '#/definitions/override' })
  })
})
