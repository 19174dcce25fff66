import { checkSentence } from '../../src/core/check-text.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Check, DeclarationsDoc, Metric, Metrics } from '../../src/core/types.js'
import { agreesWithin, cardMetricsChecks } from '../../src/declarations/card-metrics.js'
import { parseDeclarations } from '../../src/declarations/parse.js'

const REALWORLD = join(import.meta.dirname, '..', 'fixtures', 'realworld')
const NOTUS = 'notus-7b-v1_MODEL_CARD.md'

const metrics = (values: Record<string, Metric['value']>): Metrics => new Map(Object.entries(values).map(([k, value]) => [k, { value }]))
const data = (doc: DeclarationsDoc) => doc.data as Record<string, unknown>

function notus(): DeclarationsDoc {
  return parseDeclarations(readFileSync(join(REALWORLD, NOTUS), 'utf8'), NOTUS)
}

/** A synthetic card with one result per entry: [dataset.type, metric type, value as written]. */
function card(results: [dataset: string, type: string, value: string][], file = 'MODEL_CARD.md'): DeclarationsDoc {
  const lines = ['---', 'license: mit', 'model-index:', '- name: fraud-model', '  results:']
  for (const [dataset, type, value] of results) {
    lines.push(
      '  - task: {type: tabular-classification}',
      `    dataset: {type: ${dataset}, name: ${dataset}}`,
      '    metrics:',
      `    - type: ${type}`,
      `      value: ${value}`,
    )
  }
  return parseDeclarations([...lines, '---', '', '# Fraud model', ''].join('\n'), file)
}

const statuses = (checks: Check[]) => checks.map((c) => [c.id, c.status])

/** A failing message names the field, the card line and an example of the fix. */
function expectWellFormed(check: Check, doc: DeclarationsDoc, field: string): void {
  const line = doc.lineOf(field)
  expect(line).toBeDefined()
  expect(check.location).toEqual({ file: doc.file, line })
  expect(checkSentence(check!)).toContain(`${doc.file} line ${line}: \`${field}\``)
  expect(checkSentence(check!)).toMatch(/ Fix: .*`value: /)
}

describe('cardMetricsChecks on the real notus-7b-v1 card', () => {
  test('a qualified name (<dataset.type>.<type>) and a bare type that match the candidate pass', () => {
    const doc = notus()
    const candidate = metrics({ 'hellaswag.acc_norm': 0.8478390758812986, mc2: 0.5436768358952805, other: 1 })
    const checks = cardMetricsChecks(doc, data(doc), candidate, ['hellaswag.acc_norm', 'mc2', 'other'])
    expect(statuses(checks)).toEqual([
      ['declaration:model-index.0.results.1.metrics.0.value', 'pass'],
      ['declaration:model-index.0.results.3.metrics.0.value', 'pass'],
    ])
    expect(checks[0]).toMatchObject({ metric: 'hellaswag.acc_norm', candidate: 0.8478390758812986, location: { file: NOTUS, line: 49 } })
  })

  test('a stale value blocks, showing both values, the card line and the fix', () => {
    const doc = notus()
    const checks = cardMetricsChecks(doc, data(doc), metrics({ 'hellaswag.acc_norm': 0.8512 }), ['hellaswag.acc_norm'])
    expect(checks).toHaveLength(1)
    const check = checks[0] as Check
    expect(check).toMatchObject({
      id: 'declaration:model-index.0.results.1.metrics.0.value',
      status: 'fail',
      severity: 'block',
      metric: 'hellaswag.acc_norm',
      candidate: 0.8512,
    })
    expect(checkSentence(check!)).toBe(
      `${NOTUS} line 49: \`model-index.0.results.1.metrics.0.value\` publishes 0.8478390758812986 for \`hellaswag.acc_norm\`, but the candidate has 0.8512: the card is stale. Fix: update the card to the candidate's value: \`value: 0.8512\` on line 49.`,
    )
    expectWellFormed(check, doc, 'model-index.0.results.1.metrics.0.value')
  })

  test("a candidate with fewer decimals than the card is held to the card's precision: its digits are a parsed number's", () => {
    const doc = notus()
    expect(statuses(cardMetricsChecks(doc, data(doc), metrics({ 'ai2_arc.acc_norm': 0.6459 }), ['ai2_arc.acc_norm']))).toEqual([
      ['declaration:model-index.0.results.0.metrics.0.value', 'fail'],
    ])
  })

  test('trailing zeros on the card count: MT-Bench `value: 7.30` is two decimals', () => {
    const doc = notus()
    const check = (score: number) => cardMetricsChecks(doc, data(doc), metrics({ score }), ['score'])[0]
    expect(check(7.3)?.status).toBe('pass')
    expect(check(7.304)?.status).toBe('pass')
    expect(check(7.31)?.status).toBe('fail')
    expect(checkSentence(check(7.31)!)).toContain('publishes 7.30 for `score`, but the candidate has 7.31')
  })

  test('a bare name used by several evaluations is ambiguous: a warning, not compared', () => {
    const doc = notus()
    const checks = cardMetricsChecks(doc, data(doc), metrics({ acc: 0.63 }), ['acc'])
    expect(checks).toHaveLength(1)
    expect(checks[0]).toMatchObject({ id: 'declaration:model-index:acc', status: 'warn', severity: 'warn', metric: 'acc' })
    expect(checks[0]?.location).toEqual({ file: NOTUS, line: 101 })
    expect(checkSentence(checks[0]!)).toContain(
      '`model-index.0.results.4.metrics.0.value` and 2 other results in `model-index` name the gated metric `acc` for different evaluations (lines 101, 119, 137)',
    )
    expect(checkSentence(checks[0]!)).toContain(
      'Fix: give each evaluation its own metric name in the metrics file and the policy, e.g. `cais/mmlu.acc`',
    )
  })

  test('stable-code-3b: every name the ambiguity warning suggests resolves to one result, and none suggests itself again', () => {
    const file = 'stable-code-3b_README.md'
    const doc = parseDeclarations(readFileSync(join(REALWORLD, file), 'utf8'), file)
    const [warning] = cardMetricsChecks(doc, data(doc), metrics({ 'pass@1': 0.3 }), ['pass@1'])
    expect(warning).toMatchObject({ status: 'warn', metric: 'pass@1' })
    const suggested = [...(warning!.fix ?? '').matchAll(/`([^`]+\.pass@1)`/g)].map((m) => m[1]!)
    expect(new Set(suggested).size).toBe(3)
    for (const name of suggested) {
      const checks = cardMetricsChecks(doc, data(doc), metrics({ [name]: 0.5 }), [name])
      expect([name, checks.map((c) => c.severity === 'warn' && c.id.startsWith('declaration:model-index:'))]).toEqual([name, [false]])
      expect(checks).toHaveLength(1)
    }
  })

  test("a gated metric the card does not name, or the candidate lacks, is not this check's problem", () => {
    const doc = notus()
    expect(cardMetricsChecks(doc, data(doc), metrics({ f1_macro: 0.9 }), ['f1_macro'])).toEqual([])
    expect(cardMetricsChecks(doc, data(doc), metrics({}), ['hellaswag.acc_norm'])).toEqual([])
    expect(cardMetricsChecks(doc, data(doc), metrics({ 'hellaswag.acc_norm': 'n/a' }), ['hellaswag.acc_norm'])).toEqual([])
    expect(cardMetricsChecks(doc, data(doc), undefined, ['hellaswag.acc_norm'])).toEqual([])
  })

  test('results naming metrics that are not gated are ignored', () => {
    const doc = notus()
    expect(cardMetricsChecks(doc, data(doc), metrics({ 'hellaswag.acc_norm': 0.1, mc2: 0.1 }), ['mc2x'])).toEqual([])
  })

  test('the other real cards: stable-code-3b in percent, tulu with no results', () => {
    const stable = parseDeclarations(readFileSync(join(REALWORLD, 'stable-code-3b_README.md'), 'utf8'), 'README.md')
    const checks = cardMetricsChecks(stable, data(stable), metrics({ 'pass@1': 0.324 }), ['pass@1'])
    expect(checks.map((c) => c.status)).toEqual(['warn'])
    const tulu = parseDeclarations(readFileSync(join(REALWORLD, 'tulu-2-dpo-7B_README.md'), 'utf8'), 'README.md')
    expect(cardMetricsChecks(tulu, data(tulu), metrics({ acc: 0.5 }), ['acc'])).toEqual([])
  })
})

describe('cardMetricsChecks on synthetic cards', () => {
  test.each([
    ['0.811', 0.8114, 'pass'],
    ['0.811', 0.811, 'pass'],
    ['0.811', 0.8115, 'pass'],
    ['0.811', 0.81151, 'fail'],
    ['0.811', 0.8104, 'fail'],
    ['0.82', 0.811, 'fail'],
    ['0.80', 0.81, 'fail'],
    ['0.80', 0.804, 'pass'],
    ['81.1', 0.811, 'pass'],
    ['81.1', 0.8114, 'pass'],
    ['81.1', 0.82, 'fail'],
    ['81', 0.8114, 'pass'],
    ['8.11e-1', 0.8114, 'pass'],
    ['0.9', 0.9, 'pass'],
    ['91', 91, 'pass'],
    ['91.3', 91, 'fail'],
  ])('card %s vs candidate %s → %s', (written, candidate, status) => {
    const doc = card([['fraud-eval', 'recall', written]])
    const checks = cardMetricsChecks(doc, data(doc), metrics({ recall: candidate }), ['recall'])
    expect(checks.map((c) => c.status)).toEqual([status])
  })

  test('a card in percent that is stale gets the fix in percent', () => {
    const doc = card([['fraud-eval', 'recall', '84.2']])
    const [check] = cardMetricsChecks(doc, data(doc), metrics({ recall: 0.811 }), ['recall'])
    expect(checkSentence(check!)).toContain('publishes 84.2 for `recall`, but the candidate has 0.811 (81.1%): the card is stale.')
    expect(checkSentence(check!)).toContain("Fix: update the card to the candidate's value: `value: 81.1` on line 10.")
  })

  test.each([
    ['"0.811"', /is the text `0.811`, not a number/],
    ['81.1%', /is the text `81.1%`, not a number/],
    ['.nan', /is `NaN`, not a number/],
    ['null', /is `null`, not a number/],
    ['[0.8]', /is a list, not a number/],
  ])('a card value %s is not a number → fail', (written, message) => {
    const doc = card([['fraud-eval', 'recall', written]])
    const checks = cardMetricsChecks(doc, data(doc), metrics({ recall: 0.811 }), ['recall'])
    expect(checks.map((c) => c.status)).toEqual(['fail'])
    expect(checkSentence(checks[0]!)).toMatch(message)
    expectWellFormed(checks[0] as Check, doc, 'model-index.0.results.0.metrics.0.value')
  })

  test('a missing card value → fail at the metric entry', () => {
    const doc = parseDeclarations('---\nmodel-index:\n- name: m\n  results:\n  - metrics:\n    - type: recall\n---\n', 'card.md')
    const checks = cardMetricsChecks(doc, data(doc), metrics({ recall: 0.811 }), ['recall'])
    expect(checks[0]).toMatchObject({ status: 'fail', location: { file: 'card.md', line: 6 } })
    expect(checkSentence(checks[0]!)).toContain(
      "`model-index.0.results.0.metrics.0.value` (the card's `recall`) is missing; the candidate has 0.811",
    )
  })

  test('several values: stale ones come first, each with its own line', () => {
    const doc = card([
      ['holdout', 'auc', '0.95'],
      ['holdout', 'recall', '0.70'],
    ])
    const checks = cardMetricsChecks(doc, data(doc), metrics({ 'holdout.auc': 0.951, 'holdout.recall': 0.811 }), [
      'holdout.auc',
      'holdout.recall',
    ])
    expect(checks.map((c) => [c.id, c.status, c.location?.line])).toEqual([
      ['declaration:model-index.0.results.1.metrics.0.value', 'fail', 15],
      ['declaration:model-index.0.results.0.metrics.0.value', 'pass', 10],
    ])
  })

  test('<task.type>.<type> and a metric `name` also name a gated metric; the most specific key wins', () => {
    const doc = parseDeclarations(
      [
        '---',
        'model-index:',
        '- name: m',
        '  results:',
        '  - task: {type: fraud}',
        '    dataset: {type: holdout}',
        '    metrics:',
        '    - {type: rec, name: recall, value: 0.81}',
        '---',
      ].join('\n'),
      'card.md',
    )
    const run = (gated: string[]) =>
      cardMetricsChecks(doc, data(doc), metrics({ 'fraud.rec': 0.81, recall: 0.5, 'holdout.rec': 0.2 }), gated)
    expect(run(['fraud.rec']).map((c) => [c.metric, c.status])).toEqual([['fraud.rec', 'pass']])
    expect(run(['recall']).map((c) => [c.metric, c.status])).toEqual([['recall', 'fail']])
    expect(run(['recall', 'holdout.rec']).map((c) => [c.metric, c.status])).toEqual([['holdout.rec', 'fail']])
  })

  test('the same evaluation listed twice is compared twice, not called ambiguous', () => {
    const doc = card([
      ['holdout', 'auc', '0.95'],
      ['holdout', 'auc', '0.90'],
    ])
    expect(cardMetricsChecks(doc, data(doc), metrics({ auc: 0.95 }), ['auc']).map((c) => c.status)).toEqual(['fail', 'pass'])
  })

  test('a malformed model-index is passed over without crashing', () => {
    for (const front of [
      'model-index: 3',
      'model-index: [1, {results: 2}, {results: [3, {metrics: 4}, {metrics: [5]}]}]',
      'license: mit',
    ]) {
      const doc = parseDeclarations(`---\n${front}\n---\n`, 'card.md')
      expect(cardMetricsChecks(doc, data(doc), metrics({ recall: 0.8 }), ['recall'])).toEqual([])
    }
  })

  test('without the written text, the shortest form of the number is used', () => {
    const doc = card([['fraud-eval', 'recall', '0.80']])
    const plain: DeclarationsDoc = { file: doc.file, data: doc.data, lineOf: doc.lineOf }
    expect(cardMetricsChecks(plain, data(plain), metrics({ recall: 0.81 }), ['recall']).map((c) => c.status)).toEqual(['pass'])
    expect(cardMetricsChecks(doc, data(doc), metrics({ recall: 0.81 }), ['recall']).map((c) => c.status)).toEqual(['fail'])
  })
})

describe('DeclarationsDoc.valueText (the card value as written)', () => {
  test.each([
    ['block style with a comment', '---\nm:\n  value: 0.80 # rounded\n---\n', 'card.md', '0.80'],
    ['flow style', '---\nm: {type: rec, value: 0.810}\n---\n', 'card.md', '0.810'],
    ['flow list', '---\nm: [1.50, 2.0]\n---\n', 'card.md', undefined],
    ['exponent', '---\nm:\n  value: 8.10e-1\n---\n', 'card.md', '8.10e-1'],
    ['a JSON file', '{"m": {"value": 0.80}}', 'card.json', '0.80'],
  ])('%s', (_, text, file, expected) => {
    const doc = parseDeclarations(text, file)
    expect(doc.valueText?.('m.value')).toBe(expected)
  })

  test('list items and unknown paths', () => {
    const doc = parseDeclarations('---\nm: [1.50, 2.0]\n---\n', 'card.md')
    expect(doc.valueText?.('m.0')).toBe('1.50')
    expect(doc.valueText?.('m.1')).toBe('2.0')
    expect(doc.valueText?.('m.2')).toBeUndefined()
  })
})

describe('agreesWithin', () => {
  test('binary rounding never flips the answer', () => {
    expect(agreesWithin(0.3, '0.3', 0.1 + 0.2)).toBe('plain')
    expect(agreesWithin(30, '30', 0.1 + 0.2)).toBe('percent')
    expect(agreesWithin(0.811, '0.811', 0.8115)).toBe('plain')
  })

  test("only the card's written precision widens the tolerance, never the candidate's digits", () => {
    expect(agreesWithin(32.4, '32.4', 0.3)).toBeUndefined()
    expect(agreesWithin(0.4, '0.4', 0.3)).toBeUndefined()
    expect(agreesWithin(30, '30', 0.3)).toBe('percent')
    expect(agreesWithin(0.3, '0.3', 0.36)).toBeUndefined()
    expect(agreesWithin(0.3, '0.3', 0.34)).toBe('plain')
    expect(agreesWithin(0.3, '0.300', 0.3049)).toBeUndefined()
    expect(agreesWithin(0.3, '0.300', 0.3004)).toBe('plain')
  })

  test('percent is only a reading of 0..1 metrics', () => {
    expect(agreesWithin(730, '730', 7.3)).toBeUndefined()
    expect(agreesWithin(-50, '-50', -0.5)).toBe('percent')
  })
})
