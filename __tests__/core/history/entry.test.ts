import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  appendEntries,
  buildEntries,
  buildEntry,
  parseHistory,
  serializeEntry,
  type HistoryEntry,
} from '../../../src/core/history/entry.js'
import type { Check, Evaluation, GateResult, ModelPolicy } from '../../../src/core/types.js'

const none = { source: 'none' } as const
const check = (over: Partial<Check>): Check => ({
  id: 'x',
  kind: 'threshold',
  status: 'pass',
  severity: 'block',
  rule: '',
  message: '',
  ...over,
})
const evaluation = (over: Partial<Evaluation> = {}): Evaluation => ({
  model: 'fraud',
  verdict: 'approved',
  mode: 'enforce',
  checks: [
    check({ id: 'threshold:recall:min', metric: 'recall', candidate: 0.91, gate: 'recall' }),
    check({ id: 'baseline:recall:max_regression', kind: 'baseline', metric: 'recall', candidate: 0.91, baseline: 0.92, gate: 'recall' }),
    check({ id: 'threshold:latency:max', metric: 'latency_ms', candidate: 41, gate: 'latency_ms' }),
    check({ id: 'threshold:auc:min', metric: 'auc', candidate: null, status: 'fail', gate: 'auc' }),
    check({ id: 'threshold:nan', metric: 'nan', candidate: Number.NaN, status: 'fail', gate: 'nan' }),
    check({ id: 'declaration:review', kind: 'declaration', status: 'warn' }),
    check({ id: 'declaration:owner', kind: 'declaration', status: 'pass' }),
  ],
  problems: [],
  policy: none,
  baseline: none,
  candidate: none,
  policyChanges: [],
  declarations: {
    file: 'MODEL_CARD.md',
    regulations: [],
    legalBasis: [],
    specialCategories: [],
    owners: ['@ana'],
    nextReview: '2027-01-15',
  },
  ...over,
})
const policy: ModelPolicy = {
  name: 'fraud',
  metricsFile: 'm.json',
  baseline: { source: 'base', file: 'm.json', missing: 'warn' },
  gates: [
    { pattern: 'recall', better: 'higher', rules: { min: 0.9 }, severity: 'block', required: true },
    { pattern: 'latency_ms', better: 'lower', rules: { max: 50 }, severity: 'block', required: true },
  ],
}
const entry = (over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  v: 1,
  time: '2026-11-01T10:00:00.000Z',
  sha: 'a'.repeat(40),
  model: 'fraud',
  verdict: 'approved',
  mode: 'enforce',
  metrics: { recall: 0.9 },
  ...over,
})

describe('buildEntry', () => {
  test('records numeric gated metrics, their limits, declarations, KPIs and override', () => {
    const built = buildEntry(evaluation(), {
      time: '2026-12-01T12:00:00.000Z',
      sha: 'abc123',
      policy,
      kpis: { 'fraud caught': { value: 1.2e6, unit: 'EUR' } },
      override: { by: 'ana', reason: 'hotfix' },
    })
    expect(built).toEqual({
      v: 1,
      time: '2026-12-01T12:00:00.000Z',
      sha: 'abc123',
      model: 'fraud',
      verdict: 'approved',
      mode: 'enforce',
      metrics: { recall: 0.91, latency_ms: 41 },
      limits: { recall: { better: 'higher', min: 0.9 }, latency_ms: { better: 'lower', max: 50 } },
      kpis: { 'fraud caught': { value: 1.2e6, unit: 'EUR' } },
      declarations: { ok: false, problems: 1, nextReview: '2027-01-15' },
      override: { by: 'ana', reason: 'hotfix' },
    })
  })

  test('leaves out what is absent: no policy, no declarations, no KPIs', () => {
    const built = buildEntry(evaluation({ declarations: undefined, checks: [check({ metric: 'f1', candidate: 0.5 })] }), {
      time: 't',
      sha: 's',
    })
    expect(built).toEqual({ v: 1, time: 't', sha: 's', model: 'fraud', verdict: 'approved', mode: 'enforce', metrics: { f1: 0.5 } })
  })

  test('buildEntries: one per evaluated model, each with its own policy', () => {
    const result: GateResult = {
      verdict: 'blocked',
      mode: 'advisory',
      modelKey: 'all',
      policyPath: 'p',
      evaluations: [evaluation(), evaluation({ model: 'churn', verdict: 'blocked' })],
    }
    const built = buildEntries(result, { time: 't', sha: 's', policies: [policy] })
    expect(built.map((e) => [e.model, e.verdict, e.limits !== undefined])).toEqual([
      ['fraud', 'approved', true],
      ['churn', 'blocked', false],
    ])
  })
})

describe('parseHistory', () => {
  test('round-trips serialised entries and skips bad lines with their numbers', () => {
    const good = entry()
    const text = [
      serializeEntry(good),
      '',
      '{not json',
      JSON.stringify({ ...good, v: 2 }),
      JSON.stringify({ ...good, verdict: 'maybe' }),
      JSON.stringify({ ...good, metrics: { recall: 'high' } }),
      JSON.stringify({ ...good, time: 'yesterday' }),
      '[1,2]',
      serializeEntry({ ...good, sha: 'b'.repeat(40) }),
    ].join('\r\n')
    const parsed = parseHistory(text, { file: 'history.jsonl' })
    expect(parsed.entries.map((e) => e.sha[0])).toEqual(['a', 'b'])
    expect(parsed.warnings.map((w) => w.line)).toEqual([3, 4, 5, 6, 7, 8])
    expect(parsed.warnings[0]!.message).toBe('history.jsonl:3: not valid JSON; the line was skipped.')
    expect(parsed.warnings[1]!.message).toMatch(/history.jsonl:4: .*unknown version 2/)
  })

  test('over the size cap only the newest lines are read, with a warning', () => {
    const lines = Array.from({ length: 100 }, (_, i) => serializeEntry(entry({ sha: String(i).padStart(40, '0') })))
    const parsed = parseHistory(lines.join('\n'), { maxBytes: (lines[0]!.length + 1) * 10 })
    expect(parsed.entries).toHaveLength(10)
    expect(parsed.entries[9]!.sha.endsWith('99')).toBe(true)
    expect(parsed.warnings[0]!.message).toMatch(/oldest 90 lines were not read/)
  })

  test('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseHistory(text)
        return Array.isArray(parsed.entries)
      }),
      { numRuns: 300 },
    )
  })
})

describe('appendEntries', () => {
  test('appends one line and keeps `keep` entries per model, oldest dropped', () => {
    let text = ''
    for (let i = 0; i < 7; i++) text = appendEntries(text, [entry({ sha: `s${i}`, model: i % 2 ? 'a' : 'b' })], { keep: 2 }).text
    const shas = parseHistory(text).entries.map((e) => `${e.model}:${e.sha}`)
    expect(shas).toEqual(['a:s3', 'b:s4', 'a:s5', 'b:s6'])
    expect(text.endsWith('\n')).toBe(true)
    expect(text.split('\n')).toHaveLength(5)
  })

  test('the byte cap drops the oldest lines but never the new entry', () => {
    const base = Array.from({ length: 20 }, (_, i) => serializeEntry(entry({ sha: `old${i}` }))).join('\n')
    const line = serializeEntry(entry({ sha: 'new00' }))
    const out = appendEntries(base, [entry({ sha: 'new00' })], { maxBytes: (line.length + 1) * 5 })
    expect(parseHistory(out.text).entries.map((e) => e.sha)).toEqual(['old16', 'old17', 'old18', 'old19', 'new00'])
    expect(out.dropped).toBe(16)
  })

  test('a model and commit already recorded are not added again (merge queue, then the push of the merged commit)', () => {
    const first = appendEntries('', [entry({ sha: 'm1', model: 'a' }), entry({ sha: 'm1', model: 'b' })])
    const again = appendEntries(first.text, [
      entry({ sha: 'm1', model: 'a' }),
      entry({ sha: 'm1', model: 'c' }),
      entry({ sha: 'm2', model: 'a' }),
    ])
    expect(parseHistory(again.text).entries.map((e) => `${e.model}:${e.sha}`)).toEqual(['a:m1', 'b:m1', 'c:m1', 'a:m2'])
    expect(again.duplicates).toBe(1)
    expect(appendEntries(again.text, [entry({ sha: 'm2', model: 'a' })])).toMatchObject({ text: again.text, duplicates: 1, dropped: 0 })
  })

  test('bad lines of the old file are dropped and reported', () => {
    const out = appendEntries('garbage\n', [entry()])
    expect(out.warnings).toHaveLength(1)
    expect(parseHistory(out.text).entries).toHaveLength(1)
  })
})

describe('KPIs in the history', () => {
  test('kpisOf takes each KPI candidate value and unit from the KPI checks', async () => {
    const { kpisOf } = await import('../../../src/core/history/entry.js')
    const ev = {
      model: 'fraud',
      checks: [
        {
          id: 'kpi:fraud_loss:max',
          kind: 'kpi',
          metric: 'fraud_loss',
          status: 'pass',
          severity: 'block',
          candidate: 98927.36,
          unit: 'USD',
          rule: 'at most $100,000',
          message: '',
        },
        {
          id: 'kpi:fraud_loss:max_regression',
          kind: 'kpi',
          metric: 'fraud_loss',
          status: 'fail',
          severity: 'block',
          candidate: 98927.36,
          unit: 'USD',
          rule: '',
          message: '',
        },
        { id: 'kpi:broken:max', kind: 'kpi', metric: 'broken', status: 'fail', severity: 'block', candidate: null, rule: '', message: '' },
        {
          id: 'threshold:recall:min',
          kind: 'threshold',
          metric: 'recall',
          status: 'pass',
          severity: 'block',
          candidate: 0.81,
          rule: '',
          message: '',
        },
      ],
    } as unknown as Parameters<typeof kpisOf>[0]
    expect(kpisOf(ev)).toEqual({ fraud_loss: { value: 98927.36, unit: 'USD' } })
  })
})
