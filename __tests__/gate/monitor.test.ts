import { describe, expect, test } from '@jest/globals'
import { GateError } from '../../src/core/errors.js'
import { runMonitor } from '../../src/gate/monitor.js'
import type { FileSource } from '../../src/sources/source.js'

const POLICY_PATH = '.github/model-gate.yml'
const NOW = new Date('2026-12-01T06:00:00Z')

function memory(files: Record<string, string>): FileSource {
  return { label: 'the workspace', read: async (path) => files[path], exists: async (path) => path in files }
}

/** A card with privacy and ownership sound, the next review on `due`. */
export const card = (due: string, extra = ''): string =>
  `---
privacy: {personal_data: false}
ownership:
  owners: [{handle: "@ana"}, {handle: "@acme/ml-platform"}]
  team: ML
  on_call: "@acme/oncall"
  review:
    last_reviewed: 2026-06-01
    next_review_due: ${due}
${extra}---
# Fraud model
`

const POLICY = `version: 1
monitoring: {file: monitoring/latest.json, review_warning_days: 14}
gates:
  recall: {min: 0.85, max_regression: 1%}
  latency_ms: {better: lower, max: 120, severity: warn}
  auc: {max_regression: 1%}
declarations: {file: MODEL_CARD.md}
`

const run = (files: Record<string, string>, model?: string) =>
  runMonitor({ policyPath: POLICY_PATH, workspace: memory({ [POLICY_PATH]: POLICY, ...files }), now: NOW, ...(model ? { model } : {}) })
const summary = (findings: { severity: string; message: string; file?: string; line?: number }[]) =>
  findings.map((f) => [f.severity, f.message, `${f.file}:${f.line ?? ''}`])

describe('runMonitor', () => {
  const production = JSON.stringify({ recall: 0.9, latency_ms: 80, auc: 0.5 })

  test.each([
    // [next review, expected] with review_warning_days 14 and today 2026-12-01
    ['2027-06-01', []],
    ['2026-12-16', []],
    ['2026-12-15', [['warn', 'The review is due on 2026-12-15, in 14 days.', 'MODEL_CARD.md:9']]],
    ['2026-12-01', [['warn', 'The review is due on 2026-12-01, in 0 days.', 'MODEL_CARD.md:9']]],
    ['2026-11-30', [['fail', 'The review is overdue: it was due on 2026-11-30, 1 day ago.', 'MODEL_CARD.md:9']]],
  ])('review due %s → %j (the declaration check of the same field is not repeated)', async (due, expected) => {
    const result = await run({ 'MODEL_CARD.md': card(due), 'monitoring/latest.json': production })
    expect(result.models).toHaveLength(1)
    expect(result.models[0]!.owners).toEqual(['@ana', '@acme/ml-platform'])
    expect(summary(result.models[0]!.findings)).toEqual(expected)
  })

  test('production past a floor fails, past a warn-only ceiling warns; regression rules do not apply', async () => {
    const result = await run({
      'MODEL_CARD.md': card('2027-06-01'),
      'monitoring/latest.json': JSON.stringify({ recall: 0.81, latency_ms: 130, auc: 0.1 }),
    })
    expect(summary(result.models[0]!.findings)).toEqual([
      ['fail', '`recall` in production is 0.81, below the floor 0.85.', 'monitoring/latest.json:'],
      ['warn', '`latency_ms` in production is 130, above the ceiling 120.', 'monitoring/latest.json:'],
    ])
  })

  test('the export missing: a warning (the job may be broken); unreadable: a located failure', async () => {
    const missing = await run({ 'MODEL_CARD.md': card('2027-06-01') })
    expect(summary(missing.models[0]!.findings)).toEqual([
      [
        'warn',
        'The production metrics file `monitoring/latest.json` (`monitoring.file`) does not exist on the default branch, so production was not checked.',
        'monitoring/latest.json:',
      ],
    ])
    const broken = await run({ 'MODEL_CARD.md': card('2027-06-01'), 'monitoring/latest.json': '{"recall": 0.9,\n oops}' })
    expect(broken.models[0]!.findings).toEqual([expect.objectContaining({ severity: 'fail', file: 'monitoring/latest.json', line: 2 })])
  })

  test('other blocking declaration problems are reported too, located; the card missing fails', async () => {
    const noOnCall = card('2027-06-01').replace('  on_call: "@acme/oncall"\n', '')
    const result = await run({ 'MODEL_CARD.md': noOnCall, 'monitoring/latest.json': production })
    expect(result.models[0]!.findings).toEqual([
      expect.objectContaining({ severity: 'fail', file: 'MODEL_CARD.md', message: expect.stringMatching(/on_call/) }),
    ])
    const gone = await run({ 'monitoring/latest.json': production })
    expect(gone.models[0]!.findings.length).toBeGreaterThan(0)
    expect(gone.models[0]!.findings.every((f) => f.severity === 'fail' && f.file === 'MODEL_CARD.md')).toBe(true)
    expect(gone.models[0]!.owners).toEqual([])
  })

  test('multi-model: each model reads its own key of the production file; `model` selects one', async () => {
    const policy = `version: 1
monitoring: {file: prod.json}
models:
  fraud.v2:
    gates: {recall: {min: 0.85}}
  churn:
    gates: {recall: {min: 0.5}}
`
    const files = { [POLICY_PATH]: policy, 'prod.json': JSON.stringify({ 'fraud.v2': { recall: 0.8 }, churn: { recall: 0.6 } }) }
    const all = await runMonitor({ policyPath: POLICY_PATH, workspace: memory(files), now: NOW })
    expect(all.models.map((m) => [m.model, summary(m.findings)])).toEqual([
      ['fraud.v2', [['fail', '`recall` in production is 0.8, below the floor 0.85.', 'prod.json:']]],
      ['churn', []],
    ])
    const one = await runMonitor({ policyPath: POLICY_PATH, workspace: memory(files), now: NOW, model: 'churn' })
    expect(one.models.map((m) => m.model)).toEqual(['churn'])
    await expect(runMonitor({ policyPath: POLICY_PATH, workspace: memory(files), now: NOW, model: 'nope' })).rejects.toThrow(GateError)
  })

  test('no policy, or an invalid one: a GateError naming the file', async () => {
    await expect(runMonitor({ policyPath: POLICY_PATH, workspace: memory({}), now: NOW })).rejects.toMatchObject({
      problems: [expect.objectContaining({ file: POLICY_PATH, message: expect.stringMatching(/No policy file/) })],
    })
    await expect(
      runMonitor({
        policyPath: POLICY_PATH,
        workspace: memory({ [POLICY_PATH]: 'version: 1\nmonitoring: {fil: x}\ngates: {a: {min: 1}}\n' }),
        now: NOW,
      }),
    ).rejects.toThrow(GateError)
  })
})
