import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Metric } from '../../src/core/types.js'
import { flattenMetrics, MAX_METRICS_DEPTH } from '../../src/metrics/flatten.js'
import { parseMetrics } from '../../src/metrics/parse.js'
import { problemOf } from '../helpers/expect-problems.js'

const REALWORLD = join(import.meta.dirname, '..', 'fixtures', 'realworld')
const real = (name: string) => readFileSync(join(REALWORLD, name), 'utf8')
const entries = (text: string, file = 'm.json') => [...parseMetrics(text, file)]

describe('flattenMetrics', () => {
  test('nested objects flatten to dot paths, in file order', () => {
    expect(entries('{"accuracy": 0.95, "latency_ms": {"p95": 88, "p50": 41}, "slices": {"mobile": {"recall": 0.8}}}')).toEqual([
      ['accuracy', { value: 0.95 }],
      ['latency_ms.p95', { value: 88 }],
      ['latency_ms.p50', { value: 41 }],
      ['slices.mobile.recall', { value: 0.8 }],
    ])
  })

  test('dots and backslashes inside keys are escaped', () => {
    expect([...parseMetrics('{"a.b": {"c": 1}, "x\\\\y": 2, "v1.2": {"f1.macro": 3}}', 'm.json').keys()]).toEqual([
      'a\\.b.c',
      'x\\\\y',
      'v1\\.2.f1\\.macro',
    ])
  })

  test('a value/n/stderr/ci/unit object is one leaf', () => {
    expect(entries('{"recall": {"value": 0.81, "n": 4210, "ci": [0.80, 0.82], "stderr": 0.004, "unit": "ratio"}}')).toEqual([
      ['recall', { value: 0.81, n: 4210, ci: [0.8, 0.82], stderr: 0.004, unit: 'ratio' }],
    ])
    expect(entries('{"recall": {"value": 0.81}}')).toEqual([['recall', { value: 0.81 }]])
  })

  test('odd annotations are ignored, never fatal', () => {
    expect(entries('{"r": {"value": 0.5, "stderr": "N/A", "n": "many", "ci": [0.1], "unit": 3}}')).toEqual([['r', { value: 0.5 }]])
    expect(entries('{"r": {"value": 0.5, "ci": ["a", "b"], "n": NaN}}')).toEqual([['r', { value: 0.5 }]])
  })

  test('an object with value plus other keys is not a leaf', () => {
    expect(entries('{"r": {"value": 0.5, "note": "x"}}')).toEqual([
      ['r.value', { value: 0.5 }],
      ['r.note', { value: 'x' }],
    ])
  })

  test('a `value` that is itself a mapping is flattened', () => {
    expect(entries('{"r": {"value": {"a": 1}, "n": 3}}')).toEqual([
      ['r.value.a', { value: 1 }],
      ['r.n', { value: 3 }],
    ])
  })

  test('strings, booleans and nulls are kept as leaves (they fail only when gated)', () => {
    expect(entries('{"a": "N/A", "b": true, "c": null, "d": {"value": "high", "n": 3}}')).toEqual([
      ['a', { value: 'N/A' }],
      ['b', { value: true }],
      ['c', { value: null }],
      ['d', { value: 'high', n: 3 }],
    ])
  })

  test('arrays flatten with index segments, except the ci annotation', () => {
    expect(entries('{"ci": [0.1, 0.2], "hist": [[1, 2], {"x": 3}], "empty": [], "none": {}}')).toEqual([
      ['ci.0', { value: 0.1 }],
      ['ci.1', { value: 0.2 }],
      ['hist.0.0', { value: 1 }],
      ['hist.0.1', { value: 2 }],
      ['hist.1.x', { value: 3 }],
    ])
  })

  test('NaN and ±Infinity from Python json.dump are numbers', () => {
    const metrics = parseMetrics('{"loss": NaN, "ppl": Infinity, "delta": -Infinity, "text": "NaN"}', 'm.json')
    expect(metrics.get('loss')?.value).toBeNaN()
    expect(metrics.get('ppl')?.value).toBe(Infinity)
    expect(metrics.get('delta')?.value).toBe(-Infinity)
    expect(metrics.get('text')?.value).toBe('NaN')
  })

  test('integer-like keys keep file order', () => {
    expect([...parseMetrics('{"z": 1, "10": 2, "a": 3, "2": 4}', 'm.json').keys()]).toEqual(['z', '10', 'a', '2'])
    expect([...parseMetrics('z: 1\n10: 2\na: 3\n2: 4\n', 'm.yaml').keys()]).toEqual(['z', '10', 'a', '2'])
  })

  test('plain objects from elsewhere work too', () => {
    expect([...flattenMetrics({ a: { b: 1 }, c: [2] }, 'x.json')]).toEqual([
      ['a.b', { value: 1 }],
      ['c.0', { value: 2 }],
    ])
  })

  test.each([
    ['a list', '[1, 2]', /found a list/],
    ['a number', '42', /found a number/],
    ['a string', '"accuracy"', /found a string/],
    ['null', 'null', /found an empty document/],
  ])('a top level that is %s is an error', (_name, text, message) => {
    const problem = problemOf(() => parseMetrics(text, 'eval/metrics.json'))
    expect(problem).toMatchObject({ file: 'eval/metrics.json', line: 1, column: 1 })
    expect(problem.message).toMatch(/expected a mapping of metric names to values/)
    expect(problem.message).toMatch(message)
  })

  test(`nesting deeper than ${MAX_METRICS_DEPTH} levels is an error`, () => {
    const deep = '{"a": '.repeat(MAX_METRICS_DEPTH + 1) + '1' + '}'.repeat(MAX_METRICS_DEPTH + 1)
    expect(problemOf(() => parseMetrics(deep, 'm.json')).message).toMatch(/nested more than 64 levels/)
    const ok = '{"a": '.repeat(MAX_METRICS_DEPTH) + '1' + '}'.repeat(MAX_METRICS_DEPTH)
    expect(parseMetrics(ok, 'm.json').size).toBe(1)
  })

  test('__proto__ and constructor keys are ordinary metric names', () => {
    const metrics = parseMetrics('{"__proto__": {"polluted": 1}, "constructor": {"value": 2, "n": 3}, "x": {"__proto__": 4}}', 'm.json')
    expect([...metrics]).toEqual([
      ['__proto__.polluted', { value: 1 }],
      ['constructor', { value: 2, n: 3 }],
      ['x.__proto__', { value: 4 }],
    ])
    const fromYaml = parseMetrics('__proto__: {value: 1}\nconstructor: 2\n', 'm.yml')
    expect([...fromYaml.keys()]).toEqual(['__proto__', 'constructor'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  test('an object without a value key does not inherit one', () => {
    expect(entries('{"r": {"n": 3}}')).toEqual([['r.n', { value: 3 }]])
  })
})

describe('parseMetrics: formats', () => {
  test('YAML by extension, with line numbers on syntax errors', () => {
    expect(entries('accuracy: 0.9\nlatency_ms:\n  p95: 88\nloss: .nan\n', 'm.yaml').map(([k]) => k)).toEqual([
      'accuracy',
      'latency_ms.p95',
      'loss',
    ])
    expect(problemOf(() => parseMetrics('a: 1\nb: [1\n', 'm.yml'))).toMatchObject({ file: 'm.yml', line: 3 })
  })

  test('JSON by extension is strict', () => {
    expect(problemOf(() => parseMetrics('accuracy: 0.9\n', 'm.json'))).toMatchObject({ file: 'm.json', line: 1, column: 1 })
  })

  test('without a known extension: a leading { means JSON, otherwise YAML', () => {
    expect(entries('  {"a": NaN}', 'metrics.out')[0]?.[1].value).toBeNaN()
    expect(entries('a: 1\n', 'metrics.out')).toEqual([['a', { value: 1 }]])
  })

  test('50,000 metrics parse quickly', () => {
    const group: Record<string, number> = {}
    for (let i = 0; i < 50000; i++) group[`metric_${i}`] = i / 50000
    const text = JSON.stringify({ group, nan: 0 }, null, 2).replace('"nan": 0', '"nan": NaN')
    let best = Infinity
    let size = 0
    for (let run = 0; run < 3; run++) {
      const start = performance.now()
      size = parseMetrics(text, 'm.json').size
      best = Math.min(best, performance.now() - start)
    }
    expect(size).toBe(50001)
    // About 40 ms in plain Node on a small CI runner; jest's VM adds overhead and noise.
    expect(best).toBeLessThan(300)
  })
})

describe('parseMetrics: real-world files', () => {
  const jsonFiles = readdirSync(REALWORLD).filter((f) => f.endsWith('.json'))

  test('there are real-world JSON files to read', () => {
    expect(jsonFiles.length).toBeGreaterThanOrEqual(3)
  })

  test.each(jsonFiles)('%s parses and every leaf is a scalar', (file) => {
    const metrics = parseMetrics(real(file), file)
    expect(metrics.size).toBeGreaterThan(0)
    for (const [name, metric] of metrics) {
      expect(name).not.toBe('')
      expect(['number', 'string', 'boolean', 'object']).toContain(typeof metric.value)
    }
  })

  test('DVC metrics', () => {
    expect(entries(real('dvc_example-get-started_eval_live_metrics.json'))).toEqual([
      ['avg_prec.train', { value: 0.957035519466975 }],
      ['avg_prec.test', { value: 0.9014016422240393 }],
      ['roc_auc.train', { value: 0.9774311166774401 }],
      ['roc_auc.test', { value: 0.9319648794149968 }],
    ])
  })

  test('sklearn classification report: "macro avg" and "f1-score" keys', () => {
    const metrics = parseMetrics(real('sklearn_dvc-mlops-iris_classification_report.json'), 'report.json')
    expect(metrics.get('accuracy')).toEqual({ value: 0.9 })
    expect(metrics.get('macro avg.f1-score')).toEqual({ value: 0.899749373433584 })
    expect(metrics.get('weighted avg.support')).toEqual({ value: 30 })
    expect(metrics.size).toBe(21)
  })

  test('lm-eval-harness results: "acc,none" keys and "N/A" strings', () => {
    const metrics = parseMetrics(real('lm-eval-harness_cpu_regression_expected.json'), 'results.json')
    expect(metrics.get('results.arc_easy.acc,none')).toEqual<Metric>({ value: 0.3 })
    expect(metrics.get('results.arc_easy.acc_stderr,none')).toEqual<Metric>({ value: 'N/A' })
    expect(metrics.get('results.wikitext.word_perplexity,none')?.value).toBeCloseTo(130.48, 2)
    expect(metrics.get('higher_is_better.wikitext.bits_per_byte')).toEqual<Metric>({ value: false })
    expect(metrics.get('n-shot.arc_easy')).toEqual<Metric>({ value: 0 })
  })

  test('MLflow metric history files are not a mapping: a clear error', () => {
    const problem = problemOf(() => parseMetrics(real('mlflow_run_metrics_accuracy'), 'mlruns/metrics/accuracy'))
    expect(problem.message).toMatch(/expected a mapping of metric names to values/)
  })
})
