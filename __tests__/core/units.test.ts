import { formatDeltaInUnit, formatInUnit, formatRelativeChange, parseUnit } from '../../src/core/units.js'
import type { Unit } from '../../src/core/units.js'

const M = '\u2212'

function unit(text: string): Unit {
  const parsed = parseUnit(text)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.unit
}

describe('parseUnit', () => {
  test.each<[string, Unit]>([
    ['USD', { kind: 'currency', code: 'USD' }],
    ['EUR', { kind: 'currency', code: 'EUR' }],
    ['JPY', { kind: 'currency', code: 'JPY' }],
    ['percent', { kind: 'percent' }],
    ['ms', { kind: 'ms' }],
    ['s', { kind: 's' }],
    ['count', { kind: 'count' }],
    ['widgets', { kind: 'word', word: 'widgets' }],
    ['tokens/s', { kind: 'word', word: 'tokens/s' }],
    [' requests ', { kind: 'word', word: 'requests' }],
    ['usd', { kind: 'word', word: 'usd' }], // lower case is a word: `top`, `all` are currency codes too
    ['Ångström', { kind: 'word', word: 'Ångström' }],
  ])('%p', (text, expected) => {
    expect(parseUnit(text)).toEqual({ ok: true, unit: expected })
  })

  test.each<[string, RegExp]>([
    ['XYZ', /XYZ is not an ISO 4217 currency code/],
    ['ABC', /not an ISO 4217/],
    ['%', /written percent/],
    ['', /empty/],
    ['<img src=x>', /is not a currency code, percent/],
    ['@team', /is not a currency code/],
    ['x'.repeat(41), /is not a currency code/],
  ])('%p is refused', (text, message) => {
    expect(parseUnit(text)).toMatchObject({ ok: false, message: expect.stringMatching(message) })
  })
})

describe('formatInUnit', () => {
  test.each<[number, string, string]>([
    [75000, 'USD', '$75,000'],
    [75000, 'EUR', '€75,000'],
    [212400.00000003, 'USD', '$212,400'],
    [4.5, 'USD', '$4.50'],
    [999.994, 'USD', '$999.99'],
    [1234.56, 'USD', '$1,235'],
    [-5, 'USD', `${M}$5.00`],
    [-0.001, 'USD', '$0.00'],
    [1500, 'JPY', '¥1,500'],
    [12.4, 'JPY', '¥12'],
    [0.125, 'percent', '12.5%'],
    [0.5, 'percent', '50%'],
    [0.001234, 'percent', '0.1234%'],
    [0.9999, 'percent', '99.99%'], // 4 significant digits: not rounded up to 100%
    [0.99996, 'percent', '100%'],
    [1, 'percent', '100%'],
    [-0.02, 'percent', `${M}2%`],
    [94, 'ms', '94 ms'],
    [94.3456, 'ms', '94.35 ms'],
    [123456.7, 'ms', '123,457 ms'],
    [1.5, 's', '1.5 s'],
    [12000, 'count', '12,000'],
    [12, 'widgets', '12 widgets'],
    [0.000123456, 'count', '0.0001235'],
  ])('%p %s → %s', (value, u, expected) => {
    expect(formatInUnit(value, unit(u))).toBe(expected)
  })

  test('non-finite values', () => {
    expect(formatInUnit(NaN, unit('USD'))).toBe('NaN')
    expect(formatInUnit(-Infinity, unit('ms'))).toBe(`${M}∞`)
  })
})

describe('formatDeltaInUnit', () => {
  test.each<[number, string, string]>([
    [-14300, 'USD', `${M}$14,300`],
    [1200, 'USD', '+$1,200'],
    [0, 'USD', '$0.00'],
    [0.004, 'USD', '$0.00'],
    [-0.007, 'percent', `${M}0.7 pp`],
    [0.0125, 'percent', '+1.25 pp'],
    [3, 'ms', '+3 ms'],
    [-0.25, 's', `${M}0.25 s`],
    [-2, 'widgets', `${M}2 widgets`],
    [0, 'count', '0'],
  ])('%p %s → %s', (delta, u, expected) => {
    expect(formatDeltaInUnit(delta, unit(u))).toBe(expected)
  })
})

describe('formatRelativeChange', () => {
  test.each<[number, number, string | undefined]>([
    [198100, 212400, `${M}6.7%`],
    [127, 100, '+27%'],
    [250, 100, '+150%'],
    [100.04, 100, '+0.04%'],
    [100, 100, '0%'],
    [-3, -2, `${M}50%`], // relative to |baseline|: −3 is worse than −2 by half of 2
    [5, 0, undefined],
    [NaN, 1, undefined],
  ])('%p from %p → %p', (candidate, baseline, expected) => {
    expect(formatRelativeChange(candidate, baseline)).toBe(expected)
  })

  test("the issue's KPI line: expected monthly loss $212,400 → $198,100 (−$14,300, −6.7%)", () => {
    const usd = unit('USD')
    const [b, c] = [212400, 198100]
    const line = `expected monthly loss ${formatInUnit(b, usd)} → ${formatInUnit(c, usd)} (${formatDeltaInUnit(c - b, usd)}, ${formatRelativeChange(c, b)})`
    expect(line).toBe(`expected monthly loss $212,400 → $198,100 (${M}$14,300, ${M}6.7%)`)
  })
})
