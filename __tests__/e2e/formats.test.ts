/**
 * The bundled action reading real metrics formats on a pull request: an lm-eval results file
 * whose perplexity rises blocks with no `better:` in the policy (the file's `higher_is_better`
 * says lower is better, and the comment says so), and an MLflow run directory is read in the
 * workspace and, at the base commit, listed with git (the contents API cannot list it). YAML
 * outside the fast reader's subset is read by the yaml library, which the bundle loads from its
 * own file (dist/yaml.cjs) only then.
 */
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { nodeBinaries } from '../helpers/run-action.js'
import { NODES, POLICY_PATH, expectRun, firstVisibleLine, nodeAt, prFixture, readReport, tableRow, type PrFixture } from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

const REALWORLD = '/work/shared/realworld'
const LM_EVAL = readFileSync(join(REALWORLD, 'lm-eval-harness_cpu_regression_expected.json'), 'utf8')
const PPL = 'results.lambada_openai.perplexity,none'
const RUN = 'mlruns/744527609198417912/297e120377d94dd6bfe43bc04737bec0'

/** The real MLflow run directory, as repository files under RUN. */
function mlflowRun(accuracy?: string): Record<string, string> {
  const root = join(REALWORLD, 'mlflow_mlops-iris_run_297e1203')
  const files: Record<string, string> = {}
  const walk = (dir: string, rel: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name), `${rel}/${e.name}`)
      else files[`${RUN}${rel}/${e.name}`] = readFileSync(join(dir, e.name), 'utf8')
    }
  }
  walk(root, '')
  if (accuracy !== undefined) files[`${RUN}/metrics/accuracy`] = accuracy
  return files
}

let pr: PrFixture
afterEach(async () => {
  await pr.close()
})

describe.each(NODES)('real metrics formats on a pull request ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  test('lm-eval: perplexity rising from 605.5 to 900 blocks with no `better:` in the policy', async () => {
    const policy = `version: 1\nmetrics: {file: results/results.json}\ngates:\n  "${PPL}":\n    max_regression: 10%\n`
    pr = await prFixture({ [POLICY_PATH]: policy, 'results/results.json': LM_EVAL })
    const head = pr.commit({ 'results/results.json': LM_EVAL.replace('"perplexity,none": 605.5452047779999', '"perplexity,none": 900') })
    const run = await pr.run(node(), head)
    expectRun(run, { code: 1, verdict: 'blocked' })
    const body = pr.ours()[0]!.body
    expect(firstVisibleLine(body)).toBe('## ❌ model-gate: blocked — 1 of 1 metric fails')
    expect(tableRow(body, PPL).slice(2)).toEqual([
      '605.5',
      '900',
      '+294.5 (+49%)',
      'may rise at most 10% (lower is better, from the metrics file)',
    ])
    expect(readReport(run).checks[0]).toMatchObject({ metric: PPL, status: 'fail', better: 'lower', betterFrom: 'metrics file' })
  })

  test('YAML the fast reader hands over (an anchor, a block scalar, a syntax error) is read by the yaml library beside the bundle', async () => {
    const policy = `version: 1\nmetrics: {file: eval/metrics.yaml}\ngates:\n  accuracy: &floor\n    min: 0.8\n  recall: *floor\n`
    pr = await prFixture({ [POLICY_PATH]: policy, 'eval/metrics.yaml': 'accuracy: 0.9\nrecall: 0.85\nnotes: |\n  first run\n' })
    const blocked = await pr.run(node(), pr.commit({ 'eval/metrics.yaml': 'accuracy: 0.9\nrecall: 0.7\nnotes: |\n  recall fell\n' }))
    expectRun(blocked, { code: 1, verdict: 'blocked' })
    expect(readReport(blocked).checks.map((c: { metric: string; status: string }) => [c.metric, c.status])).toEqual([
      ['accuracy', 'pass'],
      ['recall', 'fail'],
    ])
    expect(blocked.stderr).not.toMatch(/Cannot find|ERR_MODULE_NOT_FOUND/)
    const broken = await pr.run(node(), pr.commit({ 'eval/metrics.yaml': 'accuracy: [0.9\nrecall: 0.7\n' }))
    expectRun(broken, { code: 1, verdict: 'error' })
    expect(readReport(broken).problems).toEqual([
      expect.objectContaining({ file: 'eval/metrics.yaml', line: 2, message: expect.stringMatching(/^invalid YAML: /) }),
    ])
  })

  test('MLflow: a run directory at the base (listed with git) and in the workspace; the run name in the provenance', async () => {
    const policy = `version: 1\nmetrics: {file: ${RUN}}\ngates:\n  accuracy: {max_regression: 0.01}\n  roc_auc: {min: 0.9}\n`
    pr = await prFixture({ [POLICY_PATH]: policy, ...mlflowRun() })
    // A later step of the same metric, logged after the first: the latest step wins.
    const original = readFileSync(join(REALWORLD, 'mlflow_mlops-iris_run_297e1203', 'metrics', 'accuracy'), 'utf8')
    const head = pr.commit({ [`${RUN}/metrics/accuracy`]: `${original.trimEnd()}\n1754216799999 0.9 1\n` })
    const run = await pr.run(node(), head)
    expectRun(run, { code: 1, verdict: 'blocked' })
    const body = pr.ours()[0]!.body
    expect(tableRow(body, 'accuracy').slice(2, 4)).toEqual(['0.96', '0.9'])
    expect(readReport(run).candidate.note).toBe('MLflow run random_forest (297e120377d94dd6bfe43bc04737bec0).')
    expect(readReport(run).baseline).toMatchObject({ source: 'base', note: 'MLflow run random_forest (297e120377d94dd6bfe43bc04737bec0).' })
  })
})
