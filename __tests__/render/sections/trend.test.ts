import { describe, expect, test } from '@jest/globals'
import type { HistoryEntry } from '../../../src/core/history/entry.js'
import { evaluate } from '../../../src/core/evaluate.js'
import type { GateResult, Metrics, Policy } from '../../../src/core/types.js'
import { parsePolicy } from '../../../src/policy/load.js'
import { renderComment, SECTIONS, type RenderContext } from '../../../src/render/comment.js'
import { trendCharts, trendHeadline } from '../../../src/render/sections/trend.js'
import { renderGfm, textOf } from '../gfm.js'

const POLICY_TEXT = `version: 1
history: {trend: 5}
gates:
  recall: {min: 0.9, max_regression: 1%}
  latency_ms: {better: lower, max: 120}
  calibration: {better: lower, max: 0.1, severity: warn}
`

const metrics = (values: Record<string, number>): Metrics => new Map(Object.entries(values).map(([name, value]) => [name, { value }]))

function result(
  policy: Policy,
  candidate: Record<string, number>,
  baseline?: Record<string, number>,
  model = policy.models[0]!,
): GateResult {
  const evaluation = evaluate({
    model,
    mode: 'enforce',
    candidate: metrics(candidate),
    ...(baseline ? { baseline: metrics(baseline) } : { baselineUnavailable: 'none' }),
    provenance: { policy: { source: 'base' }, baseline: { source: 'base' }, candidate: { source: 'workspace' } },
  })
  return {
    verdict: evaluation.verdict,
    mode: 'enforce',
    evaluations: [evaluation],
    modelKey: 'default',
    policyPath: '.github/model-gate.yml',
    policy,
  }
}

const entry = (i: number, values: Record<string, number>, model = 'default'): HistoryEntry => ({
  v: 1,
  time: new Date(Date.UTC(2026, 10, 1 + i)).toISOString(),
  sha: `${i}`.repeat(40).slice(0, 40),
  model,
  verdict: 'approved',
  mode: 'enforce',
  metrics: values,
})

/** Eight merges: recall falls in each of the last six, latency flat. */
const RECALL = [0.95, 0.951, 0.95, 0.948, 0.946, 0.944, 0.942, 0.94]
const HISTORY = RECALL.map((recall, i) => entry(i, { recall, latency_ms: 100, calibration: 0.05 }))

describe('the trend sections in the comment', () => {
  const policy = parsePolicy(POLICY_TEXT, '.github/model-gate.yml')
  const ctx: RenderContext = { policyPath: '.github/model-gate.yml', history: { entries: HISTORY, trend: policy.history!.trend } }
  const run = result(policy, { recall: 0.935, latency_ms: 100, calibration: 0.05 }, { recall: 0.94, latency_ms: 100, calibration: 0.05 })

  test('registered: the headline after the summary line, the charts after the notes', () => {
    const ids = SECTIONS.map((s) => s.id)
    expect(ids.indexOf('trend-headline')).toBe(ids.indexOf('summary') + 1)
    expect(ids.indexOf('trend')).toBe(ids.indexOf('notes') + 1)
    expect(SECTIONS).toEqual(expect.arrayContaining([trendHeadline, trendCharts]))
  })

  test('headline: the last 5 merges and the candidate; recall worsening first; warn-only gates have no trend', () => {
    const body = renderComment(run, ctx)
    // The 5-merge window: 0.948 0.946 0.944 0.942 0.94, then PR 0.935: 5 drops in a row; (0.935 − 0.948) / 0.948 = −1.37%
    expect(body).toContain('**Trend:** recall: 5th drop in a row, −1.4% over 5 merges · latency\\_ms: unchanged over 5 merges')
    expect(body).not.toMatch(/calibration: /)
    const lines = body.split('\n')
    const heading = lines.findIndex((l) => l.startsWith('## '))
    const trendLine = lines.findIndex((l) => l.startsWith('**Trend:**'))
    const table = lines.findIndex((l) => l.startsWith('| |'))
    expect(heading).toBeLessThan(trendLine)
    expect(trendLine).toBeLessThan(table)
  })

  test('charts: collapsed, one per blocking metric, the floor and ceiling drawn, rendered by GitHub as mermaid code', () => {
    const body = renderComment(run, ctx)
    expect(body).toContain('<summary>Trend over the last 5 merges (2 charts)</summary>')
    expect(body).toContain('  x-axis ["3333333", "4444444", "5555555", "6666666", "7777777", "PR"]')
    expect(body).toContain('  line [0.948, 0.946, 0.944, 0.942, 0.94, 0.935]\n  line [0.9, 0.9, 0.9, 0.9, 0.9, 0.9]')
    expect(body).toContain('  line [100, 100, 100, 100, 100, 100]\n  line [120, 120, 120, 120, 120, 120]')
    const html = renderGfm(body)
    const blocks = [...html.matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)].map((m) => textOf(m[1]!))
    expect(blocks).toHaveLength(2)
    expect(blocks[0]).toMatch(/^xychart-beta\n {2}title "recall"/)
    expect(html.indexOf('<details>')).toBeLessThan(html.indexOf('<pre><code class="language-mermaid">'))
  })

  test('no history: neither section, and the comment is the one without history', () => {
    const without = renderComment(run, { policyPath: ctx.policyPath })
    for (const history of [
      undefined,
      { entries: [] },
      { entries: [entry(0, { recall: 0.9 }, 'other-model')] },
      { entries: [entry(0, { auc: 0.9 })] },
    ]) {
      const body = renderComment(run, { policyPath: ctx.policyPath, ...(history ? { history } : {}) })
      expect(body).toBe(without)
    }
    expect(without).not.toMatch(/Trend|mermaid|<details>/)
  })

  test('the first merge: the candidate against one merged value', () => {
    const body = renderComment(run, { ...ctx, history: { entries: [entry(0, { recall: 0.95, latency_ms: 100 })] } })
    expect(body).toContain('**Trend:** recall: drop, −1.6% over 1 merge · latency\\_ms: unchanged over 1 merge')
    expect(body).toContain('<summary>Trend over the last 1 merge (2 charts)</summary>')
  })

  test('more than three series: three in the headline, the rest counted', () => {
    const many = parsePolicy('version: 1\ngates:\n  "m.*": {min: 0}\n', 'p.yml')
    const values = Object.fromEntries(['a', 'b', 'c', 'd', 'e'].map((k, i) => [`m.${k}`, 1 + i]))
    const body = renderComment(result(many, values), { policyPath: 'p.yml', history: { entries: [entry(0, values)] } })
    expect(body).toMatch(/^\*\*Trend:\*\* (?:m\.[a-e]: unchanged over 1 merge · ){3}and 2 more in the charts below$/m)
  })

  test('a hostile metric name stays text: no HTML, no mention, no broken fence', () => {
    const name = '</details>@org/team <img src=x> ```'
    const hostile = parsePolicy(`version: 1\ngates:\n  ${JSON.stringify(name)}: {min: 0}\n`, 'p.yml')
    const body = renderComment(result(hostile, { [name]: 2 }), { policyPath: 'p.yml', history: { entries: [entry(0, { [name]: 1 })] } })
    const html = renderGfm(body)
    expect(html).not.toMatch(/<img|<\/details>\s*@org/)
    expect(html.match(/<details>/g)).toHaveLength(1)
    expect(html.match(/<\/details>/g)).toHaveLength(1)
    expect(textOf(html)).toContain('rise, +100.0% over 1 merge')
  })

  test('multi-model: each model its own trend from its own entries', () => {
    const multi = parsePolicy(
      'version: 1\nhistory: {}\nmodels:\n  fraud:\n    gates: {recall: {min: 0.5}}\n  churn:\n    gates: {recall: {min: 0.5}}\n',
      'p.yml',
    )
    const [fraud, churn] = multi.models
    const a = result(multi, { recall: 0.8 }, undefined, fraud).evaluations[0]!
    const b = result(multi, { recall: 0.8 }, undefined, churn).evaluations[0]!
    const both: GateResult = {
      verdict: 'approved',
      mode: 'enforce',
      evaluations: [a, b],
      modelKey: 'all',
      policyPath: 'p.yml',
      policy: multi,
    }
    const entries = [entry(0, { recall: 0.9 }, 'fraud'), entry(1, { recall: 0.7 }, 'churn')]
    const body = renderComment(both, { policyPath: 'p.yml', history: { entries } })
    expect(body.match(/^\*\*Trend:\*\* .*$/gm)).toEqual([
      '**Trend:** recall: drop, −11.1% over 1 merge',
      '**Trend:** recall: rise, +14.3% over 1 merge',
    ])
  })
})
