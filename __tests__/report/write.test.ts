import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import type { Check, GateResult } from '../../src/core/types.js'
import { toReport } from '../../src/report/write.js'
import * as fx from '../render/fixtures.js'

const schema = JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')) as object
const validate = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true }).compile(schema)

/** The report as a consumer reads it: through JSON. */
function written(result: GateResult): unknown {
  return JSON.parse(JSON.stringify(toReport(result)))
}

describe('reports validate against schema/report.schema.json', () => {
  test.each<[string, () => GateResult]>([
    ['approved', fx.approvedResult],
    ['blocked', fx.blockedResult],
    ['advisory', fx.advisoryResult],
    ['error', fx.errorResult],
    ['policy changes', fx.policyChangesResult],
    ['missing baseline', fx.missingBaselineResult],
    ['multi-model', fx.multiModelResult],
    ['no evaluation at all', () => fx.result([], { verdict: 'error' })],
  ])('%s', (_name, make) => {
    const report = written(make())
    const ok = validate(report)
    expect(validate.errors ?? []).toEqual([])
    expect(ok).toBe(true)
  })

  test.each<[string, (r: Record<string, unknown>) => void]>([
    ['an unknown verdict', (r) => (r.verdict = 'maybe')],
    ['a missing checks list', (r) => delete r.checks],
    ['an extra top-level field', (r) => (r.extra = 1)],
    ['a bad status', (r) => ((r.checks as Array<Record<string, unknown>>)[0]!.status = 'ok')],
    ['a string value', (r) => ((r.checks as Array<Record<string, unknown>>)[0]!.candidate = '0.9')],
  ])('the schema rejects %s', (_name, spoil) => {
    const report = written(fx.blockedResult()) as Record<string, unknown>
    spoil(report)
    expect(validate(report)).toBe(false)
  })
})

describe('toReport', () => {
  test('carries the verdict, mode, sources and every check as product.md describes', () => {
    const report = toReport(fx.blockedResult())
    expect(report).toMatchObject({
      version: 1,
      verdict: 'blocked',
      mode: 'enforce',
      failed: 3,
      model: 'default',
      head: fx.HEAD_SHA,
      base: fx.BASE_SHA,
      policy: { source: 'base', sha: fx.BASE_SHA, path: '.github/model-gate.yml', note: null },
      baseline: { source: 'base', sha: fx.BASE_SHA, path: 'eval/metrics.json', note: null },
      candidate: { source: 'workspace', sha: fx.HEAD_SHA, path: 'eval/metrics.json', note: null },
      problems: [],
      policyChanges: [],
    })
    expect(report.checks).toHaveLength(10)
    expect(report.checks.find((c) => c.id === 'baseline:recall:max_regression')).toEqual({
      id: 'baseline:recall:max_regression',
      kind: 'baseline',
      metric: 'recall',
      status: 'fail',
      severity: 'block',
      candidate: 0.811,
      baseline: 0.842,
      ruleKey: 'max_regression',
      rule: 'may drop at most 1%',
      limit: null,
      worsening: null,
      message: 'recall dropped 3.7% (0.842 → 0.811); the policy allows 1%',
      fix: null,
      note: null,
      field: null,
      gate: 'recall',
      location: null,
      model: 'default',
      statistics: null,
      unit: null,
      description: null,
      fairness: null,
    })
    expect(report.checks.find((c) => c.kind === 'declaration')?.location).toEqual({
      file: 'MODEL_CARD.md',
      line: 3,
      column: null,
    })
  })

  test('a warn-severity failure is not counted as failed', () => {
    const checks = [fx.threshold('calibration_error', 'max', 'warn', 'at most 0.05', 0.052, { severity: 'warn' })]
    expect(toReport(fx.result([fx.evaluation({ checks })])).failed).toBe(0)
  })

  test('error: problems with nulls where the position is unknown', () => {
    const report = toReport(fx.errorResult())
    expect(report.verdict).toBe('error')
    expect(report.problems).toEqual([
      {
        file: '.github/model-gate.yml',
        line: 7,
        column: 10,
        message: 'gates.accuracy.min must be a number, got "high"',
        fix: 'write a number, e.g. min: 0.9',
        model: 'default',
      },
      {
        file: 'eval/metrics.json',
        line: null,
        column: null,
        message: 'the metrics file does not exist in the workspace',
        fix: 'run the eval step before model-gate',
        model: 'default',
      },
    ])
  })

  test('multi-model: checks tagged by model, one entry per model, failures summed', () => {
    const report = toReport(fx.multiModelResult())
    expect(report.model).toBe('all')
    expect(report.models.map((m) => [m.model, m.verdict, m.failed, m.baseline.path])).toEqual([
      ['fraud', 'blocked', 3, 'eval/metrics.json'],
      ['churn', 'approved', 0, 'eval/churn.json'],
    ])
    expect(new Set(report.checks.map((c) => c.model))).toEqual(new Set(['fraud', 'churn']))
    expect(report.failed).toBe(3)
  })

  test('policy changes keep from/to as JSON values', () => {
    const changes = toReport(fx.policyChangesResult()).policyChanges
    expect(changes[0]).toEqual({
      target: 'latency_ms.p95',
      field: 'max',
      from: 120,
      to: 100,
      effect: 'tightens',
      words: 'max lowered from 120 to 100',
      description: '`latency_ms.p95`: max lowered from 120 to 100',
      model: 'default',
    })
    expect(changes.find((c) => c.target === 'declarations.require')).toMatchObject({ from: ['privacy'], to: null })
  })

  const KEYS = ['id', 'kind', 'metric', 'status', 'severity', 'candidate', 'baseline', 'ruleKey', 'rule']
  const REST = ['limit', 'worsening', 'message', 'fix', 'note', 'field', 'gate', 'location', 'model']
  const EXTRAS = ['statistics', 'unit', 'description', 'fairness']
  const statistics = { method: 'bootstrap', confidence: 0.95, interval: [0.01, 0.03] as [number, number], p_value: 0.02 }
  const fairness = { slices: [], skipped: [], best: undefined, worst: undefined, gap: 0.1, ratio: 0.9 }
  test.each([
    ['a plain check', {}, [...KEYS, ...REST, ...EXTRAS]],
    [
      'a check with its direction from the metrics file',
      { better: 'lower', betterFrom: 'metrics file' },
      [...KEYS, 'better', 'betterFrom', ...REST, ...EXTRAS],
    ],
    ['a check with statistics', { statistics }, [...KEYS, ...REST, ...EXTRAS]],
    ['a fairness check', { fairness }, [...KEYS, ...REST, ...EXTRAS]],
    [
      'a KPI check with unit and location',
      { unit: '$', description: 'loss', location: { file: 'p.yml', line: 3 } },
      [...KEYS, ...REST, ...EXTRAS],
    ],
  ])('%s: the keys in the report order', (_name, extra, keys) => {
    const check = { ...fx.threshold('recall', 'min', 'pass', 'at least 0.8', 0.9), ...extra } as Check
    const [written] = toReport(fx.result([fx.evaluation({ checks: [check] })])).checks
    expect(Object.keys(written ?? {})).toEqual(keys)
    if ('location' in extra) expect(written?.location).toEqual({ file: 'p.yml', line: 3, column: null })
    if ('statistics' in extra) expect(written?.statistics).toMatchObject({ method: 'bootstrap', note: null })
    if (!('statistics' in extra) && !('fairness' in extra)) expect(written).toMatchObject({ statistics: null, fairness: null })
  })

  test('non-finite numbers become null, so the report stays valid JSON', () => {
    const checks = [fx.threshold('recall', 'min', 'fail', 'at least 0.8', Number.NaN, { baseline: Number.POSITIVE_INFINITY })]
    const report = toReport(fx.result([fx.evaluation({ verdict: 'blocked', checks })]))
    expect(report.checks[0]).toMatchObject({ candidate: null, baseline: null })
    expect(validate(written(fx.result([fx.evaluation({ verdict: 'blocked', checks })])))).toBe(true)
  })
})
