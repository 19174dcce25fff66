/**
 * Every reader on the real public files in __tests__/fixtures/realworld/ (see SOURCES.txt
 * there), with the values checked against what the files hold.
 */
import { describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Metric } from '../../../src/core/types.js'
import { listDirectory, metricsFiles, readMetricsPath, type FormatRead } from '../../../src/metrics/formats/index.js'
import { workspaceSource } from '../../../src/sources/workspace.js'

const REALWORLD = join(import.meta.dirname, '..', '..', 'fixtures', 'realworld')

async function readReal(path: string, root = REALWORLD, format?: string): Promise<FormatRead> {
  const files = metricsFiles(workspaceSource(root), root)
  const read = await readMetricsPath(path, files, { format })
  if (!read) throw new Error(`${path} not found`)
  return read
}

const get = (read: FormatRead, name: string): Metric | undefined => read.metrics.get(name)

describe('real files', () => {
  test('DVC metrics file (iterative/example-get-started eval/live/metrics.json): generic JSON names', async () => {
    const read = await readReal('dvc_example-get-started_eval_live_metrics.json')
    expect(read.format).toBe('json')
    expect([...read.metrics]).toEqual([
      ['avg_prec.train', { value: 0.957035519466975 }],
      ['avg_prec.test', { value: 0.9014016422240393 }],
      ['roc_auc.train', { value: 0.9774311166774401 }],
      ['roc_auc.test', { value: 0.9319648794149968 }],
    ])
  })

  test('dvc.yaml (example-get-started) is read as the metric file it lists, eval/metrics.json', async () => {
    const root = mkdtempSync(join(tmpdir(), 'mg-dvc-'))
    try {
      copyFileSync(join(REALWORLD, 'dvc_example-get-started_dvc.yaml'), join(root, 'dvc.yaml'))
      mkdirSync(join(root, 'eval'))
      // The listed file, as `dvc repro` writes it (the copy from the same repository's eval/live/).
      copyFileSync(join(REALWORLD, 'dvc_example-get-started_eval_live_metrics.json'), join(root, 'eval', 'metrics.json'))
      const read = await readReal('dvc.yaml', root)
      expect(read.format).toBe('dvc')
      expect(read.provenance?.files).toEqual(['eval/metrics.json'])
      expect(get(read, 'roc_auc.test')).toEqual({ value: 0.9319648794149968 })
      expect(read.metrics.size).toBe(4)
      rmSync(join(root, 'eval', 'metrics.json'))
      await expect(readReal('dvc.yaml', root)).rejects.toThrow(
        /dvc\.yaml lists the metrics file eval\/metrics\.json, which does not exist.*dvc pull/,
      )
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  test.each([
    ['sklearn_dvc-mlops-iris_classification_report.json', 'versicolor.precision', 0.8181818181818182, 10, 0.9, 30, 4 * 5 + 1],
    ['sklearn_goodreads-distilbert_eval_report.json', 'young_adult.recall', 0.4, 200, 0.578125, 1600, 4 * 10 + 1],
  ])("scikit-learn report %s: support is each metric's n", async (file, name, value, n, accuracy, total, count) => {
    const read = await readReal(file)
    expect(read.format).toBe('sklearn')
    expect(get(read, name)).toEqual({ value, n })
    expect(get(read, 'accuracy')).toEqual({ value: accuracy, n: total })
    expect(get(read, 'macro avg.f1-score')?.n).toBe(total)
    expect(read.metrics.size).toBe(count)
  })

  test('sklearn iris: every class metric carries its class support', async () => {
    const read = await readReal('sklearn_dvc-mlops-iris_classification_report.json')
    const raw = JSON.parse(readFileSync(join(REALWORLD, 'sklearn_dvc-mlops-iris_classification_report.json'), 'utf8')) as Record<
      string,
      Record<string, number>
    >
    for (const label of ['setosa', 'versicolor', 'virginica', 'macro avg', 'weighted avg']) {
      for (const metric of ['precision', 'recall', 'f1-score']) {
        expect(get(read, `${label}.${metric}`)).toEqual({ value: raw[label]?.[metric], n: raw[label]?.support })
      }
    }
  })

  test('MLflow run directory (2023ac05242/mlops-iris run 297e1203): the five metrics and the run name', async () => {
    const read = await readReal('mlflow_mlops-iris_run_297e1203')
    expect(read.format).toBe('mlflow')
    expect([...read.metrics]).toEqual([
      ['accuracy', { value: 0.96 }],
      ['f1_score', { value: 0.9569444444444445 }],
      ['precision', { value: 0.9569444444444445 }],
      ['recall', { value: 0.9569444444444445 }],
      ['roc_auc', { value: 0.9955215627917834 }],
    ])
    expect(read.provenance?.description).toBe('MLflow run random_forest (297e120377d94dd6bfe43bc04737bec0)')
    expect(read.provenance?.metadata).toMatchObject({ run_name: 'random_forest', experiment_id: '744527609198417912' })
  })

  test.each(['mlflow_run_metrics_accuracy', 'mlflow_logged_model_metrics_accuracy'])('a single MLflow metric file %s', async (file) => {
    const read = await readReal(file)
    expect(read.format).toBe('mlflow')
    expect([...read.metrics]).toEqual([[file, { value: 0.96 }]])
  })

  test('lm-evaluation-harness results: stderr N/A left out, n from n-samples, direction from higher_is_better', async () => {
    const read = await readReal('lm-eval-harness_cpu_regression_expected.json')
    expect(read.format).toBe('lm-eval')
    expect([...read.metrics]).toEqual([
      ['results.arc_easy.acc,none', { value: 0.3, n: 10, better: 'higher' }],
      ['results.arc_easy.acc_norm,none', { value: 0.1, n: 10, better: 'higher' }],
      ['results.lambada_openai.acc,none', { value: 0.1, n: 10, better: 'higher' }],
      ['results.lambada_openai.perplexity,none', { value: 605.5452047779999, n: 10, better: 'lower' }],
      ['results.wikitext.bits_per_byte,none', { value: 1.3393660745008342, n: 10, better: 'lower' }],
      ['results.wikitext.byte_perplexity,none', { value: 2.530401076099876, n: 10, better: 'lower' }],
      ['results.wikitext.word_perplexity,none', { value: 130.4813590639406, n: 10, better: 'lower' }],
    ])
  })

  test('W&B summary (goodreads distilbert): underscore keys are metadata, slashes stay in the name', async () => {
    const read = await readReal('wandb_goodreads-distilbert_wandb-summary.json')
    expect(read.format).toBe('wandb')
    const raw = JSON.parse(readFileSync(join(REALWORLD, 'wandb_goodreads-distilbert_wandb-summary.json'), 'utf8')) as Record<
      string,
      unknown
    >
    const expected = Object.entries(raw).filter(([k]) => !k.startsWith('_'))
    expect([...read.metrics.keys()]).toEqual(expected.map(([k]) => k))
    for (const [k, v] of expected) expect(get(read, k)).toEqual({ value: v })
    expect(get(read, 'eval/accuracy')).toEqual({ value: 0.578125 })
    expect(read.metrics.has('_runtime')).toBe(false)
    expect(read.provenance?.metadata).toEqual({ _runtime: 597, _step: 18, _timestamp: 1.7793601427508025e9 })
  })

  test('stable-code-3b card: six distinct names for its six results, with their values', async () => {
    const read = await readReal('stable-code-3b_README.md')
    expect(read.format).toBe('hf-card')
    expect([...read.metrics]).toEqual([
      ['nuprl/MultiPL-E.MultiPL-HumanEval (Python).pass@1', { value: 32.4 }],
      ['nuprl/MultiPL-E.MultiPL-HumanEval (C++).pass@1', { value: 30.9 }],
      ['nuprl/MultiPL-E.MultiPL-HumanEval (Java).pass@1', { value: 32.1 }],
      ['nuprl/MultiPL-E.MultiPL-HumanEval (JavaScript).pass@1', { value: 32.1 }],
      ['nuprl/MultiPL-E.MultiPL-HumanEval (PHP).pass@1', { value: 24.2 }],
      ['nuprl/MultiPL-E.MultiPL-HumanEval (Rust).pass@1', { value: 23 }],
    ])
  })

  test('notus-7b-v1 card: short names where they are unique', async () => {
    const read = await readReal('notus-7b-v1_MODEL_CARD.md')
    expect(read.format).toBe('hf-card')
    expect(get(read, 'ai2_arc.acc_norm')).toEqual({ value: 0.6459044368600683 })
    expect(get(read, 'hellaswag.acc_norm')).toEqual({ value: 0.8478390758812986 })
    expect(get(read, 'drop.f1')).toEqual({ value: 0.08913590604026835 })
    expect(get(read, 'truthful_qa.mc2')).toEqual({ value: 0.5436768358952805 })
    expect(get(read, 'cais/mmlu.acc')).toEqual({ value: 0.6303308230938872 })
    expect(get(read, 'gsm8k.acc')).toEqual({ value: 0.1516300227445034 })
    expect(get(read, 'winogrande.acc')).toEqual({ value: 0.7940015785319653 })
    expect(get(read, 'unknown.unknown')).toEqual({ value: 7.3 })
    expect(new Set(read.metrics.keys()).size).toBe(read.metrics.size)
  })

  test('tulu-2-dpo-7B card: an empty model-index yields no metrics (and is still a card)', async () => {
    const read = await readReal('tulu-2-dpo-7B_README.md')
    expect(read.format).toBe('hf-card')
    expect(read.metrics.size).toBe(0)
  })

  test('listDirectory lists the run directory, sorted', async () => {
    expect(await listDirectory(REALWORLD, 'mlflow_mlops-iris_run_297e1203')).toEqual([
      'meta.yaml',
      'metrics/accuracy',
      'metrics/f1_score',
      'metrics/precision',
      'metrics/recall',
      'metrics/roc_auc',
      'tags/mlflow.runName',
    ])
    expect(await listDirectory(REALWORLD, 'stable-code-3b_README.md')).toBeUndefined()
  })
})
