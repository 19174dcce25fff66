/**
 * The gate reads metrics through the format registry: lm-eval's own `higher_is_better` sets the
 * direction of a gate that does not say, `N/A` is no value, `metrics.format` forces a reader,
 * `defaults:` are merged into every model, and `changed_only` gates only the touched models.
 */
import { readFileSync } from 'node:fs'
import { runGate, type GateOptions } from '../../src/gate/run.js'
import { renderComment } from '../../src/render/comment.js'
import { toReport } from '../../src/report/write.js'
import { modelsOutput } from '../../src/action/models-output.js'
import type { FileSource } from '../../src/sources/source.js'
import type { Check, GateResult } from '../../src/core/types.js'

const LM_EVAL = readFileSync('/work/shared/realworld/lm-eval-harness_cpu_regression_expected.json', 'utf8')
const BASE_SHA = 'b'.repeat(40)
const HEAD_SHA = 'h'.repeat(40)
const PPL = 'results.lambada_openai.perplexity,none'

function memory(label: string, files: Record<string, string>, sha?: string): FileSource {
  return { label, sha, read: async (path) => files[path], exists: async (path) => path in files }
}

function options(base: Record<string, string>, head: Record<string, string>, extra: Partial<GateOptions> = {}): GateOptions {
  return {
    policyPath: '.github/model-gate.yml',
    policySource: 'base',
    base: memory('base', base, BASE_SHA),
    workspace: memory('workspace', head, HEAD_SHA),
    headSha: HEAD_SHA,
    now: new Date('2026-11-25T12:00:00Z'),
    ...extra,
  }
}

const checks = (result: GateResult): Check[] => result.evaluations.flatMap((e) => e.checks)
const ctx = { policyPath: '.github/model-gate.yml' }

describe('lm-eval direction from the metrics file', () => {
  const policy = (better = ''): string =>
    `version: 1\nmetrics: {file: eval/results.json}\ngates:\n  "${PPL}":\n    max_regression: 10%${better}\n  "results.arc_easy.acc,none":\n    max_regression: 0.05\n`
  const raised = LM_EVAL.replace('"perplexity,none": 605.5452047779999', '"perplexity,none": 900')

  test('perplexity rising from 605.5 to 900 blocks with no `better:` in the policy, and says why', async () => {
    const p = policy()
    const result = await runGate(
      options({ '.github/model-gate.yml': p, 'eval/results.json': LM_EVAL }, { '.github/model-gate.yml': p, 'eval/results.json': raised }),
    )
    expect(result.verdict).toBe('blocked')
    const check = checks(result).find((c) => c.metric === PPL)
    expect(check).toMatchObject({
      status: 'fail',
      candidate: 900,
      baseline: 605.5452047779999,
      better: 'lower',
      betterFrom: 'metrics file',
    })
    // w = c − b for lower-is-better: 900 − 605.545…
    expect(check?.worsening).toBeCloseTo(294.4547952220001, 9)
    expect(check?.rule).toBe('may rise at most 10% (lower is better, from the metrics file)')
    expect(renderComment(result, ctx)).toContain('lower is better, from the metrics file')
    expect(toReport(result).checks.find((c) => c.metric === PPL)).toMatchObject({ better: 'lower', betterFrom: 'metrics file' })
  })

  test("perplexity falling passes; the policy's own `better:` wins over the file", async () => {
    const lower = LM_EVAL.replace('"perplexity,none": 605.5452047779999', '"perplexity,none": 500')
    const p = policy()
    const passed = await runGate(
      options({ '.github/model-gate.yml': p, 'eval/results.json': LM_EVAL }, { '.github/model-gate.yml': p, 'eval/results.json': lower }),
    )
    expect(passed.verdict).toBe('approved')
    const forced = policy('\n    better: higher')
    const overridden = await runGate(
      options(
        { '.github/model-gate.yml': forced, 'eval/results.json': LM_EVAL },
        { '.github/model-gate.yml': forced, 'eval/results.json': raised },
      ),
    )
    const check = checks(overridden).find((c) => c.metric === PPL)
    expect(check).toMatchObject({ status: 'pass' })
    expect(check?.betterFrom).toBeUndefined()
  })

  test('`N/A` stderr is no value: a gate on it reports the metric missing, not a non-number', async () => {
    const p = `version: 1\nmetrics: {file: eval/results.json}\ngates:\n  "results.arc_easy.acc_stderr,none": {max: 0.1}\n`
    const files = { '.github/model-gate.yml': p, 'eval/results.json': LM_EVAL }
    const result = await runGate(options(files, files))
    // lm-eval's reader turns `acc_stderr` into the stderr of `acc`; the name itself is no metric.
    expect(checks(result)[0]).toMatchObject({ ruleKey: 'present', status: 'fail' })
    expect(checks(result)[0]?.message).toMatch(/^missing from eval\/results\.json/)
  })

  test('a `null` value (N/A) is missing, not a non-number: `required: false` skips it', async () => {
    const p = `version: 1\ngates:\n  accuracy: {min: 0.5}\n  recall: {min: 0.5, required: false}\n`
    const files = { '.github/model-gate.yml': p, 'eval/metrics.json': '{"accuracy": null, "recall": null}' }
    const result = await runGate(options(files, files))
    expect(checks(result).map((c) => [c.id, c.status])).toEqual([
      ['threshold:accuracy:present', 'fail'],
      ['threshold:recall:present', 'skip'],
    ])
    expect(checks(result)[0]?.message).toBe('has no value (N/A) in eval/metrics.json')
  })

  test('the candidate provenance and format come from the reader; `metrics.format` forces one', async () => {
    const p = `version: 1\nmetrics: {file: eval/results.json, format: csv}\ngates:\n  a: {min: 1}\n`
    const files = { '.github/model-gate.yml': p, 'eval/results.json': LM_EVAL }
    const result = await runGate(options(files, files))
    expect(result.verdict).toBe('error')
    expect(result.evaluations[0]?.problems[0]?.file).toBe('eval/results.json')
  })
})

const MONO = `version: 1
changed_only: true
defaults:
  baseline: {missing: fail}
  gates:
    accuracy: {max_regression: 0.01}
models:
  fraud:
    metrics: {file: models/fraud/metrics.json}
    paths: ['models/fraud/**']
  churn:
    metrics: {file: models/churn/metrics.json}
    gates:
      accuracy: {min: 0.5}
  ranker:
    metrics: {file: models/ranker/metrics.json}
`
const acc = (a: number): string => JSON.stringify({ accuracy: a })
const BASE = {
  '.github/model-gate.yml': MONO,
  'models/fraud/metrics.json': acc(0.9),
  'models/churn/metrics.json': acc(0.8),
  'models/ranker/metrics.json': acc(0.7),
}
const HEAD = { ...BASE, 'models/fraud/metrics.json': acc(0.85) }

describe('monorepo: defaults and changed_only', () => {
  test("defaults are merged into each model; a model's own gate replaces the default one", async () => {
    const result = await runGate(options(BASE, HEAD))
    expect(result.evaluations.map((e) => [e.model, e.verdict, e.checks.map((c) => c.id)])).toEqual([
      ['fraud', 'blocked', ['baseline:accuracy:max_regression']],
      ['churn', 'approved', ['threshold:accuracy:min']],
      ['ranker', 'approved', ['baseline:accuracy:max_regression']],
    ])
    expect(result.verdict).toBe('blocked')
    expect(JSON.parse(modelsOutput(result))).toEqual([
      { model: 'fraud', verdict: 'blocked', failed: 1 },
      { model: 'churn', verdict: 'approved', failed: 0 },
      { model: 'ranker', verdict: 'approved', failed: 0 },
    ])
  })

  test('changed_only gates only the touched models, and the comment and the report say which were skipped', async () => {
    const result = await runGate(options(BASE, HEAD, { changedFiles: async () => ['models/fraud/train.py', 'README.md'] }))
    expect(result.evaluations.map((e) => e.model)).toEqual(['fraud'])
    expect(result.skipped?.map((s) => s.model)).toEqual(['churn', 'ranker'])
    expect(result.skipped?.[0]?.reason).toBe('this pull request changes none of its files (`models/churn/metrics.json`; 2 files changed)')
    const comment = renderComment(result, ctx)
    expect(comment).toContain('**Skipped (`changed_only: true`):** 2 models not gated.')
    expect(comment).toMatch(/- `ranker`: this pull request changes none of its files/)
    expect(toReport(result).skipped).toEqual(result.skipped)
    expect(JSON.parse(modelsOutput(result)).map((m: { verdict: string }) => m.verdict)).toEqual(['blocked', 'skipped', 'skipped'])
  })

  test('a PR that touches no model approves; a failed file listing gates every model with a note', async () => {
    const none = await runGate(options(BASE, BASE, { changedFiles: async () => ['docs/x.md'] }))
    expect([none.verdict, none.evaluations.length, none.skipped?.length]).toEqual(['approved', 0, 3])
    const warnings: string[] = []
    const failed = await runGate(
      options(BASE, HEAD, { changedFiles: async () => Promise.reject(new Error('HTTP 500')), warn: (m) => warnings.push(m) }),
    )
    expect(failed.evaluations.length).toBe(3)
    expect(failed.notes).toEqual(['`changed_only: true`: HTTP 500; every model was gated instead.'])
    expect(warnings).toEqual(failed.notes)
    expect(renderComment(failed, ctx)).toContain('every model was gated instead')
  })

  test('the `model` input gates one model regardless of changed_only', async () => {
    const result = await runGate(options(BASE, HEAD, { model: 'ranker', changedFiles: async () => [] }))
    expect(result.evaluations.map((e) => e.model)).toEqual(['ranker'])
    expect(result.skipped).toBeUndefined()
  })
})
