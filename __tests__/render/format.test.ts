import { formatChange, formatDistinct, formatMovement, formatNumber, shortSha } from '../../src/render/format.js'

const M = '\u2212'

describe('formatNumber', () => {
  test.each<[number | null | undefined, string]>([
    [0.842, '0.842'],
    [88, '88'],
    [0.9014016422240393, '0.9014'],
    [1234567, '1,234,567'],
    [-1234567, `${M}1,234,567`],
    [1234.5678, '1,235'],
    [12.3456, '12.35'],
    [0.5, '0.5'],
    [0.1 + 0.2, '0.3'],
    [0.000123456, '0.0001235'],
    [0.99996, '1'],
    [-0.031, `${M}0.031`],
    [0, '0'],
    [-0, '0'],
    [1e21, '1e21'],
    [1.23456e-9, `1.235e${M}9`],
    [null, '—'],
    [undefined, '—'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, '∞'],
    [Number.NEGATIVE_INFINITY, `${M}∞`],
  ])('%p → %p', (n, expected) => {
    expect(formatNumber(n)).toBe(expected)
  })

  test('takes more significant digits on request', () => {
    expect(formatNumber(0.9014016422240393, 6)).toBe('0.901402')
  })
})

describe('formatDistinct', () => {
  test.each<[Array<number | null | undefined>, number[], string[]]>([
    [[0.811, 0.842], [], ['0.811', '0.842']],
    [[0.91504, 0.91496], [], ['0.91504', '0.91496']],
    [[0.89996, 0.9], [], ['0.89996', '0.9']],
    [[0.89996, null], [0.9], ['0.89996', '—']],
    [[0.9, 0.9], [0.9], ['0.9', '0.9']],
    [[0.1 + 0.2, 0.3], [], ['0.3', '0.3']],
    [
      [91, 88],
      [120, 10],
      ['91', '88'],
    ],
  ])('%p with references %p → %p', (values, references, expected) => {
    expect(formatDistinct(values, references)).toEqual(expected)
  })
})

describe('formatChange', () => {
  test.each<[number | null | undefined, number | null | undefined, string]>([
    [0.811, 0.842, `${M}0.031 (${M}3.7%)`],
    [91, 88, '+3 (+3.4%)'],
    [0.052, 0.041, '+0.011 (+27%)'],
    [0.953, 0.951, '+0.002 (+0.2%)'],
    [1.5, -1, '+2.5 (+250%)'],
    [0.91496, 0.91504, `${M}0.00008 (${M}0.009%)`],
    [0.3, 0, '+0.3'],
    [0.9, 0.9, '0'],
    [0.9, null, '—'],
    [undefined, 0.9, '—'],
    [Number.NaN, 0.9, '—'],
  ])('candidate %p, baseline %p → %p', (candidate, baseline, expected) => {
    expect(formatChange(candidate, baseline)).toBe(expected)
  })
})

describe('formatMovement and shortSha', () => {
  test.each([
    [0.811, 0.842, '3.7%'],
    [91, 88, '3.4%'],
    [0.2, 0, '0.2'],
  ])('movement %p from %p → %p', (candidate, baseline, expected) => {
    expect(formatMovement(candidate, baseline)).toBe(expected)
  })

  test.each([
    ['1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b', '1a2b3c4'],
    ['1a2b3c4', '1a2b3c4'],
    ['main', 'main'],
  ])('%p → %p', (sha, expected) => {
    expect(shortSha(sha)).toBe(expected)
  })
})
