import { describe, expect, test } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { OVERRIDE_POLICY_SCHEMA, readOverridePolicy } from '../../src/core/override-policy.js'

describe('readOverridePolicy', () => {
  test.each([
    ['omitted', undefined, undefined],
    ['empty: all defaults', {}, { label: 'model-gate/override', requireReason: true, allowSelf: false }],
    [
      'the issue example',
      { label: 'model-gate/override', approvers: ['@acme/ml-leads', 'dana'], require_reason: true, allow_self: false },
      { label: 'model-gate/override', approvers: ['@acme/ml-leads', 'dana'], requireReason: true, allowSelf: false },
    ],
    [
      'flags flipped',
      { label: ' ship-it ', require_reason: false, allow_self: true },
      { label: 'ship-it', requireReason: false, allowSelf: true },
    ],
  ])('%s', (_name, raw, policy) => {
    expect(readOverridePolicy(raw)).toEqual({ problems: [], ...(policy ? { policy } : {}) })
  })

  test.each([
    ['not a mapping', ['model-gate/override'], [[]]],
    ['an unknown key', { lable: 'x' }, [['lable']]],
    ['an empty label', { label: ' ' }, [['label']]],
    ['approvers not a list', { approvers: 'dana' }, [['approvers']]],
    ['approvers empty', { approvers: [] }, [['approvers']]],
    [
      'a bad approver',
      { approvers: ['dana', 'acme/ml-leads', 7] },
      [
        ['approvers', 1],
        ['approvers', 2],
      ],
    ],
    ['a string flag', { require_reason: 'yes', allow_self: 1 }, [['require_reason'], ['allow_self']]],
  ])('problem: %s', (_name, raw, paths) => {
    const out = readOverridePolicy(raw)
    expect(out.policy).toBeUndefined()
    expect(out.problems.map((p) => p.at)).toEqual(paths.map((p) => ['override', ...p]))
    for (const p of out.problems) expect(p.fix.length).toBeGreaterThan(0)
  })

  test('the schema agrees with the reader on every case', () => {
    const validate = new Ajv2020({ strict: false }).compile(OVERRIDE_POLICY_SCHEMA)
    const cases: unknown[] = [
      {},
      { approvers: ['@acme/ml-leads', 'dana', '@dana', 'renovate[bot]'] },
      { lable: 1 },
      { approvers: [] },
      { approvers: ['acme/x'] },
      { require_reason: 'no' },
      { label: '' },
      { allow_self: true },
    ]
    for (const raw of cases) expect([raw, validate(raw)]).toEqual([raw, readOverridePolicy(raw).problems.length === 0])
  })
})
