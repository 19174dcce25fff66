/**
 * The rule registry is the one definition of every rule kind and gate setting. These tests tie it
 * to everything else that names rules, so a kind cannot be half-added: the policy schema, the
 * policy loader, the evaluation, the policy diff and the README's rules table.
 */
import { readFileSync } from 'node:fs'
import schema from '../../../schema/policy.schema.json' with { type: 'json' }
import { evaluate } from '../../../src/core/evaluate.js'
import { diffPolicies } from '../../../src/core/policy-diff.js'
import { GATE_SETTINGS, RULE_KINDS, RULE_KEYS, rulesTable, type RuleKind } from '../../../src/core/rules/index.js'
import { parsePolicy } from '../../../src/policy/load.js'
import { gate, input, metrics, model, policy } from '../fixtures.js'

const kinds = RULE_KINDS as readonly RuleKind[]
const gateSchema = schema.definitions.gate as { properties: Record<string, unknown>; anyOf: { required: string[] }[] }

/** A value for each rule key as a policy writes it, and a looser one. */
const WRITTEN: Record<string, { value: unknown; looser: unknown }> = {
  min: { value: 0.9, looser: 0.8 },
  max: { value: 0.1, looser: 0.2 },
  max_regression: { value: '1%', looser: '2%' },
  min_improvement: { value: '2%', looser: '1%' },
  max_improvement: { value: '10%', looser: '20%' },
}

describe('the registry and the policy schema agree', () => {
  test('every rule kind and gate setting is a property of a gate with exactly its schema', () => {
    for (const kind of kinds) expect([kind.key, gateSchema.properties[kind.key]]).toEqual([kind.key, kind.schema])
    for (const setting of GATE_SETTINGS) expect([setting.key, gateSchema.properties[setting.key]]).toEqual([setting.key, setting.schema])
  })

  test('the schema has no gate property the registry does not define', () => {
    const known = [...kinds.map((k) => k.key), ...GATE_SETTINGS.map((s) => s.key)].sort()
    expect(Object.keys(gateSchema.properties).sort()).toEqual(known)
  })

  test('a gate needs at least one rule: the anyOf lists exactly the rule kinds', () => {
    expect(gateSchema.anyOf.map((alt) => alt.required)).toEqual(RULE_KEYS.map((key) => [key]))
  })

  test('every registered rule kind has a value in these tests', () => {
    expect(Object.keys(WRITTEN).sort()).toEqual([...RULE_KEYS].sort())
  })
})

describe('every rule kind goes through the loader, the evaluation and the diff', () => {
  const yaml = (key: string, value: unknown): string => `version: 1\ngates:\n  accuracy:\n    ${key}: ${String(value)}\n`

  test.each(RULE_KEYS.map((key) => [key]))('%s is read from the policy', (key) => {
    const [read] = parsePolicy(yaml(key, WRITTEN[key]!.value), 'p.yml').models[0]!.gates
    expect(Object.keys(read!.rules)).toEqual([key])
  })

  test.each(RULE_KEYS.map((key) => [key]))('%s gives one check, named by its key, in the evaluation', (key) => {
    const [read] = parsePolicy(yaml(key, WRITTEN[key]!.value), 'p.yml').models[0]!.gates
    const result = evaluate(input({ model: model([read!]), candidate: metrics({ accuracy: 0.85 }), baseline: metrics({ accuracy: 0.84 }) }))
    expect(result.checks.map((c) => [c.ruleKey, c.kind])).toEqual([[key, kinds.find((k) => k.key === key)!.scope]])
  })

  test.each(RULE_KEYS.map((key) => [key]))('%s: loosening, removing and adding are listed by the policy diff', (key) => {
    const parse = (value: unknown): ReturnType<typeof parsePolicy> => parsePolicy(yaml(key, value), 'p.yml')
    const loosened = diffPolicies(parse(WRITTEN[key]!.value), parse(WRITTEN[key]!.looser))
    expect(loosened.map((c) => [c.field, c.effect])).toEqual([[key, 'loosens']])
    const base = policy([
      model([gate('accuracy', { min: 0.5, [key]: parse(WRITTEN[key]!.value).models[0]!.gates[0]!.rules[key as 'min'] })]),
    ])
    const removed = policy([model([gate('accuracy', { min: 0.5 })])])
    if (key !== 'min') {
      expect(diffPolicies(base, removed).map((c) => [c.field, c.effect])).toEqual([[key, 'loosens']])
      expect(diffPolicies(removed, base).map((c) => [c.field, c.effect])).toEqual([[key, 'tightens']])
    }
  })

  test('severity and required: loosening is listed too', () => {
    expect(
      diffPolicies(policy([model([gate('a', { min: 1 })])]), policy([model([gate('a', { min: 1, severity: 'warn' })])])),
    ).toMatchObject([{ field: 'severity', effect: 'loosens' }])
    expect(diffPolicies(policy([model([gate('a', { min: 1 })])]), policy([model([gate('a', { min: 1, required: false })])]))).toMatchObject(
      [{ field: 'required', effect: 'loosens' }],
    )
  })
})

describe('the README documents the registry', () => {
  test("the README's rules table is the registry's", () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
    expect(readme).toContain(rulesTable())
  })
})
