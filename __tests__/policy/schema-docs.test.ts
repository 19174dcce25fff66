/**
 * The policy schema documents itself for editors (yaml-language-server, VS Code): every property
 * everywhere has a `description` and `examples`, each example validates against the property's
 * own schema, and the keys other modules define (rule kinds, metrics formats) are held exactly.
 */
import { Ajv } from 'ajv'
import { readFileSync } from 'node:fs'
import { GATE_SETTINGS, RULE_KINDS } from '../../src/core/rules/index.js'
import { FORMAT_NAMES } from '../../src/metrics/formats/index.js'
import schema from '../../schema/policy.schema.json' with { type: 'json' }

type Node = Record<string, unknown>
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Every named property of every object schema, with its JSON pointer. */
function properties(node: unknown, at: string, out: { at: string; node: Node }[] = []): { at: string; node: Node }[] {
  if (Array.isArray(node)) node.forEach((n, i) => properties(n, `${at}/${i}`, out))
  if (!isNode(node)) return out
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties' && isNode(value)) {
      for (const [name, prop] of Object.entries(value)) {
        // `false` forbids a key in one branch (`then`/`else`); it is documented where it is allowed.
        if (isNode(prop)) out.push({ at: `${at}/properties/${name}`, node: prop })
      }
    }
    // An `if` only tests a value; the key it tests is documented where it is declared.
    if (key !== 'examples' && key !== 'if') properties(value, `${at}/${key}`, out)
  }
  return out
}

const ajv = new Ajv({ strict: true, strictRequired: false })
ajv.addSchema(schema, 'policy')

describe('policy schema for editors', () => {
  const props = properties(schema, '#')

  test('walks every key of the schema', () => {
    // 7 top level + 6 per model and defaults + metrics 2 + baseline 3 + gate 9 + declarations 5
    expect(props.length).toBeGreaterThanOrEqual(7 + 6 + 6 + 2 + 3 + 9 + 5)
    expect(props.map((p) => p.at)).toEqual(
      expect.arrayContaining([
        '#/properties/defaults',
        '#/properties/changed_only',
        '#/definitions/metrics/properties/format',
        '#/definitions/model/properties/paths',
      ]),
    )
  })

  test.each(properties(schema, '#').map((p) => [p.at, p.node] as const))('%s has a description and examples', (at, node) => {
    expect(typeof node.description).toBe('string')
    expect((node.description as string).length).toBeGreaterThan(10)
    expect(Array.isArray(node.examples) && node.examples.length > 0).toBe(true)
  })

  test.each(props.map((p) => [p.at, p.node] as const))('the examples of %s are valid values', (at, node) => {
    const pointer = at.slice(1)
    for (const example of node.examples as unknown[]) {
      expect({ at, example, valid: ajv.validate({ $ref: `policy#${pointer}` }, example) }).toEqual({ at, example, valid: true })
    }
  })

  test('a property without examples is caught', () => {
    const bad = { properties: { a: { type: 'number', description: 'A number of things.' } } }
    const found = properties(bad, '#').filter((p) => !Array.isArray(p.node.examples))
    expect(found.map((p) => p.at)).toEqual(['#/properties/a'])
  })

  test("the gate keys are exactly the rule registry's schemas", () => {
    const gate = schema.definitions.gate.properties as Record<string, unknown>
    for (const item of [...RULE_KINDS, ...GATE_SETTINGS])
      expect({ key: item.key, schema: gate[item.key] }).toEqual({ key: item.key, schema: item.schema })
    expect(Object.keys(gate).sort()).toEqual([...RULE_KINDS, ...GATE_SETTINGS].map((k) => k.key).sort())
  })

  test("metrics.format lists exactly the registry's formats", () => {
    expect(schema.definitions.metrics.properties.format.enum).toEqual([...FORMAT_NAMES])
  })

  test('the example policy carries the yaml-language-server line for the published schema', () => {
    const text = readFileSync('examples/fraud-model/.github/model-gate.yml', 'utf8')
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://unpkg.com/model-gate@1/schema/policy.schema.json')
  })
})
