import { summarizePredictions } from '../../../src/core/predictions/summary.js'
import { predictionsFromReport, predictionsReport } from '../../../src/report/predictions.js'
import { flipsLine, flipsSection, renderPredictions } from '../../../src/render/sections/flips.js'
import type { Evaluation, PredictionSettings } from '../../../src/core/types.js'

const settings: PredictionSettings = { file: 'eval/p.csv', baselineFile: 'eval/p.csv', task: 'binary', threshold: 0.5 }
const n = 20_000
const ids = Array.from({ length: n }, (_, i) => `ex|${i}`)
const labels = ids.map((_, i) => (i % 2 === 0 ? 1 : 0))
// Baseline right everywhere but on 212 examples (0–211), which the candidate fixes; the
// candidate breaks 341 others (1000–1340).
const baseline = labels.map((y, i) => (i < 212 ? 1 - y : y) * 0.8 + 0.1)
const candidate = labels.map((y, i) => (i >= 1000 && i < 1341 ? 1 - y : y) * 0.8 + 0.1)
const paired = summarizePredictions({ settings, candidate: { ids, labels, values: candidate }, baseline })

describe('the predictions section', () => {
  test('says how many examples the change fixed and broke, with thousands separators', () => {
    expect(flipsLine(paired)).toBe('fixes 212, breaks 341 of 20,000 examples')
    const md = renderPredictions(paired)
    expect(md).toMatch(
      /^\*\*Predictions\*\* \(`eval\/p\.csv` against the base commit's `eval\/p\.csv`, 20,000 examples, threshold 0\.5\): fixes 212, breaks 341 of 20,000 examples\./,
    )
    expect(md).toContain('| `roc_auc` |')
    expect(md).toMatch(
      /\| `accuracy` \| 0\.9829 \| 0\.9894 \| −0\.00645 \(−0\.7%\) \| 95% paired bootstrap \[−0\.\d+, −0\.\d+\], p = [\d.e−-]+ \|/,
    )
  })

  test('the first 10 broken ids in a collapsed section, escaped (an id may hold a pipe)', () => {
    const md = renderPredictions(paired)
    expect(md).toContain('<details>\n<summary>First 10 of 341 broken examples</summary>')
    expect(md).toContain('- <code>ex\\|1000</code>')
    expect(md.match(/^- /gm)).toHaveLength(10)
  })

  test('unpaired: the candidate column only, and why', () => {
    const md = renderPredictions(
      summarizePredictions({ settings, candidate: { ids, labels, values: candidate }, baselineNote: 'there is no base commit' }),
    )
    expect(md).toContain('| Computed | Candidate |')
    expect(md).toContain('_Not paired: there is no base commit._')
    expect(md).not.toContain('<details>')
  })

  test('registered: renders nothing without predictions', () => {
    expect(flipsSection.id).toBe('predictions')
    expect(flipsSection.render({ ev: {} as Evaluation } as Parameters<typeof flipsSection.render>[0])).toBeUndefined()
  })
})

describe('the report field', () => {
  test('round-trips through JSON', () => {
    const report = JSON.parse(JSON.stringify(predictionsReport(paired)))
    expect(report.comparisons.accuracy.p_value).toEqual(expect.any(Number))
    expect(report.comparisons.roc_auc.p_value).toEqual(expect.any(Number))
    expect(predictionsFromReport(report)).toEqual(paired)
    const unpaired = summarizePredictions({ settings, candidate: { ids, labels, values: candidate }, baselineNote: 'x' })
    expect(predictionsFromReport(JSON.parse(JSON.stringify(predictionsReport(unpaired))))).toEqual(unpaired)
    expect(predictionsReport(undefined)).toBeNull()
  })
})
