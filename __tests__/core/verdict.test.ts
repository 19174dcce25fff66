import type { Check, Evaluation, Mode, Status, Verdict } from '../../src/core/types.js'
import { combine, exitCode, failedCount } from '../../src/core/verdict.js'

function evaluation(verdict: Verdict, statuses: Status[] = []): Evaluation {
  const checks: Check[] = statuses.map((status, i) => ({
    id: `threshold:m${i}:min`,
    kind: 'threshold',
    status,
    severity: status === 'warn' ? 'warn' : 'block',
    rule: 'at least 0',
    message: '',
  }))
  const none = { source: 'none' as const }
  return {
    model: 'default',
    verdict,
    mode: 'enforce',
    checks,
    problems: [],
    policy: none,
    baseline: none,
    candidate: none,
    policyChanges: [],
  }
}

describe('combine: error beats blocked beats approved; no evaluations is an error', () => {
  test.each<[Verdict[], Verdict]>([
    [[], 'error'],
    [['approved'], 'approved'],
    [['approved', 'approved'], 'approved'],
    [['approved', 'blocked'], 'blocked'],
    [['blocked', 'error', 'approved'], 'error'],
    [['error'], 'error'],
  ])('%j → %s', (verdicts, expected) => {
    expect(combine(verdicts.map((v) => evaluation(v)))).toBe(expected)
  })
})

describe('failedCount counts failed blocking checks (status fail) across models', () => {
  test.each<[Status[][], number]>([
    [[], 0],
    [[['pass', 'warn', 'skip', 'not_evaluated']], 0],
    [
      [
        ['fail', 'pass'],
        ['fail', 'fail', 'warn'],
      ],
      3,
    ],
  ])('%j → %d', (perModel, count) => {
    expect(failedCount(perModel.map((s) => evaluation('blocked', s)))).toBe(count)
  })
})

describe('exitCode: 1 iff mode enforce and verdict blocked or error', () => {
  test.each<[Verdict, Mode, 0 | 1]>([
    ['approved', 'enforce', 0],
    ['blocked', 'enforce', 1],
    ['error', 'enforce', 1],
    ['approved', 'advisory', 0],
    ['blocked', 'advisory', 0],
    ['error', 'advisory', 0],
  ])('%s in %s mode → %d', (verdict, mode, code) => {
    expect(exitCode(verdict, mode)).toBe(code)
  })
})
