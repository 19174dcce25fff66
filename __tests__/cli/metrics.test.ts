/** `model-gate metrics`: what a user runs to see which names a file yields (in-process, on src/). */
import { describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.js'

const REALWORLD = join(import.meta.dirname, '..', 'fixtures', 'realworld')

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await main(args, { cwd: REALWORLD, env: {}, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) })
  return { code, stdout, stderr }
}

interface JsonOut {
  format: string
  metrics: Record<string, { value: unknown; n?: number; stderr?: number }>
}

async function json(...args: string[]): Promise<JsonOut> {
  const r = await run('metrics', ...args, '--json')
  expect(r).toMatchObject({ code: 0, stderr: '' })
  return JSON.parse(r.stdout) as JsonOut
}

describe('model-gate metrics --json on each real file lists the values the file holds', () => {
  test('stable-code-3b card: six distinct names for six results', async () => {
    const out = await json('stable-code-3b_README.md')
    expect(out.format).toBe('hf-card')
    expect(Object.keys(out.metrics)).toHaveLength(6)
    expect(Object.values(out.metrics).map((m) => m.value)).toEqual([32.4, 30.9, 32.1, 32.1, 24.2, 23])
    expect(out.metrics['nuprl/MultiPL-E.MultiPL-HumanEval (Rust).pass@1']).toEqual({ value: 23 })
  })

  test.each([
    ['dvc_example-get-started_eval_live_metrics.json', 'json', 'avg_prec.test', { value: 0.9014016422240393 }],
    ['sklearn_dvc-mlops-iris_classification_report.json', 'sklearn', 'virginica.recall', { value: 0.8, n: 10 }],
    ['sklearn_goodreads-distilbert_eval_report.json', 'sklearn', 'weighted avg.f1-score', { value: 0.582668262403017, n: 1600 }],
    [
      'lm-eval-harness_cpu_regression_expected.json',
      'lm-eval',
      'results.lambada_openai.perplexity,none',
      { value: 605.5452047779999, n: 10, better: 'lower' },
    ],
    ['wandb_goodreads-distilbert_wandb-summary.json', 'wandb', 'test/f1', { value: 0.5826682624030174 }],
    ['mlflow_mlops-iris_run_297e1203', 'mlflow', 'roc_auc', { value: 0.9955215627917834 }],
    ['mlflow_run_metrics_accuracy', 'mlflow', 'mlflow_run_metrics_accuracy', { value: 0.96 }],
    ['notus-7b-v1_MODEL_CARD.md', 'hf-card', 'winogrande.acc', { value: 0.7940015785319653 }],
    // `1754216709684 0.96 0 297e…`: a lone MLflow metric file (the logged-model layout), named after the file.
    ['mlflow_logged_model_metrics_accuracy', 'mlflow', 'mlflow_logged_model_metrics_accuracy', { value: 0.96 }],
  ])('%s', async (file, format, name, metric) => {
    const out = await json(file)
    expect(out.format).toBe(format)
    expect(out.metrics[name]).toEqual(metric)
  })

  test('tulu-2-dpo-7B card: a model-index entry with `results: []` yields no metrics, not an error', async () => {
    const out = await json('tulu-2-dpo-7B_README.md')
    expect(out).toEqual({ format: 'hf-card', metrics: {} })
  })

  test('DVC dvc.yaml: the metric files its `metrics:` lists (eval/metrics.json of example-get-started)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mg-dvc-'))
    try {
      mkdirSync(join(dir, 'eval'))
      copyFileSync(join(REALWORLD, 'dvc_example-get-started_dvc.yaml'), join(dir, 'dvc.yaml'))
      copyFileSync(join(REALWORLD, 'dvc_example-get-started_eval_live_metrics.json'), join(dir, 'eval', 'metrics.json'))
      let stdout = ''
      const code = await main(['metrics', 'dvc.yaml', '--json'], {
        cwd: dir,
        env: {},
        stdout: (t) => (stdout += t),
        stderr: () => undefined,
      })
      const out = JSON.parse(stdout) as JsonOut
      expect([code, out.format]).toEqual([0, 'dvc'])
      expect(out.metrics['avg_prec.test']).toEqual({ value: 0.9014016422240393 })
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('the generic reading of a JSON file lists every leaf of the file', async () => {
    const raw = JSON.parse(readFileSync(join(REALWORLD, 'dvc_example-get-started_eval_live_metrics.json'), 'utf8')) as Record<
      string,
      Record<string, number>
    >
    const out = await json('dvc_example-get-started_eval_live_metrics.json')
    expect(out.metrics).toEqual(
      Object.fromEntries(Object.entries(raw).flatMap(([k, v]) => Object.entries(v).map(([s, x]) => [`${k}.${s}`, { value: x }]))),
    )
  })
})

describe('model-gate metrics', () => {
  test('the table lists name, value, n and stderr where known', async () => {
    const r = await run('metrics', 'sklearn_dvc-mlops-iris_classification_report.json')
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe('21 metrics (format: sklearn)')
    expect(lines[1]).toMatch(/^metric\s+value\s+n$/)
    expect(lines).toContainEqual(expect.stringMatching(/^versicolor\.precision\s+0\.8181818181818182\s+10$/))
  })

  test('the MLflow table names the run', async () => {
    const r = await run('metrics', 'mlflow_mlops-iris_run_297e1203')
    expect(r.stdout.split('\n')[0]).toBe('5 metrics (format: mlflow; MLflow run random_forest (297e120377d94dd6bfe43bc04737bec0))')
  })

  test('--format forces a reader', async () => {
    const out = await json('sklearn_dvc-mlops-iris_classification_report.json', '--format', 'json')
    expect(out.format).toBe('json')
    expect(out.metrics['setosa.precision']).toEqual({ value: 1 })
  })

  test.each([
    [['metrics'], /expected one FILE or DIR, got 0/],
    [['metrics', 'missing.json'], /missing\.json: no such file or directory/],
    [['metrics', 'tulu-2-dpo-7B_README.md', '--format', 'xml'], /unknown metrics format `xml`/],
    [['metrics', 'SOURCES.txt'], /does not recognise the format of SOURCES\.txt\. Formats tried: mlflow: /],
    [['metrics', '--bogus', 'x'], /Unknown option '--bogus'/],
  ])('%j exits 2 with a clear message', async (args, message) => {
    const r = await run(...args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
  })
})

test('hostile: a metric name with a line break cannot forge table lines or workflow commands', async () => {
  const { mkdtempSync, rmSync, writeFileSync } = await import('node:fs')
  const { tmpdir } = await import('node:os')
  const dir = mkdtempSync(join(tmpdir(), 'mg-metrics-'))
  try {
    writeFileSync(join(dir, 'm.json'), JSON.stringify({ 'a\n::error::forged': 1, 'b\u2028c': '\r\nx' }))
    let stdout = ''
    const code = await main(['metrics', 'm.json'], { cwd: dir, env: {}, stdout: (t) => (stdout += t), stderr: () => undefined })
    expect(code).toBe(0)
    const name = 'a\\u000a::error::forged'
    expect(stdout.split('\n')).toEqual([
      '2 metrics (format: json)',
      `${'metric'.padEnd(name.length)}  value`,
      `${name}  1`,
      `${'b\\u2028c'.padEnd(name.length)}  \\u000d\\u000ax`,
      '',
    ])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
