import { delong } from '../../../src/core/predictions/delong.js'
import { close, reference } from './reference.js'

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
