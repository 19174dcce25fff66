import { checkSentence } from '../../src/core/check-text.js'
import type { Check, DeclarationsDoc } from '../../src/core/types.js'
import {
  customSchemaChecks,
  loadSchemaCompilers,
  MAX_SCHEMA_BYTES,
  MAX_SCHEMA_DEPTH,
  safetyProblem,
} from '../../src/declarations/custom-schema.js'
import { parseDeclarations } from '../../src/declarations/parse.js'

const SCHEMA_FILE = '.github/model-card.schema.json'
const CARD = [
  '---',
  'license: mit',
  'governance:',
  '  intended_use: Scoring card transactions for fraud review',
  '  fairness:',
  '    assessed_slices: [age_band, region]',
  '    report: docs/fairness.md',
  'ownership:',
  '  team: Payments Risk ML',
  '---',
  '',
  '# Fraud model',
  '',
].join('\n')

const RULES = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['governance'],
  properties: {
    governance: {
      type: 'object',
      required: ['intended_use', 'limitations'],
      properties: {
        intended_use: { type: 'string', minLength: 10 },
        fairness: {
          type: 'object',
          properties: {
            report: { type: 'string', pattern: '^reports/' },
            assessed_slices: { type: 'array', items: { $ref: '#/$defs/slice' } },
          },
        },
      },
    },
    ownership: { type: 'object', properties: { team: { enum: ['Payments Risk ML', 'Fraud ML'] } } },
  },
  $defs: { slice: { type: 'string', enum: ['age_band', 'region', 'device'] } },
}

const doc = (): DeclarationsDoc => parseDeclarations(CARD, 'MODEL_CARD.md')
const run = (schema: unknown, d: DeclarationsDoc = doc()): Check[] => customSchemaChecks(d, d.data, { file: SCHEMA_FILE, schema })

/** The single failing check about the schema file itself. */
function schemaFailure(schema: unknown): Check {
  const checks = run(schema)
  expect(checks).toHaveLength(1)
  const check = checks[0] as Check
  expect(check).toMatchObject({
    id: 'declaration:schema',
    kind: 'declaration',
    status: 'fail',
    severity: 'block',
    location: { file: SCHEMA_FILE, line: 1 },
  })
  expect(checkSentence(check!)).toContain(`the policy's \`declarations.schema\` (\`${SCHEMA_FILE}\`) cannot be used`)
  expect(checkSentence(check!)).toMatch(/ Fix: /)
  return check
}

function nested(depth: number): Record<string, unknown> {
  let schema: Record<string, unknown> = { type: 'string' }
  for (let i = 0; i < depth; i++) schema = { type: 'object', properties: { a: schema } }
  return schema
}

// ajv's compilers are loaded on demand (src/gate/run.ts does it for a policy with `declarations.schema`)
beforeAll(loadSchemaCompilers)

describe('customSchemaChecks: validation', () => {
  test('a card that satisfies the schema gets one passing check', () => {
    const ok = { ...RULES, properties: { ...RULES.properties, governance: { type: 'object', required: ['intended_use'] } } }
    expect(run(ok).map((c) => [c.id, c.status])).toEqual([['declaration:schema', 'pass']])
  })

  test('each offending field fails at its card line, naming the field, the schema message and a fix', () => {
    const d = doc()
    const checks = run(RULES, d)
    const byId = Object.fromEntries(checks.map((c) => [c.id, c]))
    expect(Object.keys(byId).sort()).toEqual(['declaration:governance.fairness.report:schema', 'declaration:governance.limitations:schema'])
    const report = byId['declaration:governance.fairness.report:schema'] as Check
    expect(report).toMatchObject({ status: 'fail', severity: 'block', location: { file: 'MODEL_CARD.md', line: 7 } })
    expect(checkSentence(report!)).toBe(
      'MODEL_CARD.md line 7: `governance.fairness.report` breaks the repository\'s schema `.github/model-card.schema.json`: it must match pattern "^reports/" (`pattern` at `#/properties/governance/properties/fairness/properties/report/pattern`). Fix: write a value matching `^reports/` at `governance.fairness.report`.',
    )
    const missing = byId['declaration:governance.limitations:schema'] as Check
    expect(missing.location).toEqual({ file: 'MODEL_CARD.md', line: d.lineOf('governance') })
    expect(checkSentence(missing!)).toContain("`governance.limitations` breaks the repository's schema")
    expect(checkSentence(missing!)).toContain("must have required property 'limitations'")
    expect(checkSentence(missing!)).toContain('Fix: add `governance.limitations: …`')
  })

  test('enum and type problems name the allowed values', () => {
    const card = CARD.replace('team: Payments Risk ML', 'team: Risk').replace('[age_band, region]', '[age_band, 7]')
    const d = parseDeclarations(card, 'MODEL_CARD.md')
    const checks = customSchemaChecks(d, d.data, { file: SCHEMA_FILE, schema: RULES })
    const team = checks.find((c) => c.id === 'declaration:ownership.team:schema')
    expect(checkSentence(team!)).toContain('must be equal to one of the allowed values: `Payments Risk ML`, `Fraud ML`')
    expect(checkSentence(team!)).toContain('Fix: write one of the allowed values, e.g. `ownership.team: Payments Risk ML`')
    expect(team?.location?.line).toBe(9)
    const slice = checks.find((c) => c.id === 'declaration:governance.fairness.assessed_slices.1:schema')
    expect(checkSentence(slice!)).toContain('must be string')
    expect(checkSentence(slice!)).toContain('must be equal to one of the allowed values')
  })

  test('draft-07 schemas and formats work without fetching anything', () => {
    const schema = {
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        ownership: { type: 'object', properties: { review: { type: 'object', properties: { next: { type: 'string', format: 'date' } } } } },
      },
    }
    const d = parseDeclarations('---\nownership:\n  review:\n    next: 2026-02-30\n---\n', 'card.md')
    const checks = customSchemaChecks(d, d.data, { file: SCHEMA_FILE, schema })
    expect(checks.map((c) => [c.id, c.status, c.location?.line])).toEqual([['declaration:ownership.review.next:schema', 'fail', 4]])
    expect(checkSentence(checks[0]!)).toContain('must match format "date"')
  })

  test('an unknown key under additionalProperties: false is the key itself', () => {
    const schema = {
      type: 'object',
      properties: {
        governance: {
          type: 'object',
          additionalProperties: false,
          properties: { intended_use: { type: 'string' }, fairness: { type: 'object' } },
        },
      },
    }
    const d = parseDeclarations(CARD.replace('  fairness:', '  fairnes:'), 'MODEL_CARD.md')
    const checks = customSchemaChecks(d, d.data, { file: SCHEMA_FILE, schema })
    expect(checks.map((c) => [c.id, c.location?.line])).toEqual([['declaration:governance.fairnes:schema', 5]])
    expect(checkSentence(checks[0]!)).toContain('Fix: remove `governance.fairnes` or rename it to a key the schema allows')
  })

  test('a flood of errors is capped, saying how many more there are', () => {
    const keys = Array.from({ length: 60 }, (_, i) => `k${i}: 1`).join('\n')
    const d = parseDeclarations(`---\n${keys}\n---\n`, 'card.md')
    const checks = customSchemaChecks(d, d.data, {
      file: SCHEMA_FILE,
      schema: { type: 'object', additionalProperties: { type: 'string' } },
    })
    expect(checks).toHaveLength(50)
    expect(checkSentence(checks[49]!)).toContain('(10 more fields break')
  })
})

describe('customSchemaChecks: compiling safely', () => {
  test.each([
    [
      'a remote $ref',
      { type: 'object', properties: { a: { $ref: 'https://evil.example/schema.json' } } },
      /`\$ref: https:\/\/evil\.example\/schema\.json` at `#\/properties\/a` is not a local reference/,
    ],
    ['a relative file $ref', { $ref: 'other.schema.json' }, /`\$ref: other\.schema\.json` at `#` is not a local reference/],
    ['a remote $dynamicRef', { $dynamicRef: 'http://x.test/s#meta' }, /`\$dynamicRef/],
    [
      'a remote $id',
      { $id: 'https://acme.com/card.schema.json', type: 'object' },
      /`\$id: https:\/\/acme\.com\/card\.schema\.json` at `#` is a remote URL/,
    ],
    [
      'an unknown $schema',
      { $schema: 'http://json-schema.org/draft-04/schema#', type: 'object' },
      /`\$schema: http:\/\/json-schema\.org\/draft-04\/schema#` is not a dialect model-gate knows/,
    ],
    ['$async', { $async: true, type: 'object' }, /`\$async` at `#` asks for asynchronous validation/],
    ['a list', [{ type: 'object' }], /a JSON Schema is a mapping/],
    ['a string', 'schema.json', /a JSON Schema is a mapping/],
  ])('%s is refused', (_, schema, message) => {
    expect(checkSentence(schemaFailure(schema)!)).toMatch(message)
  })

  test('a $ref-like key that is data (a property named $ref) is not a reference', () => {
    const schema = { type: 'object', properties: { $ref: { type: 'string' } } }
    expect(run(schema).map((c) => c.status)).toEqual(['pass'])
  })

  test('a huge schema is refused before it is compiled', () => {
    const properties = Object.fromEntries(
      Array.from({ length: 8000 }, (_, i) => [`field_${i}`, { type: 'string', description: 'x'.repeat(30) }]),
    )
    const schema = { type: 'object', properties }
    expect(JSON.stringify(schema).length).toBeGreaterThan(MAX_SCHEMA_BYTES)
    expect(checkSentence(schemaFailure(schema)!)).toMatch(/KB serialized; at most 256 KB is accepted/)
  })

  test('a deep schema is refused; one at the limit compiles', () => {
    expect(checkSentence(schemaFailure(nested(MAX_SCHEMA_DEPTH))!)).toMatch(/nested more than 64 levels deep/)
    expect(safetyProblem(nested(20))).toBeUndefined()
    expect(run(nested(20)).map((c) => c.status)).toEqual(['pass'])
  })

  test('a very deep schema does not overflow the stack', () => {
    expect(safetyProblem(nested(100_000))?.message).toMatch(/nested more than 64 levels deep/)
  })

  test.each([
    ['an invalid type', { type: 'strin' }, /schema is invalid: data\/type must be equal to one of the allowed values/, /valid JSON Schema/],
    [
      'an unknown keyword',
      { type: 'object', 'x-owner': 'ml' },
      /does not know the keyword `x-owner`/,
      /remove `x-owner` from `\.github\/model-card\.schema\.json`/,
    ],
    [
      'an unknown format',
      { type: 'object', properties: { a: { type: 'string', format: 'ipv4' } } },
      /the format `ipv4` is not supported/,
      /use one of `date`, `date-time`/,
    ],
    [
      'a missing type (strict)',
      { properties: { a: { type: 'string' } } },
      /`properties` at `#` has no `type` beside it/,
      /add `"type": "object"` next to `properties` at `#`/,
    ],
    [
      'a dangling $ref',
      { $ref: '#/$defs/missing' },
      /can't resolve reference #\/\$defs\/missing/,
      /point the `\$ref` at a definition that exists/,
    ],
    ['an invalid regular expression', { type: 'string', pattern: '[' }, /Invalid regular expression/, /valid JSON Schema/],
  ])('%s is a failing check naming the schema file and the fix', (_, schema, message, fix) => {
    const check = schemaFailure(schema)
    expect(checkSentence(check!)).toMatch(message)
    expect(checkSentence(check!).split(' Fix: ')[1]).toMatch(fix)
  })

  test('boolean schemas are valid JSON Schema', () => {
    expect(run(true).map((c) => c.status)).toEqual(['pass'])
    expect(run(false).map((c) => [c.id, c.status])).toEqual([['declaration:(document):schema', 'fail']])
  })
})
