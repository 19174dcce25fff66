/**
 * parseJsonText's fast path (JSON.parse, then mappings) must answer exactly as the reader that
 * tracks positions: the same value, Maps in the same order, the same located error.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { GateError } from '../../src/core/errors.js'
import { parseJsonFast, parseJsonText, readJsonText } from '../../src/parse/json.js'
import type { MappingKind } from '../../src/parse/mapping.js'

/** A parsed value with its mappings as ordered entry lists, so that Map order counts. */
function shape(value: unknown): unknown {
  if (value instanceof Map) return { map: [...value].map(([k, v]) => [k, shape(v)]) }
  if (Array.isArray(value)) return value.map(shape)
  if (typeof value === 'object' && value !== null) {
    return {
      proto: Object.getPrototypeOf(value) === null,
      entries: Object.keys(value).map((k) => [k, shape((value as Record<string, unknown>)[k])]),
    }
  }
  return value
}

function outcome(parse: () => unknown): unknown {
  try {
    return { value: shape(parse()) }
  } catch (err) {
    if (!(err instanceof GateError)) throw err
    return { error: err.message, problems: err.problems }
  }
}

function expectSame(text: string, mappings: MappingKind): void {
  expect(outcome(() => parseJsonText(text, 'm.json', { mappings }))).toEqual(outcome(() => readJsonText(text, 'm.json', { mappings })))
}

const key = fc.oneof(
  fc.constantFrom('a', 'b', 'a.b', '0', '1', '10', '01', '__proto__', 'constructor', 'k"q', 'x\\y', 'é', '4294967295', '-1', ''),
  fc.string({ maxLength: 6 }),
)
const scalarText = fc.oneof(
  fc.double().map((n) => (Number.isFinite(n) ? JSON.stringify(n) : String(n))),
  fc.integer().map(String),
  fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
  fc.constantFrom('true', 'false', 'null', 'NaN', 'Infinity', '-Infinity', '"a:b"', '"\\":"', '"\\\\"', '1e400', '-0'),
)
/** JSON text built by hand, so that keys can repeat and tokens JSON.parse refuses can appear. */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText,
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
    fc
      .array(fc.tuple(key, tie('value')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(',\n ')}}`),
  ),
})).value

describe('parseJsonText: the fast path agrees with the reader', () => {
  test.each<MappingKind>(['map', 'object'])('on generated documents (%s)', (mappings) => {
    fc.assert(
      fc.property(jsonText, fc.constantFrom('', '\ufeff', ' \n'), (text, prefix) => expectSame(prefix + text, mappings)),
      { numRuns: 2000 },
    )
  })

  test.each<MappingKind>(['map', 'object'])('on broken documents (%s)', (mappings) => {
    fc.assert(
      fc.property(jsonText, fc.nat(), fc.constantFrom('', ',', '}', '"', ':', 'x', '\n'), (text, at, insert) => {
        const i = at % (text.length + 1)
        expectSame(text.slice(0, i) + insert + text.slice(i + 1), mappings)
      }),
      { numRuns: 2000 },
    )
  })

  test.each<[string, string]>([
    ['a duplicate key', '{"a": 1, "b": {"c": 2, "c": 3}}'],
    ['a duplicate key after a colon in a string', '{"a:": 1, "b": "x:y", "b": 2}'],
    ['an escaped quote before a duplicate key', '{"a\\"": "\\\\", "a\\"": 2}'],
    ['an integer-like key (file order)', '{"b": 1, "2": 2, "a": 3, "1": 4}'],
    ['NaN', '{"a": NaN}'],
    ['a byte order mark', '\ufeff{"a": 1}'],
    ['nesting at the limit', '['.repeat(513) + ']'.repeat(513)],
    ['nesting past the limit', '['.repeat(514) + ']'.repeat(514)],
    ['objects past the limit', '{"a": '.repeat(600) + '1' + '}'.repeat(600)],
    ['a scalar in a list at the limit', '['.repeat(512) + '1' + ']'.repeat(512)],
    ['a scalar in a list past the limit', '['.repeat(513) + '1' + ']'.repeat(513)],
    ['a scalar in an object at the limit', '{"a": '.repeat(512) + 'null' + '}'.repeat(512)],
    ['a scalar in an object past the limit', '{"a": '.repeat(513) + 'null' + '}'.repeat(513)],
    ['scalars beside a list at the limit', '[1, '.repeat(511) + '[2, "x"]' + ']'.repeat(511)],
    ['scalars beside a list past the limit', '[1, '.repeat(512) + '[2, "x"]' + ']'.repeat(512)],
  ])('%s', (_name, text) => {
    expectSame(text, 'map')
    expectSame(text, 'object')
  })

  test('the fast path takes ordinary JSON, and leaves to the reader what only it answers right', () => {
    expect(parseJsonFast('{"a": {"b": [1, 2]}}', 'map')).toBeDefined()
    expect(parseJsonFast('{"a": 1, "a": 2}', 'map')).toBeUndefined()
    expect(parseJsonFast('{"2": 1}', 'map')).toBeUndefined()
    expect(parseJsonFast('{"2": 1}', 'object')).toBeDefined()
    expect(parseJsonFast('{"a": NaN}', 'map')).toBeUndefined()
    expect(parseJsonFast('['.repeat(600) + ']'.repeat(600), 'map')).toBeUndefined()
    expect(parseJsonFast('{"a": '.repeat(512) + '1' + '}'.repeat(512), 'map')).toBeDefined()
    expect(parseJsonFast('{"a": '.repeat(513) + '1' + '}'.repeat(513), 'map')).toBeUndefined()
    expect(parseJsonFast('['.repeat(513) + '1' + ']'.repeat(513), 'object')).toBeUndefined()
  })

  test.each([
    ['a colon in a string', '{"a": "x:y"}', true],
    ['a colon in a key', '{"a:b": 1, "c": [":"]}', true],
    ['a duplicate key', '{"a": 1, "a": 2}', false],
    ['a duplicate key beside a colon in a string', '{"a": "x:y", "a": 1}', false],
    ['a duplicate key beside two colons in strings', '{"a": "::", "b": {"a": 1, "a": 2}}', false],
  ])('duplicate keys are found with colons in strings too: %s', (_name, text, fast) => {
    for (const kind of ['map', 'object'] as const) {
      expect(parseJsonFast(text, kind) !== undefined).toBe(fast)
      expectSame(text, kind)
    }
  })

  test('counting keys stays linear on many strings and no colons', () => {
    const text = `[${Array.from({ length: 200_000 }, () => '"x"').join(',')}, {"a": 1}]`
    const start = performance.now()
    expect(parseJsonFast(text, 'map')).toBeDefined()
    expect(performance.now() - start).toBeLessThan(2000)
  })
})
