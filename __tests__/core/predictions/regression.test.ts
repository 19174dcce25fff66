import { pairedMae, pairedRmse } from '../../../src/core/predictions/regression.js'
import { close, reference } from './reference.js'

describe('paired mae/rmse intervals against numpy (normal and delta method)', () => {
  test.each(reference.regression.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const m = pairedMae(c.labels, c.candidate, c.baseline, c.confidence)
    expect(close(m.estimate, c.mae_diff.estimate, 1e-10)).toBe(true)
    expect(close(m.interval[0], c.mae_diff.interval[0], 1e-10)).toBe(true)
    expect(close(m.interval[1], c.mae_diff.interval[1], 1e-10)).toBe(true)
    expect(close(m.p_value, c.mae_diff.p_value, 1e-8)).toBe(true)
    const r = pairedRmse(c.labels, c.candidate, c.baseline, c.confidence)
    expect(close(r.estimate, c.rmse_diff.estimate, 1e-10)).toBe(true)
    expect(close(r.interval[0], c.rmse_diff.interval[0], 1e-10)).toBe(true)
    expect(close(r.interval[1], c.rmse_diff.interval[1], 1e-10)).toBe(true)
    expect(close(r.p_value, c.rmse_diff.p_value, 1e-8)).toBe(true)
  })

  test('degenerate inputs', () => {
    expect(pairedMae([], [], [], 0.95)).toMatchObject({ estimate: 0, interval: [0, 0], p_value: 1 })
    expect(pairedRmse([1], [2], [1], 0.95)).toMatchObject({ estimate: 1, interval: [1, 1], p_value: 0 })
    // A perfect baseline (RMSE 0): only the candidate's squared errors carry variance.
    const r = pairedRmse([0, 0, 0, 0], [1, 3, 1, 3], [0, 0, 0, 0], 0.95)
    expect(r.estimate).toBeCloseTo(Math.sqrt(5), 14)
    // Var(a) with a = [1, 9, 1, 9]: 64/3; / (4 · 5) / 4
    expect(r.standardError).toBeCloseTo(Math.sqrt(64 / 3 / 20 / 4), 14)
  })
})
