import { describe, expect, test } from '@jest/globals'
import type { Check, Evaluation, GateResult } from '../../src/core/types.js'
import { checkAnnotations, checkRunConclusion, waivedKey } from '../../src/render/annotations.js'

const check = (over: Partial<Check>): Check => ({
  id: 'x',
  kind: 'threshold',
  status: 'fail',
  severity: 'block',
  rule: 'at least 0.9',
  message: '0.81 is below the floor 0.9',
  ...over,
})
const evaluation = (model: string, over: Partial<Evaluation>): Evaluation => ({
  model,
  verdict: 'blocked',
  mode: 'enforce',
  checks: [],
  problems: [],
  policy: { source: 'base', path: '.github/model-gate.yml' },
  baseline: { source: 'base' },
  candidate: { source: 'workspace', path: 'eval/metrics.json' },
  policyChanges: [],
  ...over,
})
const result = (evaluations: Evaluation[]): GateResult => ({
  verdict: 'blocked',
  mode: 'enforce',
  evaluations,
  modelKey: 'default',
  policyPath: '.github/model-gate.yml',
})

const POLICY_LOC = { file: '.github/model-gate.yml', line: 7 }

describe('checkAnnotations', () => {
  const single = result([
    evaluation('default', {
      checks: [
        check({ id: 'threshold:accuracy:min', metric: 'accuracy', location: POLICY_LOC }),
        check({
          id: 'threshold:latency:max',
          metric: 'latency',
          status: 'warn',
          rule: 'at most 120',
          message: '130 is above the ceiling 120',
          location: { file: '.github/model-gate.yml', line: 9 },
        }),
        check({ id: 'threshold:f1:min', metric: 'f1', status: 'pass', location: POLICY_LOC }),
        check({
          id: 'declaration:privacy.legal_basis',
          kind: 'declaration',
          rule: 'must be set',
          message: 'is a placeholder',
          location: { file: 'MODEL_CARD.md', line: 14 },
        }),
        check({ id: 'threshold:recall:min', metric: 'recall' }),
      ],
    }),
  ])

  test('failing and warning checks on the policy, card and metrics lines', () => {
    const lines: Record<string, number> = { accuracy: 3, recall: 5 }
    expect(checkAnnotations(single, { metricLine: (_m, metric) => lines[metric] })).toEqual([
      {
        path: '.github/model-gate.yml',
        start_line: 7,
        end_line: 7,
        annotation_level: 'failure',
        title: 'accuracy',
        message: 'at least 0.9: 0.81 is below the floor 0.9',
      },
      {
        path: 'eval/metrics.json',
        start_line: 3,
        end_line: 3,
        annotation_level: 'failure',
        title: 'accuracy',
        message: 'at least 0.9: 0.81 is below the floor 0.9',
      },
      {
        path: '.github/model-gate.yml',
        start_line: 9,
        end_line: 9,
        annotation_level: 'warning',
        title: 'latency',
        message: 'at most 120: 130 is above the ceiling 120',
      },
      {
        path: 'MODEL_CARD.md',
        start_line: 14,
        end_line: 14,
        annotation_level: 'failure',
        title: 'declaration:privacy.legal_basis',
        message: 'must be set: is a placeholder',
      },
      {
        path: 'eval/metrics.json',
        start_line: 5,
        end_line: 5,
        annotation_level: 'failure',
        title: 'recall',
        message: 'at least 0.9: 0.81 is below the floor 0.9',
      },
    ])
  })

  test('without metric lines, only located checks are annotated', () => {
    expect(checkAnnotations(single).map((a) => a.path)).toEqual(['.github/model-gate.yml', '.github/model-gate.yml', 'MODEL_CARD.md'])
  })

  test('waived checks are notices', () => {
    const [first] = checkAnnotations(single, { waived: new Set([waivedKey('default', 'threshold:accuracy:min')]) })
    expect(first).toMatchObject({ annotation_level: 'notice', title: 'accuracy (waived by override)' })
  })

  test('problems of an error verdict, line 1 when none; paths outside the repository are skipped', () => {
    const errored = result([
      evaluation('fraud', {
        verdict: 'error',
        problems: [
          { file: '.github/model-gate.yml', line: 4, message: 'unknown key `gates.acc.mn`', fix: 'Did you mean `min`?' },
          { file: 'eval/m.json', message: 'not JSON' },
          { file: '/etc/passwd', message: 'x' },
          { file: '../up.yml', message: 'x' },
        ],
      }),
      evaluation('churn', { checks: [check({ metric: 'auc', location: { file: 'C:/policy.yml', line: 2 } })] }),
    ])
    expect(checkAnnotations(errored)).toEqual([
      {
        path: '.github/model-gate.yml',
        start_line: 4,
        end_line: 4,
        annotation_level: 'failure',
        title: 'model fraud: cannot evaluate',
        message: 'unknown key `gates.acc.mn` Fix: Did you mean `min`?',
      },
      {
        path: 'eval/m.json',
        start_line: 1,
        end_line: 1,
        annotation_level: 'failure',
        title: 'model fraud: cannot evaluate',
        message: 'not JSON',
      },
    ])
  })

  test("long titles and messages are cut to GitHub's limits", () => {
    const [a] = checkAnnotations(
      result([evaluation('default', { checks: [check({ metric: 'm'.repeat(600), message: 'x'.repeat(70_000), location: POLICY_LOC })] })]),
    )
    expect(a!.title!.length).toBe(255)
    expect(a!.message.length).toBeLessThanOrEqual(4000)
  })

  test.each([
    ['approved', 'enforce', 'success'],
    ['approved', 'advisory', 'success'],
    ['blocked', 'enforce', 'failure'],
    ['error', 'enforce', 'failure'],
    ['blocked', 'advisory', 'neutral'],
    ['error', 'advisory', 'neutral'],
  ] as const)('conclusion: %s in %s mode → %s', (verdict, mode, conclusion) => {
    expect(checkRunConclusion(verdict, mode)).toBe(conclusion)
  })
})
