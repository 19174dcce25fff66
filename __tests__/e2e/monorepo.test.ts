/**
 * The bundled action on a monorepo of three models (shared `defaults:`), one of them regressing:
 * one run leaves one comment with a section per model and the overall verdict; a matrix of three
 * runs with the `model` input leaves three comments; `changed_only: true` gates only the model
 * the pull request touches (through the PR files API) and names the others as skipped.
 */
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { nodeBinaries } from '../helpers/run-action.js'
import { servePullFiles } from '../helpers/fake-pull-files.js'
import {
  NODES,
  POLICY_PATH,
  expectRun,
  workflowCommands,
  firstVisibleLine,
  nodeAt,
  prFixture,
  readReport,
  type PrFixture,
} from './fixture.js'

beforeAll(() => void nodeBinaries(), 300_000)

const policy = (changedOnly: boolean): string => `version: 1
${changedOnly ? 'changed_only: true\n' : ''}defaults:
  gates:
    accuracy:
      min: 0.5
      max_regression: 0.01
models:
  fraud:
    metrics: {file: models/fraud/metrics.json}
  churn:
    metrics: {file: models/churn/metrics.json}
  ranker:
    metrics: {file: models/ranker/metrics.json}
    paths: ['models/ranker/**']
`
const acc = (a: number): string => `${JSON.stringify({ accuracy: a })}\n`
const files = (changedOnly: boolean): Record<string, string> => ({
  [POLICY_PATH]: policy(changedOnly),
  'models/fraud/metrics.json': acc(0.9),
  'models/churn/metrics.json': acc(0.8),
  'models/ranker/metrics.json': acc(0.7),
})
const sections = (body: string): string[] => body.split('\n').filter((l) => l.startsWith('### '))

let pr: PrFixture
afterEach(async () => {
  await pr.close()
})

describe.each(NODES)('a monorepo of three models ($label)', ({ index }) => {
  const node = () => nodeAt(index)

  test('one run: one comment, three sections, verdict blocked, per-model outputs and report', async () => {
    pr = await prFixture(files(false))
    const head = pr.commit({ 'models/fraud/metrics.json': acc(0.85) })
    const run = await pr.run(node(), head)
    expectRun(run, { code: 1, verdict: 'blocked' })
    const comments = pr.ours()
    expect(comments).toHaveLength(1)
    const body = comments[0]!.body
    expect(body.startsWith(`<!-- model-gate model=all head=${head} -->\n`)).toBe(true)
    expect(firstVisibleLine(body)).toBe('## ❌ model-gate: blocked — 1 of 3 models blocked')
    expect(sections(body)).toEqual([
      '### ❌ model `fraud`: blocked — 1 of 1 metric fails',
      '### ✅ model `churn`: approved — 1 metric passes',
      '### ✅ model `ranker`: approved — 1 metric passes',
    ])
    expect(JSON.parse(run.outputs.models!)).toEqual([
      { model: 'fraud', verdict: 'blocked', failed: 1 },
      { model: 'churn', verdict: 'approved', failed: 0 },
      { model: 'ranker', verdict: 'approved', failed: 0 },
    ])
    expect(readReport(run).models.map((m: { model: string; verdict: string; failed: number }) => [m.model, m.verdict, m.failed])).toEqual([
      ['fraud', 'blocked', 1],
      ['churn', 'approved', 0],
      ['ranker', 'approved', 0],
    ])
  })

  test('matrix mode: three runs with the `model` input leave three comments, each with its model in the marker', async () => {
    pr = await prFixture(files(false))
    const head = pr.commit({ 'models/fraud/metrics.json': acc(0.85) })
    const verdicts: Record<string, string | undefined> = {}
    for (const model of ['fraud', 'churn', 'ranker']) {
      const run = await pr.run(node(), head, { inputs: { model } })
      verdicts[model] = run.outputs.verdict
      expect(JSON.parse(run.outputs.models!)).toEqual([{ model, verdict: run.outputs.verdict, failed: model === 'fraud' ? 1 : 0 }])
    }
    expect(verdicts).toEqual({ fraud: 'blocked', churn: 'approved', ranker: 'approved' })
    const comments = pr.ours()
    expect(comments.map((c) => c.body.split('\n')[0])).toEqual([
      `<!-- model-gate model=fraud head=${head} -->`,
      `<!-- model-gate model=churn head=${head} -->`,
      `<!-- model-gate model=ranker head=${head} -->`,
    ])
    expect(comments.map((c) => firstVisibleLine(c.body))).toEqual([
      '## ❌ model-gate `fraud`: blocked — 1 of 1 metric fails',
      '## ✅ model-gate `churn`: approved — 1 metric passes',
      '## ✅ model-gate `ranker`: approved — 1 metric passes',
    ])
    // A re-run of one matrix job updates its own comment, not another model's.
    await pr.run(node(), head, { inputs: { model: 'churn' } })
    expect(pr.ours()).toHaveLength(3)
  })

  test('changed_only: the untouched models are skipped, and the comment says so', async () => {
    pr = await prFixture(files(true))
    const head = pr.commit({ 'models/fraud/metrics.json': acc(0.85), 'models/ranker/train.py': 'print(1)\n' })
    // 150 files: two pages of the PR files API.
    servePullFiles(pr.fake, [
      'models/fraud/metrics.json',
      'models/ranker/train.py',
      ...Array.from({ length: 148 }, (_, i) => `docs/page-${i}.md`),
    ])
    const run = await pr.run(node(), head)
    expectRun(run, { code: 1, verdict: 'blocked' })
    const body = pr.ours()[0]!.body
    expect(sections(body)).toEqual([
      '### ❌ model `fraud`: blocked — 1 of 1 metric fails',
      '### ✅ model `ranker`: approved — 1 metric passes',
    ])
    expect(body).toContain(
      '**Skipped (`changed_only: true`):** 1 model not gated.\n- `churn`: this pull request changes none of its files (`models/churn/metrics.json`; 150 files changed)',
    )
    expect(JSON.parse(run.outputs.models!).map((m: { model: string; verdict: string }) => [m.model, m.verdict])).toEqual([
      ['fraud', 'blocked'],
      ['ranker', 'approved'],
      ['churn', 'skipped'],
    ])
    expect(pr.fake.requests.filter((r) => /\/pulls\/\d+\/files/.test(r.path)).length).toBe(2)
    expect(readReport(run).skipped).toEqual([{ model: 'churn', reason: expect.stringContaining('changes none of its files') }])
  })

  test('changed_only: when the PR files cannot be listed, every model is gated with a warning', async () => {
    pr = await prFixture(files(true))
    const head = pr.commit({ 'models/fraud/metrics.json': acc(0.85) })
    pr.fake.failNext('GET', /\/pulls\/\d+\/files$/, 500, {}, { message: 'boom' }, 10)
    const run = await pr.run(node(), head)
    expectRun(run, { code: 1, verdict: 'blocked' })
    const body = pr.ours()[0]!.body
    expect(sections(body)).toHaveLength(3)
    // `#42` is broken with a word joiner in the comment so that GitHub does not link it.
    expect(body).toContain(
      '> `changed_only: true`: could not list the files of pull request #\u206042: boom; every model was gated instead.',
    )
    expect(workflowCommands(run.stdout, 'warning').map((c) => c.message)).toContainEqual(
      expect.stringMatching(/^`changed_only: true`: could not list the files of pull request #42: .*every model was gated instead\.$/),
    )
  })
})
