import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { delong } from '../../../src/core/predictions/delong.js'
import { close, reference } from './reference.js'

interface ProcAsah {
  placements: Record<string, { theta: number; positives: number[]; negatives: number[] }>
  scores: Record<string, { positives: number[]; negatives: number[] }>
  tests: { candidate: string; baseline: string; z: number; p_value: number; interval: [number, number] }[]
}
/** pROC's aSAH comparisons and the scores rebuilt from its placements (make_proc_asah.py). */
const asah = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/predictions/proc-asah.json'), 'utf8')) as ProcAsah
const marker = (name: string) => {
  const s = asah.scores[name]
  if (!s) throw new Error(`no scores for ${name}`)
  return [...s.positives, ...s.negatives]
}
const asahLabels = (name: string) => {
  const s = asah.scores[name]
  if (!s) throw new Error(`no scores for ${name}`)
  return [...s.positives.map(() => 1), ...s.negatives.map(() => 0)]
}

// Reference: the fast DeLong algorithm of Sun & Xu (IEEE SPL 21(11), 2014) in numpy/scipy
// (make_reference.py), an implementation independent of this one (midranks vs binary searches),
// for DeLong, DeLong & Clarke-Pearson (Biometrics 44:837–845, 1988).
describe('DeLong against an independent fast-DeLong implementation', () => {
  test.each(reference.delong.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = delong(c.labels, c.candidate, c.baseline, c.confidence)
    expect(r).toBeDefined()
    if (!r) return
    expect(close(r.candidateAuc, c.candidateAuc)).toBe(true)
    expect(close(r.baselineAuc, c.baselineAuc)).toBe(true)
    expect(close(r.variance, c.variance, 1e-10)).toBe(true)
    expect(close(r.z, c.z, 1e-9)).toBe(true)
    expect(close(r.p_value, c.p_value, 1e-9)).toBe(true)
    expect(close(r.interval[0], c.interval[0], 1e-9)).toBe(true)
    expect(close(r.interval[1], c.interval[1], 1e-9)).toBe(true)
    expect(r.estimate).toBe(r.candidateAuc - r.baselineAuc)
  })
})

// Published reference: pROC's DeLong test for two correlated ROC curves on its aSAH data set
// (Robin et al., "pROC: an open-source package for R and S+ to analyze and compare ROC curves",
// BMC Bioinformatics 12:77, 2011), with the statistics, p-values and 95% intervals its own test suite
// expects (tests/testthat/test-roc.test.R). The raw data ship as a binary R file, so the fixture holds
// pROC's published DeLong placements and scores rebuilt to reproduce them exactly; the first test
// checks that, by brute force, before the comparisons rely on it.
describe("DeLong against pROC's published aSAH comparisons", () => {
  test.each(Object.keys(asah.placements))('the rebuilt %s scores give pROC placements', (name) => {
    const p = asah.placements[name]
    const s = asah.scores[name]
    if (!p || !s) throw new Error(`fixture lacks ${name}`)
    const psi = (x: number, y: number) => (x > y ? 1 : x === y ? 0.5 : 0)
    const share = (sum: number, size: number) => sum / size
    s.positives.forEach((x, i) => {
      const v = share(
        s.negatives.reduce((a, y) => a + psi(x, y), 0),
        s.negatives.length,
      )
      expect(Math.abs(v - (p.positives[i] as number))).toBeLessThan(1e-12)
    })
    s.negatives.forEach((y, j) => {
      const v = share(
        s.positives.reduce((a, x) => a + psi(x, y), 0),
        s.positives.length,
      )
      expect(Math.abs(v - (p.negatives[j] as number))).toBeLessThan(1e-12)
    })
  })

  test.each(asah.tests.map((t) => [`${t.candidate} vs ${t.baseline}`, t] as const))('%s', (_name, t) => {
    const r = delong(asahLabels(t.candidate), marker(t.candidate), marker(t.baseline), 0.95)
    expect(r).toBeDefined()
    if (!r) return
    expect(close(r.candidateAuc, asah.placements[t.candidate]?.theta as number, 1e-12)).toBe(true)
    expect(close(r.baselineAuc, asah.placements[t.baseline]?.theta as number, 1e-12)).toBe(true)
    expect(close(r.z, t.z, 1e-10)).toBe(true)
    expect(close(r.p_value, t.p_value, 1e-10)).toBe(true)
    expect(close(r.interval[0], t.interval[0], 1e-10)).toBe(true)
    expect(close(r.interval[1], t.interval[1], 1e-10)).toBe(true)
  })

  test('swapping the two markers mirrors the result, as pROC tests it', () => {
    for (const t of asah.tests) {
      const r = delong(asahLabels(t.candidate), marker(t.baseline), marker(t.candidate), 0.95)
      expect(close(r?.z as number, -t.z, 1e-10)).toBe(true)
      expect(close(r?.p_value as number, t.p_value, 1e-10)).toBe(true)
      expect(close(r?.interval[0] as number, -t.interval[1], 1e-10)).toBe(true)
    }
  })
})

describe('DeLong edge cases', () => {
  test('by hand: two positives, two negatives', () => {
    // Candidate separates perfectly (AUC 1, V10 = [1, 1], V01 = [0, 0]); baseline scores
    // [0.2, 0.9 | 0.1, 0.5]: V10 = [½, 1], V01 = [½, 0], AUC ¾.
    // Var = s²(V10c − V10b)/2 + s²(V01c − V01b)/2 = (1/8)/2 + (1/8)/2 = 1/8.
    const r = delong([1, 1, 0, 0], [0.8, 0.9, 0.1, 0.2], [0.2, 0.9, 0.1, 0.5], 0.95)
    expect(r?.candidateAuc).toBe(1)
    expect(r?.baselineAuc).toBe(0.75)
    expect(r?.variance).toBeCloseTo(0.125, 15)
    expect(r?.z).toBeCloseTo(0.25 / Math.sqrt(0.125), 14)
  })

  test('identical scores: zero difference, p = 1', () => {
    const r = delong([1, 0, 1, 0, 0], [0.3, 0.2, 0.9, 0.5, 0.3], [0.3, 0.2, 0.9, 0.5, 0.3], 0.95)
    expect(r).toMatchObject({ estimate: 0, interval: [0, 0], p_value: 1, z: 0, variance: 0 })
  })

  test('one class: no AUC', () => {
    expect(delong([1, 1], [0.1, 0.2], [0.3, 0.4], 0.95)).toBeUndefined()
    expect(delong([], [], [], 0.95)).toBeUndefined()
  })

  test('bad confidence is a programming error', () => {
    expect(() => delong([1, 0], [1, 0], [1, 0], 1)).toThrow(RangeError)
  })
})
