/**
 * src/validators/standalone.ts: the runtime helpers of the generated validators agree with ajv's
 * own (ajv/dist/runtime/equal is fast-deep-equal, ajv/dist/runtime/ucs2length counts code points),
 * and schemaOrigins leads every schema object the generated code refers to back to the schema file's object.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { createRequire } from 'node:module'
import schema from '../../schema/policy.schema.json' with { type: 'json' }
import { policyAllErrors, policyFirstError } from '../../src/generated/policy-validators.js'
import { equal, schemaOrigins, ucs2length } from '../../src/validators/standalone.js'

const require = createRequire(import.meta.url)
const ajvEqual = require('ajv/dist/runtime/equal').default as (a: unknown, b: unknown) => boolean
const ajvLength = require('ajv/dist/runtime/ucs2length').default as (s: string) => number

describe('equal', () => {
  test.each([
    [1, 1, true],
    [1, '1', false],
    [null, null, true],
    [null, {}, false],
    [[], {}, false],
    [[1, [2, { a: 3 }]], [1, [2, { a: 3 }]], true],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
    [{ a: undefined }, { b: undefined }, false],
    [NaN, NaN, true],
  ])('%j vs %j is %s', (a, b, expected) => {
    expect(equal(a, b)).toBe(expected)
    expect(ajvEqual(a, b)).toBe(expected)
  })

  test('agrees with ajv on JSON values', () => {
    const json = fc.jsonValue({ maxDepth: 3 })
    // fast-deep-equal (ajv's) calls a key named `valueOf` as a method and throws on `{"valueOf": {}}`;
    // ours must answer for every JSON value, and agree wherever ajv's answers.
    const ajvAnswer = (a: unknown, b: unknown): boolean | undefined => {
      try {
        return ajvEqual(a, b)
      } catch {
        return undefined
      }
    }
    fc.assert(
      fc.property(json, json, (a, b) => {
        const expected = ajvAnswer(a, b)
        const ours = equal(a, b)
        return expected === undefined ? typeof ours === 'boolean' : ours === expected
      }),
    )
    expect(equal({ valueOf: {} }, { valueOf: {} })).toBe(true)
    expect(equal({ valueOf: {} }, {})).toBe(false)
    fc.assert(fc.property(json, (a) => equal(a, structuredClone(a))))
  })
})

describe('ucs2length', () => {
  test.each([
    ['', 0],
    ['abc', 3],
    ['é', 1],
    ['😀', 1],
    ['a😀b', 3],
    ['\ud83d', 1],
    ['\ude00\ud83d', 2],
  ])('%j has %d code points', (text, n) => {
    expect(ucs2length(text)).toBe(n)
    expect(ajvLength(text)).toBe(n)
  })

  test('agrees with ajv on any string, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => ucs2length(s) === ajvLength(s)))
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }),
        (s) => ucs2length(s) === ajvLength(s),
      ),
    )
  })
})

describe('schemaOrigins', () => {
  const original = schemaOrigins(schema, policyAllErrors, policyFirstError)

  test('every schema object the generated code refers to is the object of the schema file at its pointer', () => {
    for (const { copies } of [policyAllErrors, policyFirstError]) {
      expect(copies.length).toBeGreaterThan(10)
      for (const [copy, pointer] of copies) {
        const inFile = pointer
          .split('/')
          .slice(1)
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')], schema)
        expect(copy).toBe(inFile)
        expect(original(copy)).toBe(inFile)
      }
    }
    const gate = policyAllErrors.copies.find(([, pointer]) => pointer === '/definitions/gate')?.[0] as { anyOf: object[] }
    expect(original(gate.anyOf[0])).toBe(schema.definitions.gate.anyOf[0])
  })

  test('an error of the generated validator names a parent schema that maps to the file', () => {
    const { validate } = policyAllErrors
    expect(validate({ version: 1, gates: { accuracy: { max_regression: 'five%' } } })).toBe(false)
    const parents = (validate.errors ?? []).map((e) => original(e.parentSchema))
    expect(parents).toContain(schema.definitions.amount)
  })

  test('a copy that is not the object of the file, and every object inside it, leads back to the equal object of the file', () => {
    const copy = structuredClone(schema.definitions.gate)
    const back = schemaOrigins(schema, { validate: policyAllErrors.validate, copies: [[copy, '/definitions/gate']] })
    expect(back(copy)).toBe(schema.definitions.gate)
    expect(back(copy.anyOf[0])).toBe(schema.definitions.gate.anyOf[0])
    expect(back(copy.properties.max_regression)).toBe(schema.definitions.gate.properties.max_regression)
    expect(back(schema.definitions.amount)).toBe(schema.definitions.amount)
  })

  test('values that are not embedded copies come back unchanged', () => {
    const other = { type: 'number' }
    expect(original(other)).toBe(other)
    expect(original(undefined)).toBeUndefined()
    expect(original(3)).toBe(3)
  })
})
