import { GateError } from '../../src/core/errors.js'
import type { Metrics, PredictionSettings } from '../../src/core/types.js'
import { readModelPredictions } from '../../src/gate/predictions.js'
import type { FileSource } from '../../src/sources/source.js'

/** An in-memory source; `bytes: false` makes it offer only text reads, like the REST contents API. */
function source(files: Record<string, string>, opts: { sha?: string; bytes?: boolean } = {}): FileSource {
  const s: FileSource = {
    label: opts.sha ? `base ${opts.sha.slice(0, 7)}` : 'the workspace',
    ...(opts.sha ? { sha: opts.sha } : {}),
    read: async (path) => files[path],
    exists: async (path) => path in files,
  }
  if (opts.bytes !== false) s.readBytes = async (path) => (path in files ? Buffer.from(files[path] as string) : undefined)
  return s
}

const settings: PredictionSettings = { file: 'eval/p.csv', baselineFile: 'eval/p.csv', task: 'binary', threshold: 0.5 }
const cand = 'id,label,score\na,1,0.9\nb,1,0.4\nc,0,0.6\nd,0,0.1\n'
const base = 'id,label,score\nd,0,0.2\nc,0,0.3\nb,1,0.7\na,1,0.8\n'
const fileMetrics: Metrics = new Map([['recall', { value: 0.5 }]])
const sha = 'b'.repeat(40)

async function gateError(promise: Promise<unknown>): Promise<GateError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  if (!(err instanceof GateError)) throw new Error(`expected a GateError, got ${String(err)}`)
  return err
}

describe('readModelPredictions', () => {
  test.each([true, false])('paired (source offers bytes: %s): metrics, checks and intervals', async (bytes) => {
    const out = await readModelPredictions({
      settings,
      sources: { workspace: source({ 'eval/p.csv': cand }, { bytes }), base: source({ 'eval/p.csv': base }, { sha, bytes }) },
      candidate: fileMetrics,
      metricsFile: 'eval/metrics.json',
    })
    expect(out.summary.flips).toEqual({ fixed: 0, broken: 2, total: 4, brokenIds: ['b', 'c'] })
    expect(out.candidate.get('recall')?.value).toBe(0.5)
    expect(out.baseline?.get('recall')?.value).toBe(1)
    expect(out.checks.map((c) => [c.id, c.status])).toEqual([['predictions:recall:consistent', 'pass']])
    expect([...out.pairedIntervals.keys()].sort()).toEqual(['accuracy', 'f1', 'precision', 'recall', 'roc_auc'])
  })

  test('no base commit, or no baseline file there: unpaired, and the summary says why', async () => {
    const noBase = await readModelPredictions({
      settings,
      sources: { workspace: source({ 'eval/p.csv': cand }), noBaseReason: 'workflow_dispatch has no base commit' },
      candidate: fileMetrics,
      metricsFile: 'm.json',
    })
    expect(noBase.summary.note).toBe('workflow_dispatch has no base commit: the predictions were not paired')
    expect(noBase.pairedIntervals.size).toBe(0)
    expect(noBase.baseline).toBeUndefined()
    const firstRun = await readModelPredictions({
      settings,
      sources: { workspace: source({ 'eval/p.csv': cand }), base: source({}, { sha }) },
      candidate: fileMetrics,
      metricsFile: 'm.json',
    })
    expect(firstRun.summary.note).toBe('eval/p.csv does not exist at base bbbbbbb (a first run?): the predictions were not paired')
  })

  test('a missing candidate file is an error with the fix', async () => {
    const err = await gateError(
      readModelPredictions({ settings, sources: { workspace: source({}) }, candidate: fileMetrics, metricsFile: 'm.json' }),
    )
    expect(err.problems[0]).toMatchObject({
      file: 'eval/p.csv',
      message: expect.stringMatching(/candidate's predictions file eval\/p\.csv does not exist/),
    })
  })

  test("bad rows name the side: the candidate's file in the workspace, the baseline's at the base commit", async () => {
    const badBase = base.replace('b,1,0.7', 'b,1,7')
    const err = await gateError(
      readModelPredictions({
        settings,
        sources: { workspace: source({ 'eval/p.csv': cand }), base: source({ 'eval/p.csv': badBase }, { sha }) },
        candidate: fileMetrics,
        metricsFile: 'm.json',
      }),
    )
    expect(err.problems).toEqual([
      expect.objectContaining({
        file: 'eval/p.csv',
        line: 4,
        message: expect.stringMatching(/^the baseline's predictions \(eval\/p\.csv at base bbbbbbb\): /),
      }),
    ])
  })

  test('ids that do not join are listed from both files', async () => {
    const err = await gateError(
      readModelPredictions({
        settings,
        sources: {
          workspace: source({ 'eval/p.csv': cand }),
          base: source({ 'eval/p.csv': base.replace('\na,1,0.8', '\nz,1,0.8') }, { sha }),
        },
        candidate: fileMetrics,
        metricsFile: 'm.json',
      }),
    )
    expect(err.problems.map((p) => [p.line, p.message.replace(/^joining candidate and baseline predictions on id: /, '')])).toEqual([
      [2, `id "a" is not in the baseline's eval/p.csv.`],
      [5, `id "z" of the baseline is missing from the candidate's eval/p.csv.`],
    ])
  })
})
