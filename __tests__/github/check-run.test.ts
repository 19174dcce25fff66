import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { CHECK_OUTPUT_LIMIT, fitCheckOutput, publishCheckRun, type CheckRunTarget } from '../../src/github/check-run.js'
import type { CheckAnnotation } from '../../src/render/annotations.js'
import { BOT_LOGIN, DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { addOversight, type FakeOversight } from '../helpers/fake-oversight.js'

const OWNER = 'acme'
const REPO = 'fraud-model'
const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const READ_ONLY = 'ghs_read_only'

let fake: FakeGitHub
let gh: FakeOversight
beforeEach(async () => {
  fake = await startFakeGitHub()
  fake.addToken(READ_ONLY, { login: BOT_LOGIN, installation: true, readOnly: true })
  gh = addOversight(fake, OWNER, REPO)
})
afterEach(() => fake.close())

const client = (token = DEFAULT_TOKEN) => createClient(token, { baseUrl: fake.url, retries: 0, minRetryDelayMs: 1 })
const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({
    path: '.github/model-gate.yml',
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure',
    message: `check ${i}`,
    title: `m${i}`,
  }))
const target = (over: Partial<CheckRunTarget> = {}): CheckRunTarget => ({
  owner: OWNER,
  repo: REPO,
  headSha: HEAD,
  name: 'model-gate',
  conclusion: 'failure',
  title: 'blocked: 2 of 9 checks fail',
  summary: '## ❌ model-gate: blocked',
  annotations: annotations(3),
  detailsUrl: 'https://github.com/acme/fraud-model/actions/runs/1',
  ...over,
})

describe('publishCheckRun', () => {
  test('a completed check run on the head commit with the summary and annotations', async () => {
    const out = await publishCheckRun(client(), target())
    expect(out).toMatchObject({ action: 'created', annotated: 3, warnings: [] })
    const [run] = gh.checkRuns()
    expect(run).toMatchObject({
      id: out.id,
      name: 'model-gate',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
      external_id: 'model-gate:model-gate',
      details_url: 'https://github.com/acme/fraud-model/actions/runs/1',
      output: { title: 'blocked: 2 of 9 checks fail', summary: '## ❌ model-gate: blocked' },
    })
    expect(run!.annotations).toHaveLength(3)
    expect(out.url).toBe(run!.html_url)
  })

  test.each([
    [50, 1],
    [51, 2],
    [137, 3],
    [0, 1],
  ])('%i annotations: %i request(s), 50 at most each, all attached in order', async (n, requests) => {
    const out = await publishCheckRun(client(), target({ annotations: annotations(n) }))
    expect(out.annotated).toBe(n)
    const writes = fake.requests.filter((r) => r.path.includes('/check-runs'))
    expect(writes.map((r) => r.method)).toEqual(['POST', ...Array(requests - 1).fill('PATCH')])
    expect(writes.every((r) => ((r.body as { output?: { annotations?: unknown[] } }).output?.annotations?.length ?? 0) <= 50)).toBe(true)
    expect(gh.checkRuns()[0]!.annotations.map((a) => a.message)).toEqual(annotations(n).map((a) => a.message))
    expect(gh.checkRuns()[0]!.conclusion).toBe('failure')
  })

  test('more than 1,000 annotations: the first 1,000 and a warning', async () => {
    const out = await publishCheckRun(client(), target({ annotations: annotations(1001) }))
    expect(out.annotated).toBe(1000)
    expect(out.warnings).toEqual(['1001 annotations: only the first 1000 were attached to the check run.'])
  })

  test("a summary over GitHub's limit is shortened at a line, with a note", async () => {
    const summary = Array.from({ length: 9000 }, (_, i) => `| row ${i} | value |`).join('\n')
    const out = await publishCheckRun(client(), target({ summary, text: summary }))
    expect(out.warnings).toEqual([])
    const run = gh.checkRuns()[0]!
    expect(run.output.summary!.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT)
    expect(run.output.summary).toMatch(/\| value \|\n\n_Shortened to fit/)
    expect(run.output.text!.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT)
    expect(fitCheckOutput('short')).toBe('short')
  })

  test('a read-only token: a warning, never a crash', async () => {
    const out = await publishCheckRun(client(READ_ONLY), target())
    expect(out).toMatchObject({ action: 'none', annotated: 0 })
    expect(out.warnings).toEqual([
      expect.stringMatching(/^Could not write the check run "model-gate" \(403: .*checks: write.*the verdict stands\.$/),
    ])
    expect(gh.checkRuns()).toEqual([])
  })

  test('a failed annotation batch: the check run stands, a warning names the annotations left out', async () => {
    fake.failNext('PATCH', /\/check-runs\/\d+$/, 500)
    const out = await publishCheckRun(client(), target({ annotations: annotations(120) }))
    expect(out).toMatchObject({ action: 'created', annotated: 50 })
    expect(out.warnings).toEqual([expect.stringMatching(/^Could not attach annotations 51–100 to the check run \(500/)])
  })

  test('each run creates its own check run (annotations of an earlier one are not appended to)', async () => {
    await publishCheckRun(client(), target())
    await publishCheckRun(client(), target({ conclusion: 'success', annotations: [] }))
    expect(gh.checkRuns().map((r) => [r.conclusion, r.annotations.length])).toEqual([
      ['failure', 3],
      ['success', 0],
    ])
  })
})
