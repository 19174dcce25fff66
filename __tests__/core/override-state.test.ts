import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import type { OverrideRecord } from '../../src/core/override.js'
import { markerFor, parseMarker } from '../../src/core/marker.js'
import { overrideStateLine, parseOverrideState, withOverrideState } from '../../src/core/override-state.js'
import type { CommentDoc } from '../../src/render/doc.js'
import { fitComment } from '../../src/render/truncate.js'

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const RECORD: OverrideRecord = {
  by: 'dana',
  at: '2025-03-01T10:00:00Z',
  authority: 'member of @acme/ml-leads',
  reason: 'accepted --> for Q3 <!-- launch --> "quoted" ✓',
  reasonCommentId: 900,
  waived: [
    { model: 'default', id: 'threshold:acc-->uracy:min', metric: 'acc-->uracy', value: 0.81 },
    { model: 'default', id: 'declaration:privacy.legal_basis', value: null },
  ],
  headSha: HEAD,
}
const body = `${markerFor('default', HEAD)}\n## ❌ model-gate: blocked\n\nrest\n`
const encode = (data: unknown): string => `<!-- model-gate-override v1 ${Buffer.from(JSON.stringify(data)).toString('base64url')} -->`

describe('override state in the comment', () => {
  test('written after the marker and read back, whatever the text holds', () => {
    const withState = withOverrideState(body, RECORD)
    const lines = withState.split('\n')
    expect(lines[0]).toBe(markerFor('default', HEAD))
    expect(lines[1]).toMatch(/^<!-- model-gate-override v1 [A-Za-z0-9_-]+ -->$/)
    expect(lines.slice(2).join('\n')).toBe(body.slice(body.indexOf('\n') + 1))
    expect(parseOverrideState(withState)).toEqual(RECORD)
    expect(parseMarker(withState)).toEqual({ model: 'default', head: HEAD })
  })

  test('replaced, not duplicated, on the next run; removed without a record', () => {
    const once = withOverrideState(body, RECORD)
    const twice = withOverrideState(once, { ...RECORD, reason: 'second' })
    expect(twice.match(/model-gate-override/g)).toHaveLength(1)
    expect(parseOverrideState(twice)?.reason).toBe('second')
    expect(withOverrideState(twice, undefined)).toBe(body)
  })

  test('kept when the comment is shortened to fit', () => {
    const long: CommentDoc = {
      marker: withOverrideState(markerFor('default', HEAD), RECORD),
      blocks: [
        { kind: 'text', text: '## ❌ model-gate: blocked', priority: 0 },
        { kind: 'table', header: '| a | b |\n|---|---|', rows: Array.from({ length: 5000 }, () => ({ text: '| x | y |', priority: 4 })) },
      ],
    }
    const fitted = fitComment(long, 2000)
    expect(fitted.length).toBeLessThanOrEqual(2000)
    expect(parseOverrideState(fitted)).toEqual(RECORD)
  })

  test('property: any record round-trips', () => {
    const waived = fc.record({
      model: fc.string({ minLength: 1, maxLength: 20 }),
      id: fc.string({ minLength: 1, maxLength: 50 }),
      value: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null }),
    })
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }),
        fc.option(fc.string({ minLength: 1, maxLength: 200 }), { nil: null }),
        fc.array(waived, { maxLength: 10 }),
        (authority, reason, list) => {
          const record: OverrideRecord = {
            ...RECORD,
            authority,
            reason,
            waived: list.map((w) => (Object.is(w.value, -0) ? { ...w, value: 0 } : w)),
          }
          expect(parseOverrideState(withOverrideState(body, record))).toEqual(record)
        },
      ),
    )
  })

  test.each([
    ['no state line', body],
    ['a state line not right after the marker', `${markerFor('default', HEAD)}\n## heading\n${overrideStateLine(RECORD)}\n`],
    ['a state line without a marker', `${overrideStateLine(RECORD)}\n## heading\n`],
    ['a quoted marker and state', `> ${markerFor('default', HEAD)}\n> ${overrideStateLine(RECORD)}\n`],
    ['not base64url', `${markerFor('default', HEAD)}\n<!-- model-gate-override v1 e30=+/ -->\n`],
    ['base64 that is not JSON', `${markerFor('default', HEAD)}\n<!-- model-gate-override v1 bm90IGpzb24 -->\n`],
    ['another version', `${markerFor('default', HEAD)}\n${overrideStateLine(RECORD).replace(' v1 ', ' v2 ')}\n`],
    ['JSON that is an array', `${markerFor('default', HEAD)}\n${encode([RECORD])}\n`],
    ['an extra field', `${markerFor('default', HEAD)}\n${encode({ ...RECORD, admin: true })}\n`],
    ['a missing field', `${markerFor('default', HEAD)}\n${encode({ ...RECORD, headSha: undefined })}\n`],
    ['a bad head SHA', `${markerFor('default', HEAD)}\n${encode({ ...RECORD, headSha: 'main' })}\n`],
    ['a bad time', `${markerFor('default', HEAD)}\n${encode({ ...RECORD, at: 'yesterday' })}\n`],
    ['an empty login', `${markerFor('default', HEAD)}\n${encode({ ...RECORD, by: '' })}\n`],
    ['a string value', `${markerFor('default', HEAD)}\n${encode({ ...RECORD, waived: [{ model: 'default', id: 'x', value: '0.8' }] })}\n`],
    [
      'a waived entry with an extra field',
      `${markerFor('default', HEAD)}\n${encode({ ...RECORD, waived: [{ model: 'default', id: 'x', value: 1, better: 'higher' }] })}\n`,
    ],
    [
      'too many waived checks',
      `${markerFor('default', HEAD)}\n${encode({ ...RECORD, waived: Array.from({ length: 201 }, (_, i) => ({ model: 'default', id: `c${i}`, value: 1 })) })}\n`,
    ],
    [
      'a prototype key',
      `${markerFor('default', HEAD)}\n${encode(JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(RECORD).slice(1)}`))}\n`,
    ],
  ])('ignored: %s', (_name, text) => {
    expect(parseOverrideState(text)).toBeUndefined()
  })

  test('a body without a marker is left as it is', () => {
    expect(withOverrideState('## no marker\n', RECORD)).toBe('## no marker\n')
  })
})
