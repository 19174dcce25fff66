/** Each reader on small hand-written inputs, the detection order, and hostile inputs per reader. */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { GateError } from '../../../src/core/errors.js'
import {
  FORMAT_NAMES,
  METRICS_FORMATS,
  fileInput,
  readMetricsInput,
  readMetricsPath,
  type MetricsFiles,
} from '../../../src/metrics/formats/index.js'
import { MAX_CSV_ROWS } from '../../../src/metrics/formats/csv.js'
import { MAX_MLFLOW_METRICS } from '../../../src/metrics/formats/mlflow.js'
import { modelIndexEntries, modelIndexNames } from '../../../src/metrics/model-index.js'
import { parseMetrics } from '../../../src/metrics/parse.js'

/** Files in memory; `list` lists every file under a folder, like listDirectory. */
function memFiles(files: Record<string, string>, reads: string[] = []): MetricsFiles {
  return {
    read: async (path) => {
      reads.push(path)
      return Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined
    },
    list: async (dir) => {
      const prefix = `${dir}/`
      const under = Object.keys(files)
        .filter((p) => p.startsWith(prefix))
        .map((p) => p.slice(prefix.length))
      return under.length > 0 ? under.sort() : undefined
    },
  }
}

async function read(path: string, text: string, format?: string) {
  return readMetricsInput(fileInput(path, text), { format })
}

async function problem(promise: Promise<unknown>): Promise<{ message: string; line?: number; fix?: string }> {
  try {
    await promise
  } catch (err) {
    if (err instanceof GateError) return err.problems[0] as { message: string; line?: number }
    return { message: (err as Error).message }
  }
  throw new Error('expected an error')
}

describe('the registry', () => {
  test('names are unique and every format describes itself', () => {
    expect(new Set(FORMAT_NAMES).size).toBe(METRICS_FORMATS.length)
    expect(FORMAT_NAMES).toEqual(['mlflow', 'hf-card', 'dvc', 'lm-eval', 'sklearn', 'evaluate', 'wandb', 'csv', 'json', 'yaml'])
    for (const f of METRICS_FORMATS) expect(f.describe.length).toBeGreaterThan(10)
  })

  test('generic JSON and YAML read exactly as parseMetrics does (property)', async () => {
    const leaf = fc.oneof(fc.double(), fc.integer(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant(null))
    const tree = fc.letrec((tie) => ({
      node: fc.dictionary(
        fc.string({ minLength: 1, maxLength: 6 }).filter((k) => !k.startsWith('_')),
        fc.oneof({ depthSize: 'small' }, leaf, tie('node')),
        { maxKeys: 4 },
      ),
    })).node
    await fc.assert(
      fc.asyncProperty(tree, async (doc) => {
        const text = JSON.stringify(doc)
        if (text === '{}') return
        const got = await read('m.json', text)
        if (got.format !== 'json') return
        expect([...got.metrics]).toEqual([...parseMetrics(text, 'm.json')])
      }),
      { numRuns: 200 },
    )
    const yaml = await read('m.yaml', 'accuracy: 0.9\nlatency_ms:\n  p95: 88\n')
    expect(yaml.format).toBe('yaml')
    expect([...yaml.metrics]).toEqual([...parseMetrics('accuracy: 0.9\nlatency_ms:\n  p95: 88\n', 'm.yaml')])
  })

  test('a broken JSON file keeps its located syntax error', async () => {
    const p = await problem(read('m.json', '{"accuracy": 0.9,\n "recall": }'))
    expect(p).toMatchObject({ line: 2 })
    expect(p.message).toMatch(/expected a value/)
  })

  test('an unrecognised file names every format tried and why', async () => {
    const p = await problem(read('m.json', '[1, 2]'))
    expect(p.message).toMatch(/does not recognise the format of m\.json/)
    for (const name of FORMAT_NAMES) expect(p.message).toContain(`${name}: `)
    expect(p.message).toContain('json: its top level is a list, not a mapping')
    expect(p.message).toContain('hf-card: it does not start with `---` front matter')
  })

  test('a forced format reads without detection; an unknown name is an error listing the names', async () => {
    expect(
      (await read('report.json', '{"a": {"precision": 1, "recall": 1, "f1-score": 1, "support": 3}, "accuracy": 1}', 'json')).metrics.get(
        'a.precision',
      ),
    ).toEqual({ value: 1 })
    const p = await problem(read('m.json', '{}', 'parquet'))
    expect(p.message).toBe('unknown metrics format `parquet`.')
    expect(p.fix).toContain('mlflow, hf-card')
  })

  test('readMetricsPath: a missing path is undefined', async () => {
    expect(await readMetricsPath('nope.json', memFiles({}))).toBeUndefined()
  })

  test('readMetricsPath: a path with an extension is listed and read at once; a folder of that name is still a folder', async () => {
    const asked: string[] = []
    let answer: () => void = () => undefined
    const held = new Promise<void>((resolve) => (answer = resolve))
    const files: MetricsFiles = {
      list: async (path) => (asked.push(`list ${path}`), await held, undefined),
      read: async (path) => (asked.push(`read ${path}`), '{"accuracy": 0.9}'),
    }
    const reading = readMetricsPath('eval/metrics.json', files)
    await Promise.resolve()
    // both asked before the listing answered
    expect(asked).toEqual(['list eval/metrics.json', 'read eval/metrics.json'])
    answer()
    expect((await reading)?.metrics.get('accuracy')).toEqual({ value: 0.9 })

    // a folder named like a file: the read asked at once fails, and that failure is dropped
    const folder: MetricsFiles = {
      list: async (path) => (path === 'runs/x.json' ? ['metrics/acc'] : undefined),
      read: async (path) => {
        if (path === 'runs/x.json') throw new Error('runs/x.json is a directory')
        return path === 'runs/x.json/metrics/acc' ? '1700000000000 0.5 0\n' : undefined
      },
    }
    expect((await readMetricsPath('runs/x.json', folder))?.metrics.get('acc')).toEqual({ value: 0.5 })
  })

  test('readMetricsPath: a path without an extension is read only when it is no folder', async () => {
    const reads: string[] = []
    expect((await readMetricsPath('metrics', memFiles({ metrics: '{"a": 1}' }, reads)))?.metrics.get('a')).toEqual({ value: 1 })
    expect(reads).toEqual(['metrics'])
  })
})

describe('csv', () => {
  test.each([
    [
      'long with n and stderr',
      'm.csv',
      'name,value,n,stderr\naccuracy,0.93,4210,0.004\nlatency_ms.p95,88,,\n',
      [
        ['accuracy', { value: 0.93, n: 4210, stderr: 0.004 }],
        ['latency_ms.p95', { value: 88 }],
      ],
    ],
    ['long, `metric` column, CRLF, BOM', 'm.csv', '\ufeffmetric,value\r\nf1,0.5\r\n', [['f1', { value: 0.5 }]]],
    [
      'wide one row',
      'm.csv',
      'accuracy,recall,latency_ms.p95\n0.93,0.81,88\n',
      [
        ['accuracy', { value: 0.93 }],
        ['recall', { value: 0.81 }],
        ['latency_ms.p95', { value: 88 }],
      ],
    ],
    ['tsv', 'm.tsv', 'name\tvalue\naccuracy\t0.9\n', [['accuracy', { value: 0.9 }]]],
    [
      'quoted cells and Python nan/inf',
      'm.csv',
      'name,value\n"a,b",nan\n"say ""hi""",-inf\nc,1e-3\n',
      [
        ['a,b', { value: NaN }],
        ['say "hi"', { value: -Infinity }],
        ['c', { value: 0.001 }],
      ],
    ],
    ['text stays text (a gate on it fails)', 'm.csv', 'name,value\nmodel,resnet\n', [['model', { value: 'resnet' }]]],
    ['unit column', 'm.csv', 'name,value,unit\nlatency,88,ms\n', [['latency', { value: 88, unit: 'ms' }]]],
  ])('%s', async (_, file, text, expected) => {
    const got = await read(file, text)
    expect(got.format).toBe('csv')
    expect([...got.metrics]).toEqual(expected)
  })

  test.each([
    ['a short row', 'name,value\na,1\nb\n', 3, /this row has 1 cells; the header has 2/],
    ['an unclosed quote', 'name,value\n"a,1\nb,2\n', 2, /quoted cell is never closed/],
    ['text after a closing quote', 'name,value\n"a"x,1\n', 2, /text after a closing quote/],
    ['a duplicate', 'name,value\na,1\nb,2\na,3\n', 4, /`a` appears twice \(first on line 2\)/],
    ['n not a number', 'name,value,n\na,1,many\n', 2, /`n` cell is "many", not a number/],
    ['an empty value', 'name,value\na,\n', 2, /`a` has no value/],
    ['wide with two rows', 'a,b\n1,2\n3,4\n', 3, /it has 2 rows/],
    ['an unknown column', 'name,value,weight\na,1,2\n', 1, /unknown column `weight`/],
  ])('malformed: %s is an error at its line', async (_, text, line, message) => {
    const p = await problem(read('m.csv', text))
    expect(p.line).toBe(line)
    expect(p.message).toMatch(message)
  })

  test(`hostile: more than ${MAX_CSV_ROWS.toLocaleString('en-US')} rows is refused quickly`, async () => {
    const text = 'name,value\n' + Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `m${i},${i}`).join('\n')
    const start = Date.now()
    const p = await problem(read('m.csv', text))
    expect(p.message).toMatch(/more than 100,000 rows/)
    expect(Date.now() - start).toBeLessThan(5000)
  })

  test('hostile: a quote that never closes over a large file is one error, not a hang', async () => {
    const p = await problem(read('m.csv', 'name,value\n"' + 'x'.repeat(5_000_000)))
    expect(p.message).toMatch(/never closed/)
  })
})

describe('mlflow', () => {
  const run = (metrics: Record<string, string>, extra: Record<string, string> = {}) =>
    memFiles({ ...Object.fromEntries(Object.entries(metrics).map(([k, v]) => [`mlruns/1/abc/metrics/${k}`, v])), ...extra })

  test.each([
    ['the highest step wins, whatever the line order', '1000 0.5 2\n900 0.9 1\n', 0.5],
    ['equal steps: the latest timestamp', '2000 0.7 3\n1000 0.1 3\n', 0.7],
    ['equal step and timestamp: the last line', '1000 0.1 3\n1000 0.2 3\n', 0.2],
    ['negative steps and Python nan', '5 nan -1\n', NaN],
    ['a logged model run id column and CRLF', '1754216709684 0.96 0 297e1203\r\n', 0.96],
  ])('%s', async (_, text, value) => {
    const got = await readMetricsPath('mlruns/1/abc', run({ loss: text }))
    expect(got?.format).toBe('mlflow')
    expect(got?.metrics.get('loss')?.value).toEqual(value)
  })

  test('nested metric names keep their slash; dots are escaped; meta.yaml absent falls back to the tag', async () => {
    const got = await readMetricsPath(
      'mlruns/1/abc',
      run({ 'eval/loss': '1 0.3 0\n', 'val.acc': '1 0.8 0\n' }, { 'mlruns/1/abc/tags/mlflow.runName': 'sunny-fox\n' }),
    )
    expect([...(got?.metrics.keys() ?? [])]).toEqual(['eval/loss', 'val\\.acc'])
    expect(got?.provenance?.description).toBe('MLflow run sunny-fox')
  })

  test.each([
    ['two columns', '1000 0.5\n', 1],
    ['a word for a value', '1000 0.5 0\n1001 high 1\n', 2],
    ['an empty file', '\n\n', 1],
  ])('malformed: %s names the file and line', async (_, text, line) => {
    const p = await problem(readMetricsPath('mlruns/1/abc', run({ acc: text }), { format: 'mlflow' }))
    expect(p.line).toBe(line)
  })

  test(`hostile: a run of ${MAX_MLFLOW_METRICS.toLocaleString('en-US')} metric files reads fast; one more is refused before reading`, async () => {
    const many: Record<string, string> = {}
    for (let i = 0; i < MAX_MLFLOW_METRICS; i++)
      many[`m${String(i).padStart(5, '0')}`] = `1700000000000 ${i / 10} 0\n1700000000001 ${i} 1\n`
    const start = Date.now()
    const got = await readMetricsPath('mlruns/1/abc', run(many))
    expect(Date.now() - start).toBeLessThan(3000)
    expect(got?.metrics.size).toBe(MAX_MLFLOW_METRICS)
    expect(got?.metrics.get('m09999')).toEqual({ value: 9999 })
    const reads: string[] = []
    const files = run({ ...many, extra: '1 1 1\n' })
    const counting: MetricsFiles = { list: files.list, read: async (p) => (reads.push(p), files.read(p)) }
    const p = await problem(readMetricsPath('mlruns/1/abc', counting))
    expect(p.message).toMatch(/logs 10,001 metrics, more than the 10,000/)
    expect(reads).toEqual([])
  })

  test('hostile: metric files bigger than 64 MiB together are refused', async () => {
    const big = `1 0.5 0 ${'r'.repeat(8 * 1024 * 1024)}\n`
    const p = await problem(readMetricsPath('mlruns/1/abc', run(Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`m${i}`, big])))))
    expect(p.message).toMatch(/more than 64 MiB together/)
  })
})

describe('lm-eval', () => {
  const file = (results: object, extra: object = {}) => JSON.stringify({ results, versions: {}, ...extra })

  test('a metric of N/A has no value (null), never a failing string; numeric stderr attaches', async () => {
    const got = await read(
      'r.json',
      file({ t: { 'acc,none': 'N/A', 'acc_stderr,none': 'N/A', 'f1,strict': 0.5, 'f1_stderr,strict': 0.01 } }),
    )
    expect([...got.metrics]).toEqual([
      ['results.t.acc,none', { value: null }],
      ['results.t.f1,strict', { value: 0.5, stderr: 0.01 }],
    ])
  })

  test('groups are read like results; n falls back to original; the old format without filters', async () => {
    const got = await read(
      'r.json',
      file(
        { t: { acc: 0.4, acc_stderr: 0.02 } },
        { groups: { g: { 'acc,none': 0.6 } }, 'n-samples': { t: { original: 99 } }, higher_is_better: { t: { acc: true } } },
      ),
    )
    expect([...got.metrics]).toEqual([
      ['results.t.acc', { value: 0.4, stderr: 0.02, n: 99, better: 'higher' }],
      ['groups.g.acc,none', { value: 0.6 }],
    ])
  })

  test('a lone `_stderr` without its metric is a metric; a task name with a dot is escaped', async () => {
    const got = await read('r.json', file({ 'mmlu.x': { 'loss_stderr,none': 0.1 } }))
    expect([...got.metrics.keys()]).toEqual(['results.mmlu\\.x.loss_stderr,none'])
  })

  test('hostile: `__proto__` and `constructor` tasks and metrics are data, and reach no prototype', async () => {
    const got = await read(
      'r.json',
      '{"versions": {}, "results": {"__proto__": {"acc,none": 0.5}, "constructor": {"toString,none": 1}}, "higher_is_better": {"__proto__": {"acc": false}}}',
    )
    expect([...got.metrics]).toEqual([
      ['results.__proto__.acc,none', { value: 0.5, better: 'lower' }],
      ['results.constructor.toString,none', { value: 1 }],
    ])
    expect(({} as Record<string, unknown>).acc).toBeUndefined()
  })

  test('not lm-eval: a `results` mapping without any lm-eval marker stays generic', async () => {
    expect((await read('r.json', '{"results": {"t": {"acc": 1}}}')).format).toBe('json')
  })
})

describe('hf-card', () => {
  const card = (results: string) => `---\nmodel-index:\n- name: m\n  results:\n${results}---\n# Card\n`

  test('the same dataset and metric on two splits get the split in their names', () => {
    const entries = modelIndexEntries([
      {
        results: [
          {
            task: { type: 'tc' },
            dataset: { type: 'glue', config: 'sst2', split: 'validation' },
            metrics: [{ type: 'accuracy', value: 0.9 }],
          },
          { task: { type: 'tc' }, dataset: { type: 'glue', config: 'sst2', split: 'test' }, metrics: [{ type: 'accuracy', value: 0.8 }] },
          {
            task: { type: 'tc' },
            dataset: { type: 'imdb' },
            metrics: [
              { type: 'accuracy', value: 0.7 },
              { name: 'F1 (macro)', value: 0.6 },
            ],
          },
        ],
      },
    ])
    expect(modelIndexNames(entries)).toEqual([
      'glue.sst2.validation.accuracy',
      'glue.sst2.test.accuracy',
      'imdb.accuracy',
      'imdb.F1 (macro)',
    ])
  })

  test('indistinguishable results are never merged: they are named by position', async () => {
    const twice = '  - task: {type: t}\n    dataset: {type: d}\n    metrics:\n    - {type: acc, value: 0.5}\n'
    const got = await read('README.md', card(twice + twice))
    expect([...got.metrics]).toEqual([
      ['model-index.0.results.0.metrics.0', { value: 0.5 }],
      ['model-index.0.results.1.metrics.0', { value: 0.5 }],
    ])
  })

  test('dots in dataset and metric names are escaped; a value that is not a number stays as written', async () => {
    const got = await read('README.md', card('  - dataset: {type: squad.v2}\n    metrics:\n    - {type: exact.match, value: high}\n'))
    expect([...got.metrics]).toEqual([['squad\\.v2.exact\\.match', { value: 'high' }]])
  })

  test('a card whose front matter is never closed names the card, not YAML advice for a metrics file', async () => {
    const p = await problem(read('README.md', '---\nmodel-index: []\n# no closing fence\n', 'hf-card'))
    expect(p.message).toMatch(/front matter that starts on line 1 is never closed/)
  })

  test('hostile: 5,000 indistinguishable results are named by position quickly, and 5,000 distinct ones stay distinct', async () => {
    const same = Array.from({ length: 5000 }, () => ({ task: { type: 't' }, dataset: { type: 'd' }, metrics: [{ type: 'acc', value: 1 }] }))
    const distinct = Array.from({ length: 5000 }, (_, i) => ({
      task: { type: 't' },
      dataset: { type: 'd', name: `n${i}` },
      metrics: [{ type: 'acc', value: i }],
    }))
    const start = Date.now()
    const a = modelIndexNames(modelIndexEntries([{ results: same }]))
    const b = modelIndexNames(modelIndexEntries([{ results: distinct }]))
    expect(Date.now() - start).toBeLessThan(2000)
    expect(new Set(a).size).toBe(5000)
    expect(a[4999]).toBe('model-index.0.results.4999.metrics.0')
    expect(b[123]).toBe('d.n123.acc')
  })

  test('hostile: an alias bomb in the front matter is refused by the YAML reader', async () => {
    const bomb =
      '---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\nmodel-index: []\n---\n'
    const p = await problem(read('README.md', bomb, 'hf-card'))
    expect(p.message).toMatch(/alias/i)
  })

  test('a card without model-index is not a metrics file: the error says why', async () => {
    const p = await problem(read('README.md', '---\nlicense: mit\n---\n# Card\n'))
    expect(p.message).toContain('hf-card: its front matter has no `model-index` list')
  })
})

describe('evaluate.save and W&B', () => {
  test('evaluate.save(): underscore keys are metadata', async () => {
    const got = await read(
      'results.json',
      JSON.stringify({
        accuracy: 0.82,
        f1: 0.7,
        _timestamp: '2024-01-01T00:00:00',
        _git_commit_hash: 'abc',
        _evaluate_version: '0.4.1',
        _python_version: '3.11',
        _interpreter_path: '/usr/bin/python',
      }),
    )
    expect(got.format).toBe('evaluate')
    expect([...got.metrics]).toEqual([
      ['accuracy', { value: 0.82 }],
      ['f1', { value: 0.7 }],
    ])
    expect(got.provenance?.metadata?._evaluate_version).toBe('0.4.1')
  })

  test('W&B: nested values flatten; nested underscore keys and media objects are metadata', async () => {
    const got = await read(
      'files/wandb-summary.json',
      JSON.stringify({ eval: { acc: 0.9, _private: 1 }, conf: { _type: 'histogram', bins: [1, 2] }, 'train/loss': 0.3, _step: 4 }),
    )
    expect(got.format).toBe('wandb')
    expect([...got.metrics]).toEqual([
      ['eval.acc', { value: 0.9 }],
      ['train/loss', { value: 0.3 }],
    ])
  })

  test("hostile: a summary nested past the flattener's depth is refused, not a stack overflow", async () => {
    const deep = `${'{"a":'.repeat(300)}1${'}'.repeat(300)}`
    const p = await problem(read('wandb-summary.json', deep))
    expect(p.message).toMatch(/nested more than/)
  })
})

describe('dvc', () => {
  test('several metric files (top level and a stage, path or mapping form) prefix names with the file', async () => {
    const files = memFiles({
      'ml/dvc.yaml': 'metrics:\n- eval/a.json\nstages:\n  test:\n    cmd: x\n    metrics:\n    - eval/b.yaml:\n        cache: false\n',
      'ml/eval/a.json': '{"acc": 0.9}',
      'ml/eval/b.yaml': 'f1: 0.8\n',
    })
    const got = await readMetricsPath('ml/dvc.yaml', files)
    expect(got?.format).toBe('dvc')
    expect([...(got?.metrics ?? [])]).toEqual([
      ['eval/a\\.json.acc', { value: 0.9 }],
      ['eval/b\\.yaml.f1', { value: 0.8 }],
    ])
    expect(got?.provenance?.files).toEqual(['ml/eval/a.json', 'ml/eval/b.yaml'])
  })

  test('a dvc.yaml without metrics is still DVC (never read as string metrics): the error says what to add', async () => {
    const text = 'stages:\n  train:\n    cmd: python train.py\n'
    for (const format of [undefined, 'dvc']) {
      const p = await problem(read('dvc.yaml', text, format))
      expect(p.message).toMatch(/dvc\.yaml lists no metric files/)
      expect(p.fix).toMatch(/metrics: \[eval\/metrics\.json\]/)
    }
  })

  test('hostile: a listed file that is not valid JSON is its own located error', async () => {
    const p = await problem(readMetricsPath('dvc.yaml', memFiles({ 'dvc.yaml': 'metrics: [m.json]\n', 'm.json': '{"a": 1,,}' })))
    expect(p).toMatchObject({ line: 1 })
  })
})

describe('sklearn', () => {
  test('hostile: a report of 20,000 classes, one labelled `__proto__`, reads every class with its support', async () => {
    const entry = (support: number) => ({ precision: 0.5, recall: 0.5, 'f1-score': 0.5, support })
    const doc: Record<string, unknown> = Object.fromEntries(Array.from({ length: 20000 }, (_, i) => [`c${i}`, entry(i)]))
    const text = JSON.stringify(doc).replace('{', `{"__proto__": ${JSON.stringify(entry(7))}, `)
    const got = await read('r.json', text.replace(/}$/, `, "accuracy": 0.5, "macro avg": ${JSON.stringify(entry(99))}}`))
    expect(got.format).toBe('sklearn')
    expect(got.metrics.get('__proto__.recall')).toEqual({ value: 0.5, n: 7 })
    expect(got.metrics.get('c19999.precision')).toEqual({ value: 0.5, n: 19999 })
    expect(got.metrics.get('accuracy')).toEqual({ value: 0.5, n: 99 })
  })

  test('detection needs the whole report shape; anything else stays generic', async () => {
    expect((await read('r.json', '{"a": {"precision": 1, "recall": 1}, "accuracy": 1}')).format).toBe('json')
    expect((await read('r.json', '{"a": {"precision": 1, "recall": 1, "f1-score": 1, "support": 2}}')).format).toBe('json')
    const got = await read(
      'r.yaml',
      '"0":\n  precision: 0.5\n  recall: 0.4\n  f1-score: 0.44\n  support: 7\nmicro avg:\n  precision: 0.5\n  recall: 0.4\n  f1-score: 0.44\n  support: 7\n',
    )
    expect(got.format).toBe('sklearn')
    expect(got.metrics.get('0.recall')).toEqual({ value: 0.4, n: 7 })
  })
})
