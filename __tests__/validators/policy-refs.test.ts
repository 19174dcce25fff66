/**
 * The precompiled policy validators (scripts/validators.mjs: ajv's standalone code, with the
 * schema objects it refers to taken from the imported schema file instead of embedded literal
 * copies) give exactly the verdict and the errors of ajv's compiler on the same schema, on
 * policy-shaped data drawn from the schema itself, with random defects and without.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { Ajv } from 'ajv'
import schema from '../../schema/policy.schema.json' with { type: 'json' }
import { policyAllErrors, policyFirstError } from '../../src/generated/policy-validators.js'

type Schema = boolean | Record<string, unknown>

const JUNK: unknown[] = [null, 1, -1, 0, 2.5, 'x', '', '5%', 'five%', '-1%', true, false, [], {}, { a: 1 }, [1, 1], 'P1D']
const KEYS = [
  'accuracy',
  'slices.*.recall',
  'latency_ms.p95',
  'a\\.b',
  'bad..x',
  'a*b',
  '',
  'fraud',
  'Fraud-2',
  '-bad',
  'x y',
  '<<',
  'gate',
]

/** Values drawn from `node`: with `defects`, some of them junk, unknown keys or wrong enum values. */
function draw(rnd: () => number, node: Schema, depth: number, defects = true): unknown {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T
  if (typeof node === 'boolean' || depth > 6 || (defects && rnd() < 0.08)) return pick(JUNK)
  if (!defects && Array.isArray(node.examples) && rnd() < 0.8) return structuredClone(pick(node.examples))
  if (typeof node.$ref === 'string') {
    const name = node.$ref.split('/').pop() as keyof typeof schema.definitions
    return draw(rnd, schema.definitions[name] as Schema, depth + 1, defects)
  }
  if (Array.isArray(node.enum)) return !defects || rnd() < 0.85 ? pick(node.enum) : 'sideways'
  if ('const' in node) return !defects || rnd() < 0.9 ? node.const : 2
  for (const key of ['oneOf', 'anyOf', 'allOf'] as const) {
    const options = node[key]
    if (Array.isArray(options) && options.length > 0) {
      const chosen = pick(options as Schema[])
      const value = draw(rnd, chosen, depth + 1, defects)
      if (value !== null && typeof value === 'object' && !Array.isArray(value) && node.properties) {
        return { ...(draw(rnd, { ...node, [key]: undefined }, depth + 1, defects) as object), ...value }
      }
      return value
    }
  }
  const type = Array.isArray(node.type) ? pick(node.type as string[]) : node.type
  if (type === 'object' || node.properties || node.patternProperties || node.additionalProperties) {
    const out: Record<string, unknown> = {}
    for (const [key, sub] of Object.entries((node.properties ?? {}) as Record<string, Schema>)) {
      if (rnd() < (depth === 0 ? 0.6 : 0.5)) out[key] = draw(rnd, sub, depth + 1, defects)
    }
    const patterns = Object.values((node.patternProperties ?? {}) as Record<string, Schema>)
    const extra = typeof node.additionalProperties === 'object' ? (node.additionalProperties as Schema) : patterns[0]
    const count = extra ? Math.floor(rnd() * 4) : defects && rnd() < 0.15 ? 1 : 0
    for (let i = 0; i < count; i++) out[pick(defects ? KEYS : KEYS.slice(0, 4))] = draw(rnd, extra ?? true, depth + 1, defects)
    return out
  }
  if (type === 'array')
    return Array.from({ length: Math.floor(rnd() * 3) }, () => draw(rnd, (node.items ?? true) as Schema, depth + 1, defects))
  if (type === 'string') return rnd() < 0.7 ? pick(['eval/metrics.json', 'fraud', '5%', 'a.b', 'x', '0.5%', '@team']) : pick(KEYS)
  if (type === 'number' || type === 'integer') return pick([0, 0.5, 0.95, 3, 180, -2, 1.5, 1e9])
  if (type === 'boolean') return rnd() < 0.9
  return pick(JUNK)
}

describe('the precompiled policy validators', () => {
  const options = { verbose: true, strict: true, strictRequired: false, ownProperties: true }
  const reference = {
    all: new Ajv({ ...options, allErrors: true }).compile(schema),
    first: new Ajv(options).compile(schema),
  }

  test('give the verdict and the errors of the ajv compiler, all errors and first error', () => {
    let invalid = 0
    let i = 0
    const cases = 3000
    const unit = { min: 0, max: 1, maxExcluded: true, noNaN: true }
    // fast-check draws the random choices, from a fixed seed: the same cases on every run
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const rnd = (): number => g(fc.double, unit)
        // every third case without defects: a single-model policy built from the schema's examples
        const data =
          i % 3 === 0
            ? {
                version: 1,
                gates: draw(rnd, schema.definitions.gates as Schema, 1, false),
                declarations: draw(rnd, schema.definitions.declarations as Schema, 1, false),
              }
            : draw(rnd, schema as Schema, 0)
        for (const [generated, expected] of [
          [policyAllErrors.validate, reference.all],
          [policyFirstError.validate, reference.first],
        ] as const) {
          const verdict = generated(data)
          expect(verdict).toBe(expected(data))
          // the errors by value: JSON text holds their parent schemas and data in full
          const brief = (errors: typeof expected.errors) =>
            (errors ?? []).map((e) => `${e.instancePath} ${e.schemaPath} ${e.keyword} ${JSON.stringify(e.params)} ${e.propertyName ?? ''}`)
          expect(brief(generated.errors)).toEqual(brief(expected.errors))
          expect(JSON.stringify(generated.errors)).toBe(JSON.stringify(expected.errors))
        }
        if (reference.all.errors) invalid++
        i++
      }),
      { seed: 13, numRuns: cases },
    )
    // the draws exercise both verdicts
    expect(invalid).toBeGreaterThan(cases * 0.3)
    expect(invalid).toBeLessThan(cases * 0.97)
  })
})
