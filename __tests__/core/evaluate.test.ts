import type { Check, Metric, Status } from '../../src/core/types.js'
import { errorEvaluation, evaluate } from '../../src/core/evaluate.js'
import { gate, input, metrics, model } from './fixtures.js'

const pct = (percent: number) => ({ kind: 'relative' as const, percent })
const abs = (value: number) => ({ kind: 'absolute' as const, value })

/** id → status, for compact expectations. */
function statuses(checks: Check[]): Record<string, Status> {
  return Object.fromEntries(checks.map((c) => [c.id, c.status]))
}

describe('evaluate: thresholds and baseline rules per metric', () => {
  const policy = model([
    gate('accuracy', { min: 0.9, max_regression: pct(0.5), location: { file: '.github/model-gate.yml', line: 9 } }),
    gate('latency_ms.p95', { better: 'lower', max: 120, max_regression: abs(10) }),
  ])

  test('one check per metric and rule, with numbers, words and origin', () => {
    const result = evaluate(
      input({
        model: policy,
        candidate: metrics({ accuracy: 0.953, 'latency_ms.p95': 91 }),
        baseline: metrics({ accuracy: 0.951, 'latency_ms.p95': 88 }),
      }),
    )
    expect(result.verdict).toBe('approved')
    expect(result.problems).toEqual([])
    expect(result.checks.map((c) => c.id)).toEqual([
      'threshold:accuracy:min',
      'baseline:accuracy:max_regression',
      'threshold:latency_ms.p95:max',
      'baseline:latency_ms.p95:max_regression',
    ])
    expect(result.checks[0]).toEqual({
      id: 'threshold:accuracy:min',
      kind: 'threshold',
      metric: 'accuracy',
      status: 'pass',
      severity: 'block',
      candidate: 0.953,
      baseline: 0.951,
      ruleKey: 'min',
      rule: 'at least 0.9',
      limit: 0.9,
      message: '0.953 meets the floor 0.9',
      gate: 'accuracy',
      location: { file: '.github/model-gate.yml', line: 9 },
    })
    expect(result.checks[3]).toMatchObject({
      kind: 'baseline',
      status: 'pass',
      rule: 'may rise at most 10',
      message: 'rose 3 (3.4%) from 88 to 91; a rise of at most 10 is allowed',
    })
  })

  test.each<[string, number, number, Status, Status]>([
    // [case, candidate accuracy, baseline accuracy, min status, max_regression status]
    ['all pass', 0.953, 0.951, 'pass', 'pass'],
    ['on the floor passes (inclusive)', 0.9, 0.9, 'pass', 'pass'],
    ['below the floor fails', 0.899, 0.899, 'fail', 'pass'],
    ['a drop of exactly 0.5% passes', 0.9552, 0.96, 'pass', 'pass'],
    ['a drop beyond 0.5% fails', 0.95, 0.96, 'pass', 'fail'],
  ])('%s', (_name, c, b, minStatus, regressionStatus) => {
    const result = evaluate(
      input({
        model: policy,
        candidate: metrics({ accuracy: c, 'latency_ms.p95': 91 }),
        baseline: metrics({ accuracy: b, 'latency_ms.p95': 91 }),
      }),
    )
    expect(statuses(result.checks)).toMatchObject({
      'threshold:accuracy:min': minStatus,
      'baseline:accuracy:max_regression': regressionStatus,
    })
    expect(result.verdict).toBe(minStatus === 'fail' || regressionStatus === 'fail' ? 'blocked' : 'approved')
  })

  test.each<[number, Status]>([
    [0.905, 'pass'],
    [0.904, 'fail'],
  ])('0.915 → %p with max_regression 0.01 → %s (rounding never fails a comparison)', (c, status) => {
    const result = evaluate(
      input({
        model: model([gate('recall', { max_regression: abs(0.01) })]),
        candidate: metrics({ recall: c }),
        baseline: metrics({ recall: 0.915 }),
      }),
    )
    expect(result.checks).toHaveLength(1)
    expect(result.checks[0]!.status).toBe(status)
  })

  test('a failing relative regression says by how much and what was allowed', () => {
    const result = evaluate(
      input({
        model: model([gate('recall', { max_regression: pct(1) })]),
        candidate: metrics({ recall: 0.811 }),
        baseline: metrics({ recall: 0.842 }),
      }),
    )
    expect(result.verdict).toBe('blocked')
    expect(result.checks[0]).toMatchObject({
      id: 'baseline:recall:max_regression',
      status: 'fail',
      candidate: 0.811,
      baseline: 0.842,
      rule: 'may drop at most 1%',
      message: 'dropped 0.031 (3.7%) from 0.842 to 0.811; a drop of at most 1% (0.00842) is allowed',
    })
  })

  test('min_improvement is checked against the baseline', () => {
    const result = evaluate(
      input({
        model: model([gate('loss', { better: 'lower', min_improvement: abs(0.02) })]),
        candidate: metrics({ loss: 0.5 }),
        baseline: metrics({ loss: 0.51 }),
      }),
    )
    expect(result.checks[0]).toMatchObject({
      id: 'baseline:loss:min_improvement',
      kind: 'baseline',
      status: 'fail',
      rule: 'must drop by at least 0.02',
    })
  })
})

describe('evaluate: a candidate value that is not a finite number fails every check of its metric', () => {
  const policy = model([gate('accuracy', { min: 0.9, max: 1, max_regression: pct(1), min_improvement: abs(0) })])
  test.each<[string, Metric['value'], string]>([
    ['NaN', NaN, 'candidate value is NaN, not a finite number'],
    ['Infinity', Infinity, 'candidate value is Infinity, not a finite number'],
    ['-Infinity', -Infinity, 'candidate value is -Infinity, not a finite number'],
    ['a string', 'N/A', 'candidate value is the string "N/A", not a number'],
    ['a boolean', false, 'candidate value is the boolean false, not a number'],
  ])('%s', (_name, value, message) => {
    const result = evaluate(input({ model: policy, candidate: metrics({ accuracy: value }), baseline: metrics({ accuracy: 0.9 }) }))
    expect(result.verdict).toBe('blocked')
    expect(result.checks).toHaveLength(4)
    for (const check of result.checks) {
      expect(check).toMatchObject({ status: 'fail', candidate: null, baseline: 0.9, message })
    }
  })

  test("null (lm-eval's N/A) is no value: a presence failure, not a non-number", () => {
    const result = evaluate(input({ model: policy, candidate: metrics({ accuracy: null }), baseline: metrics({ accuracy: 0.9 }) }))
    expect(result.checks).toEqual([
      expect.objectContaining({
        id: 'threshold:accuracy:present',
        status: 'fail',
        candidate: null,
        message: 'has no value (N/A) in eval/metrics.json (the baseline has 0.9)',
      }),
    ])
  })

  test('it fails even when the baseline is unavailable', () => {
    const result = evaluate(input({ model: policy, candidate: metrics({ accuracy: NaN }) }))
    expect(result.checks.map((c) => c.status)).toEqual(['fail', 'fail', 'fail', 'fail'])
  })
})

describe('evaluate: a gated metric missing from the candidate', () => {
  test.each<[string, Partial<Parameters<typeof gate>[1]>, Status, string]>([
    ['required (default) → fail', {}, 'fail', 'missing from eval/metrics.json'],
    ['required: false → skip', { required: false }, 'skip', 'missing from eval/metrics.json; skipped (required: false)'],
    ['severity warn → warn', { severity: 'warn' }, 'warn', 'missing from eval/metrics.json'],
  ])('%s', (_name, rule, status, message) => {
    const result = evaluate(
      input({ model: model([gate('f1', { min: 0.5, max_regression: pct(1), ...rule })]), candidate: metrics({ accuracy: 0.9 }) }),
    )
    expect(result.checks).toEqual([
      expect.objectContaining({ id: 'threshold:f1:present', kind: 'threshold', metric: 'f1', status, candidate: null, message }),
    ])
    expect(result.verdict).toBe(status === 'fail' ? 'blocked' : 'approved')
  })

  test('a gate with only baseline rules still reports the missing candidate', () => {
    const result = evaluate(
      input({
        model: model([gate('f1', { max_regression: pct(1) })]),
        candidate: metrics({}),
        baseline: metrics({ f1: 0.7 }),
      }),
    )
    expect(result.checks).toEqual([
      expect.objectContaining({
        id: 'threshold:f1:present',
        status: 'fail',
        baseline: 0.7,
        message: 'missing from eval/metrics.json (the baseline has 0.7)',
      }),
    ])
    expect(result.verdict).toBe('blocked')
  })
})

describe('evaluate: wildcards', () => {
  const recall = gate('slices.*.recall', { min: 0.8 })

  test('a wildcard matching several slices gives one check each, in the order of the metrics', () => {
    const result = evaluate(
      input({
        model: model([recall]),
        candidate: metrics({ 'slices.web.recall': 0.85, 'slices.mobile.recall': 0.774, 'slices.web.precision': 0.1 }),
      }),
    )
    expect(result.checks.map((c) => [c.id, c.status, c.gate])).toEqual([
      ['threshold:slices.web.recall:min', 'pass', 'slices.*.recall'],
      ['threshold:slices.mobile.recall:min', 'fail', 'slices.*.recall'],
    ])
    expect(result.checks[1]!.message).toBe('0.774 is below the floor 0.8')
  })

  test.each<[string, boolean, Status]>([
    ['required → fail', true, 'fail'],
    ['required: false → skip', false, 'skip'],
  ])('a wildcard that matches nothing: %s', (_name, required, status) => {
    const result = evaluate(
      input({ model: model([{ ...recall, required }]), candidate: metrics({ accuracy: 0.9 }), baseline: metrics({ accuracy: 0.9 }) }),
    )
    expect(result.checks).toEqual([expect.objectContaining({ id: 'threshold:slices.*.recall:present', status, metric: 'slices.*.recall' })])
    expect(result.checks[0]!.message).toMatch(/^matches no metric in eval\/metrics\.json/)
  })

  test('a slice in the baseline but gone from the candidate fails as missing', () => {
    const result = evaluate(
      input({
        model: model([gate('slices.*.recall', { min: 0.8, max_regression: pct(1) })]),
        candidate: metrics({ 'slices.web.recall': 0.85 }),
        baseline: metrics({ 'slices.mobile.recall': 0.81, 'slices.web.recall': 0.85 }),
      }),
    )
    expect(statuses(result.checks)).toEqual({
      'threshold:slices.web.recall:min': 'pass',
      'baseline:slices.web.recall:max_regression': 'pass',
      'threshold:slices.mobile.recall:present': 'fail',
    })
    expect(result.verdict).toBe('blocked')
  })
})

describe('evaluate: escaped dots in metric names', () => {
  const candidate = metrics({ 'top\\.1': 0.7, 'slices.eu\\.west.recall': 0.9, 'slices.eu.west.recall': 0.1 })

  test('a literal a\\.b gates the key with a dot, not the nested path', () => {
    const result = evaluate(input({ model: model([gate('top\\.1', { min: 0.8 })]), candidate }))
    expect(result.checks).toEqual([
      expect.objectContaining({ id: 'threshold:top\\.1:min', metric: 'top\\.1', status: 'fail', candidate: 0.7 }),
    ])
  })

  test('under a wildcard, an escaped-dot key is one segment', () => {
    const result = evaluate(input({ model: model([gate('slices.*.recall', { min: 0.8 })]), candidate }))
    expect(result.checks.map((c) => [c.metric, c.status])).toEqual([['slices.eu\\.west.recall', 'pass']])
  })

  test('a literal gate with an escaped dot on a key that is absent is missing', () => {
    const result = evaluate(input({ model: model([gate('a\\.b', { min: 0 })]), candidate: metrics({ 'a.b': 1 }) }))
    expect(statuses(result.checks)).toEqual({ 'threshold:a\\.b:present': 'fail' })
  })
})

describe('evaluate: severity warn shows failures as warnings and never blocks', () => {
  test('failing rules of a warn gate are warn and the verdict is approved', () => {
    const result = evaluate(
      input({
        model: model([gate('calibration_error', { better: 'lower', max: 0.05, max_regression: pct(10), severity: 'warn' })]),
        candidate: metrics({ calibration_error: 0.052 }),
        baseline: metrics({ calibration_error: 0.041 }),
      }),
    )
    expect(result.checks.map((c) => [c.status, c.severity])).toEqual([
      ['warn', 'warn'],
      ['warn', 'warn'],
    ])
    expect(result.verdict).toBe('approved')
  })

  test('a passing rule of a warn gate is pass', () => {
    const result = evaluate(input({ model: model([gate('x', { max: 1, severity: 'warn' })]), candidate: metrics({ x: 0.5 }) }))
    expect(result.checks[0]!.status).toBe('pass')
  })
})

describe('evaluate: without a baseline value, baseline rules are not evaluated (or fail with missing: fail)', () => {
  const gates = [gate('accuracy', { min: 0.9, max_regression: pct(1) })]
  const candidate = metrics({ accuracy: 0.95 })

  test.each<[string, 'warn' | 'fail', 'block' | 'warn', Status, 'approved' | 'blocked']>([
    ['missing: warn → not_evaluated', 'warn', 'block', 'not_evaluated', 'approved'],
    ['missing: fail → fail', 'fail', 'block', 'fail', 'blocked'],
    ['missing: fail on a warn gate → warn', 'fail', 'warn', 'warn', 'approved'],
  ])('no baseline at all: %s', (_name, missing, severity, status, verdict) => {
    const result = evaluate(
      input({
        model: model(
          gates.map((g) => ({ ...g, severity })),
          { baseline: { source: 'base', file: 'eval/metrics.json', missing } },
        ),
        candidate,
        baselineUnavailable: 'the base commit 1a2b3c4 has no eval/metrics.json',
      }),
    )
    expect(statuses(result.checks)).toEqual({ 'threshold:accuracy:min': 'pass', 'baseline:accuracy:max_regression': status })
    expect(result.checks[1]).toMatchObject({ candidate: 0.95, baseline: null })
    expect(result.checks[1]!.message).toContain('the base commit 1a2b3c4 has no eval/metrics.json')
    expect(result.verdict).toBe(verdict)
  })

  test('without a reason the message still says there is no baseline', () => {
    const result = evaluate(input({ model: model(gates), candidate }))
    expect(result.checks[1]).toMatchObject({ status: 'not_evaluated', message: 'no baseline metrics are available' })
  })

  test.each<[string, 'warn' | 'fail', Status]>([
    ['missing: warn', 'warn', 'not_evaluated'],
    ['missing: fail', 'fail', 'fail'],
  ])('metric absent from the baseline file, %s', (_name, missing, status) => {
    const result = evaluate(
      input({
        model: model(gates, { baseline: { source: 'base', file: 'eval/metrics.json', missing } }),
        candidate,
        baseline: metrics({ other: 1 }),
      }),
    )
    expect(result.checks[1]).toMatchObject({ status, baseline: null })
    expect(result.checks[1]!.message).toContain('accuracy is not in the baseline eval/metrics.json')
  })

  test.each<[string, Metric['value'], 'warn' | 'fail', Status, string]>([
    ['NaN, missing: warn', NaN, 'warn', 'not_evaluated', 'the baseline value is NaN, not a finite number'],
    ['Infinity, missing: fail', Infinity, 'fail', 'fail', 'the baseline value is Infinity, not a finite number'],
    ['a string, missing: warn', 'n/a', 'warn', 'not_evaluated', 'the baseline value is the string "n/a", not a number'],
  ])('a non-finite baseline is treated as missing: %s', (_name, value, missing, status, why) => {
    const result = evaluate(
      input({
        model: model(gates, { baseline: { source: 'base', file: 'eval/metrics.json', missing } }),
        candidate,
        baseline: metrics({ accuracy: value }),
      }),
    )
    expect(result.checks[0]).toMatchObject({ status: 'pass', baseline: null })
    expect(result.checks[1]).toMatchObject({ status, baseline: null })
    expect(result.checks[1]!.message).toContain(why)
  })
})

describe('evaluate: the evaluation as a whole', () => {
  const declaration = (status: Status): Check => ({
    id: 'declaration:ownership',
    kind: 'declaration',
    status,
    severity: 'block',
    rule: 'required',
    message: 'ownership.on_call is missing',
  })

  test.each<[Status, 'approved' | 'blocked']>([
    ['pass', 'approved'],
    ['fail', 'blocked'],
  ])('declaration checks are appended as-is; a %s one gives %s', (status, verdict) => {
    const policyChanges = [
      { target: 'accuracy', field: 'min', from: 0.9, to: 0.8, effect: 'loosens' as const, words: 'x', description: 'x' },
    ]
    const result = evaluate(
      input({
        model: model([gate('accuracy', { min: 0.9 })], { name: 'fraud' }),
        mode: 'advisory',
        candidate: metrics({ accuracy: 0.95 }),
        declarationChecks: [declaration(status)],
        policyChanges,
      }),
    )
    expect(result.checks.map((c) => c.id)).toEqual(['threshold:accuracy:min', 'declaration:ownership'])
    expect(result.checks[1]).toEqual(declaration(status))
    expect(result).toMatchObject({ model: 'fraud', mode: 'advisory', verdict, policyChanges })
    expect(result.candidate).toEqual({ source: 'workspace', path: 'eval/metrics.json' })
  })

  test('checks follow policy order, and two gates on one metric get distinct ids', () => {
    const result = evaluate(
      input({
        model: model([gate('slices.mobile.recall', { min: 0.7 }), gate('accuracy', { min: 0.5 }), gate('slices.*.recall', { min: 0.8 })]),
        candidate: metrics({ accuracy: 0.9, 'slices.mobile.recall': 0.75 }),
      }),
    )
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['threshold:slices.mobile.recall:min', 'pass'],
      ['threshold:accuracy:min', 'pass'],
      ['threshold:slices.mobile.recall:min@slices.*.recall', 'fail'],
    ])
  })

  test('errorEvaluation: verdict error, the problems, no checks', () => {
    const provenance = input({ model: model([]), candidate: metrics({}) }).provenance
    const problems = [{ file: 'eval/metrics.json', message: 'not found', fix: 'run the eval step first' }]
    expect(errorEvaluation('default', 'enforce', problems, provenance)).toEqual({
      model: 'default',
      verdict: 'error',
      mode: 'enforce',
      checks: [],
      problems,
      ...provenance,
      policyChanges: [],
    })
  })
})

describe('a gate on a metric the file lacks suggests the closest names the file has', () => {
  test.each<[string, string[], RegExp]>([
    ['acuracy', ['accuracy', 'auc'], /missing from eval\/metrics\.json; did you mean `accuracy`\?/],
    ['recal', ['recall', 'precision'], /did you mean `recall`\?/],
    ['f1_scor', ['f1_score', 'f1-score'], /did you mean `f1_score` or `f1-score`\?/],
  ])('%s', (name, present, message) => {
    const result = evaluate(
      input({ model: model([gate(name, { min: 0.5 })]), candidate: metrics(Object.fromEntries(present.map((p) => [p, 0.9]))) }),
    )
    expect(result.checks[0]).toMatchObject({ status: 'fail', ruleKey: 'present' })
    expect(result.checks[0]!.message).toMatch(message)
    expect(result.checks[0]!.fix).toMatch(/^rename the gate to `/)
  })

  test('nothing near enough: no suggestion, and no advice to write the typo into the eval output', () => {
    const result = evaluate(input({ model: model([gate('throughput', { min: 1 })]), candidate: metrics({ accuracy: 0.9 }) }))
    expect(result.checks[0]!.message).toBe('missing from eval/metrics.json')
    expect(result.checks[0]!.fix).toBeUndefined()
  })
})

describe('evaluate: every way of building a rule check gives its keys in one order', () => {
  const where = { file: '.github/model-gate.yml', line: 3 }
  const order = ['metric', 'severity', 'baseline', 'gate', 'location', 'id', 'kind', 'candidate', 'ruleKey', 'rule']
  test.each<[string, Parameters<typeof gate>[1], Record<string, Metric>, string[][]]>([
    [
      'a gate of a policy file',
      { min: 0.9, max_regression: pct(1), location: where },
      { m: { value: 0.95 } },
      [
        [...order, 'status', 'message', 'limit'],
        [...order, 'status', 'message', 'limit', 'worsening'],
      ],
    ],
    [
      'a gate without a location',
      { min: 0.9, max_regression: pct(1) },
      { m: { value: 0.95 } },
      [
        [...order.filter((k) => k !== 'location'), 'status', 'message', 'limit'],
        [...order.filter((k) => k !== 'location'), 'status', 'message', 'limit', 'worsening'],
      ],
    ],
    [
      'a direction from the metrics file',
      { min: 0.9, max_regression: pct(1), location: where, betterFrom: 'default' },
      { m: { value: 0.95, better: 'lower' } },
      [
        [...order, 'better', 'betterFrom', 'status', 'message', 'limit'],
        [...order, 'better', 'betterFrom', 'status', 'message', 'limit', 'worsening'],
      ],
    ],
  ])('%s', (_name, rules, values, keys) => {
    const result = evaluate(
      input({ model: model([gate('m', rules)]), candidate: new Map(Object.entries(values)), baseline: metrics({ m: 0.94 }) }),
    )
    expect(result.checks.map((c) => Object.keys(c))).toEqual(keys)
  })
})
