/** JUnit XML, read back with a real XML parser (fast-xml-parser) and its validator. */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import type { Check, Evaluation, GateResult } from '../../src/core/types.js'
import { renderJUnit, xmlAttr, xmlText } from '../../src/render/junit.js'

const check = (over: Partial<Check>): Check => ({
  id: 'threshold:accuracy:min',
  kind: 'threshold',
  metric: 'accuracy',
  status: 'pass',
  severity: 'block',
  rule: 'at least 0.9',
  message: 'accuracy 0.95 is at least 0.9',
  ...over,
})

const evaluation = (model: string, checks: Check[], over: Partial<Evaluation> = {}): Evaluation => ({
  model,
  verdict: checks.some((c) => c.status === 'fail' && c.severity === 'block') ? 'blocked' : 'approved',
  mode: 'enforce',
  checks,
  problems: [],
  policy: { source: 'base', path: '.github/model-gate.yml', sha: 'a'.repeat(40) },
  baseline: { source: 'base', sha: 'a'.repeat(40) },
  candidate: { source: 'workspace' },
  policyChanges: [],
  ...over,
})

const result = (evaluations: Evaluation[]): GateResult => ({
  verdict: 'blocked',
  mode: 'enforce',
  evaluations,
  modelKey: 'all',
  policyPath: '.github/model-gate.yml',
})

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  trimValues: false,
  htmlEntities: true,
})

type Json = Record<string, unknown>
function parsed(xml: string): { suites: Json; suite: Json[] } {
  expect(XMLValidator.validate(xml)).toBe(true)
  const doc = parser.parse(xml) as { testsuites: Json }
  return { suites: doc.testsuites, suite: doc.testsuites.testsuite as Json[] }
}

describe('renderJUnit', () => {
  const three = result([
    evaluation('fraud', [
      check({}),
      check({
        id: 'baseline:recall:max_regression',
        kind: 'baseline',
        metric: 'recall',
        status: 'fail',
        rule: 'may drop at most 1%',
        message: 'recall dropped 3.7% (0.842 → 0.811)',
        baseline: 0.842,
        candidate: 0.811,
        location: { file: '.github/model-gate.yml', line: 9 },
      }),
      check({ id: 'threshold:latency:max', status: 'skip', message: 'latency is not in the candidate (not required)' }),
      check({ id: 'threshold:calibration:max', status: 'fail', severity: 'warn', message: 'calibration 0.06 is above 0.05' }),
      check({ id: 'baseline:f1:max_regression', kind: 'baseline', status: 'not_evaluated', message: 'no baseline: a first run' }),
    ]),
    evaluation('ranker', [check({ id: 'threshold:ndcg:min' })]),
    evaluation('broken', [], {
      verdict: 'error',
      problems: [{ file: 'eval/m.json', line: 3, column: 2, message: 'unexpected character "}"', fix: 'Remove the trailing comma.' }],
    }),
  ])

  test('a suite per model, a case per check; failures, skips, errors and counts as a JUnit reader sees them', () => {
    const { suites, suite } = parsed(renderJUnit(three))
    expect(suites).toMatchObject({ name: 'model-gate', tests: '7', failures: '1', errors: '1', skipped: '2' })
    expect(suite.map((s) => [s.name, s.tests, s.failures, s.errors, s.skipped])).toEqual([
      ['model-gate: fraud', '5', '1', '0', '2'],
      ['model-gate: ranker', '1', '0', '0', '0'],
      ['model-gate: broken', '1', '0', '1', '0'],
    ])
    const cases = suite[0]?.testcase as Json[]
    expect(cases.map((c) => c.name)).toEqual([
      'threshold:accuracy:min',
      'baseline:recall:max_regression',
      'threshold:latency:max',
      'threshold:calibration:max',
      'baseline:f1:max_regression',
    ])
    expect(cases[1]).toMatchObject({
      classname: 'model-gate.fraud.baseline',
      file: '.github/model-gate.yml',
      line: '9',
      failure: {
        message: 'recall dropped 3.7% (0.842 → 0.811)',
        type: 'baseline',
        '#text': 'recall dropped 3.7% (0.842 → 0.811)\nRule: may drop at most 1%\nBaseline: 0.842\nCandidate: 0.811',
      },
    })
    expect(cases[2]).toMatchObject({ skipped: { message: 'latency is not in the candidate (not required)' } })
    expect(cases[3]?.failure).toBeUndefined()
    expect(cases[3]?.['system-out']).toMatch(/^warning: calibration 0\.06 is above 0\.05/)
    expect(cases[0]?.failure).toBeUndefined()
    const error = (suite[2]?.testcase as Json[])[0]
    expect(error).toMatchObject({
      name: 'problem 1: eval/m.json:3',
      error: { message: 'unexpected character "}"', '#text': 'unexpected character "}"\nFix: Remove the trailing comma.' },
    })
    expect((suite[0]?.properties as Json).property).toEqual([
      { name: 'verdict', value: 'blocked' },
      { name: 'mode', value: 'enforce' },
      { name: 'policy', value: '.github/model-gate.yml' },
      { name: 'baseline', value: 'a'.repeat(40) },
    ])
  })

  test('hostile text: markup, quotes, `]]>` and control characters invalid in XML 1.0 stay well-formed and readable', () => {
    const nasty = 'a<b>&"c\' ]]> \u0000\u0001\u000b\u001f\ufffe \ud800 ok\ttab'
    const xml = renderJUnit(result([evaluation(`m${nasty}`, [check({ id: `id${nasty}`, status: 'fail', message: nasty, metric: nasty })])]))
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/)
    const { suite } = parsed(xml)
    const c = (suite[0]?.testcase as Json[])[0] as { name: string; failure: { message: string; '#text': string } }
    const shown = 'a<b>&"c\' ]]> \\u0000\\u0001\\u000b\\u001f\\ufffe \\ud800 ok\ttab'
    expect(c.name).toBe(`id${shown}`)
    expect(c.failure.message).toBe(shown)
    expect(c.failure['#text'].split('\n')[0]).toBe(shown)
  })

  test('property: any string survives as text and as an attribute (parsed back equal, control characters made visible)', () => {
    const parse = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '',
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      htmlEntities: true,
    })
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const xml = `<r a="${xmlAttr(s)}">${xmlText(s)}</r>`
        expect(XMLValidator.validate(xml)).toBe(true)
        const expected = s.replace(
          /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
          (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
        )
        const r = (parse.parse(xml) as { r: unknown }).r
        const [attrValue, textValue] = typeof r === 'string' ? ['', r] : [(r as Json).a, (r as Json)['#text'] ?? '']
        expect(attrValue).toBe(expected)
        expect(textValue).toBe(expected.replace(/\r\n?/g, '\n'))
      }),
      { numRuns: 500 },
    )
  })
})
