import { runGate, type GateOptions } from '../../src/gate/run.js'
import type { FileSource } from '../../src/sources/source.js'
import type { Check, GateResult } from '../../src/core/types.js'

const BASE_SHA = 'b'.repeat(40)
const HEAD_SHA = 'h'.repeat(40)

function memory(label: string, files: Record<string, string>, sha?: string): FileSource {
  return { label, sha, read: async (path) => files[path], exists: async (path) => path in files }
}

const POLICY = `version: 1
metrics:
  file: eval/metrics.json
gates:
  accuracy:
    min: 0.90
    max_regression: 1%
`
const LOOSE_POLICY = POLICY.replace('min: 0.90', 'min: 0.50')
const metrics = (accuracy: number): string => JSON.stringify({ accuracy })

function options(base: Record<string, string> | undefined, head: Record<string, string>, extra: Partial<GateOptions> = {}): GateOptions {
  return {
    policyPath: '.github/model-gate.yml',
    policySource: 'base',
    base: base ? memory('base', base, BASE_SHA) : undefined,
    workspace: memory('workspace', head, HEAD_SHA),
    headSha: HEAD_SHA,
    now: new Date('2026-11-25T12:00:00Z'),
    ...extra,
  }
}

const checks = (result: GateResult): Check[] => result.evaluations.flatMap((e) => e.checks)
const statusOf = (result: GateResult, id: string): string | undefined => checks(result).find((c) => c.id === id)?.status

describe('runGate: where the policy and the baseline come from', () => {
  test('a change that loosens its own policy is still judged by the base policy, and the loosening is listed', async () => {
    const result = await runGate(
      options(
        { '.github/model-gate.yml': POLICY, 'eval/metrics.json': metrics(0.95) },
        { '.github/model-gate.yml': LOOSE_POLICY, 'eval/metrics.json': metrics(0.6) },
      ),
    )
    expect(result.verdict).toBe('blocked')
    expect(statusOf(result, 'threshold:accuracy:min')).toBe('fail')
    const evaluation = result.evaluations[0]!
    expect(evaluation.policy).toMatchObject({ source: 'base', sha: BASE_SHA })
    expect(evaluation.policyChanges).toEqual([expect.objectContaining({ target: 'accuracy', field: 'min', effect: 'loosens' })])
  })

  test('a change that edits the baseline file cannot move the baseline: the base copy decides', async () => {
    const result = await runGate(
      options(
        { '.github/model-gate.yml': POLICY, 'eval/metrics.json': metrics(0.99) },
        { '.github/model-gate.yml': POLICY, 'eval/metrics.json': metrics(0.95) },
      ),
    )
    const regression = checks(result).find((c) => c.id === 'baseline:accuracy:max_regression')!
    expect(regression).toMatchObject({ status: 'fail', baseline: 0.99, candidate: 0.95 })
    expect(result.evaluations[0]!.baseline).toMatchObject({ source: 'base', sha: BASE_SHA, path: 'eval/metrics.json' })
  })

  test('when the base has no policy yet, the workspace copy is used and the result says so', async () => {
    const result = await runGate(options({}, { '.github/model-gate.yml': POLICY, 'eval/metrics.json': metrics(0.95) }))
    const evaluation = result.evaluations[0]!
    expect(evaluation.policy.source).toBe('workspace')
    expect(evaluation.policy.note).toMatch(/has no policy yet/)
    expect(statusOf(result, 'baseline:accuracy:max_regression')).toBe('not_evaluated')
    expect(result.verdict).toBe('approved')
  })

  test('without a base commit, baseline rules are not evaluated and the reason is given', async () => {
    const result = await runGate(
      options(
        undefined,
        { '.github/model-gate.yml': POLICY, 'eval/metrics.json': metrics(0.95) },
        { noBaseReason: 'A `workflow_dispatch` run has no base commit to compare with' },
      ),
    )
    expect(statusOf(result, 'baseline:accuracy:max_regression')).toBe('not_evaluated')
    expect(result.evaluations[0]!.baseline.note).toMatch(/workflow_dispatch/)
  })

  test('with `baseline.source: file` and no base commit, the baseline file is read from the workspace', async () => {
    const policy = POLICY.replace('gates:', 'baseline:\n  source: file\n  file: eval/prod.json\ngates:')
    const result = await runGate(
      options(undefined, { '.github/model-gate.yml': policy, 'eval/metrics.json': metrics(0.9), 'eval/prod.json': metrics(0.95) }),
    )
    expect(statusOf(result, 'baseline:accuracy:max_regression')).toBe('fail')
    expect(result.evaluations[0]!.baseline).toMatchObject({ source: 'workspace', path: 'eval/prod.json' })
  })

  test('`policy-source: workspace` reads the PR copy and lists no changes', async () => {
    const result = await runGate(
      options(
        { '.github/model-gate.yml': POLICY, 'eval/metrics.json': metrics(0.6) },
        { '.github/model-gate.yml': LOOSE_POLICY, 'eval/metrics.json': metrics(0.6) },
        { policySource: 'workspace' },
      ),
    )
    expect(result.evaluations[0]!.policy.source).toBe('workspace')
    expect(statusOf(result, 'threshold:accuracy:min')).toBe('pass')
  })

  test('a change that breaks the policy file is blocked by a policy check', async () => {
    const result = await runGate(
      options(
        { '.github/model-gate.yml': POLICY, 'eval/metrics.json': metrics(0.95) },
        { '.github/model-gate.yml': POLICY.replace('min: 0.90', 'minimum: 0.90'), 'eval/metrics.json': metrics(0.95) },
      ),
    )
    expect(result.verdict).toBe('blocked')
    expect(checks(result).find((c) => c.kind === 'policy')).toMatchObject({
      status: 'fail',
      location: { file: '.github/model-gate.yml', line: 6 },
    })
  })
})

describe('runGate: a PR copy of the policy that cannot be read', () => {
  test('blocks like an invalid one, and is not mistaken for a deleted policy', async () => {
    const head = memory('workspace', { 'eval/metrics.json': metrics(0.95) }, HEAD_SHA)
    const unreadable: FileSource = {
      ...head,
      read: async (path) => (path === '.github/model-gate.yml' ? Promise.reject(new Error('is not valid UTF-8 text')) : head.read(path)),
    }
    const result = await runGate({
      ...options({ '.github/model-gate.yml': POLICY, 'eval/metrics.json': metrics(0.95) }, {}),
      workspace: unreadable,
    })
    expect(result.verdict).toBe('blocked')
    expect(checks(result).find((c) => c.kind === 'policy')?.message).toMatch(/not valid UTF-8/)
    expect(result.evaluations[0]!.policyChanges).toEqual([])
  })
})

describe('runGate: fails closed', () => {
  test('an invalid policy gives `error` with the file and line', async () => {
    const result = await runGate(
      options({ '.github/model-gate.yml': POLICY.replace('1%', 'five%') }, { 'eval/metrics.json': metrics(0.95) }),
    )
    expect(result.verdict).toBe('error')
    expect(result.evaluations[0]!.problems[0]).toMatchObject({ file: '.github/model-gate.yml', line: 7 })
  })

  test('no policy anywhere gives `error` naming the path', async () => {
    const result = await runGate(options({}, { 'eval/metrics.json': metrics(0.95) }))
    expect(result.verdict).toBe('error')
    expect(result.evaluations[0]!.problems[0]!.message).toMatch(/No policy file at \.github\/model-gate\.yml/)
  })

  test('a missing candidate metrics file gives `error` with a fix', async () => {
    const result = await runGate(options({ '.github/model-gate.yml': POLICY }, {}))
    expect(result.verdict).toBe('error')
    expect(result.evaluations[0]!.problems[0]).toMatchObject({ file: 'eval/metrics.json', fix: expect.stringMatching(/evaluation step/) })
  })

  test('an unreadable candidate metrics file gives `error` with its line', async () => {
    const result = await runGate(options({ '.github/model-gate.yml': POLICY }, { 'eval/metrics.json': '{\n  "accuracy": 0.9,\n}' }))
    expect(result.verdict).toBe('error')
    expect(result.evaluations[0]!.problems[0]).toMatchObject({ file: 'eval/metrics.json', line: 3 })
  })

  test('a source that cannot be read gives `error`, never approval', async () => {
    const broken: FileSource = {
      label: 'base',
      sha: BASE_SHA,
      read: async () => Promise.reject(new Error('API unreachable')),
      exists: async () => Promise.reject(new Error('API unreachable')),
    }
    const result = await runGate({ ...options(undefined, { 'eval/metrics.json': metrics(0.95) }), base: broken })
    expect(result.verdict).toBe('error')
    expect(result.evaluations[0]!.problems[0]!.message).toMatch(/API unreachable/)
  })

  test('the `mode` override applies to errors too', async () => {
    const result = await runGate(options({}, {}, { mode: 'advisory' }))
    expect(result).toMatchObject({ verdict: 'error', mode: 'advisory' })
  })
})

describe('runGate: models and declarations', () => {
  const MULTI = `version: 1
mode: advisory
models:
  fraud:
    metrics: { file: fraud/metrics.json }
    gates: { auc: { min: 0.9 } }
  churn:
    metrics: { file: churn/metrics.json }
    gates: { auc: { min: 0.8 } }
`
  const files = { '.github/model-gate.yml': MULTI, 'fraud/metrics.json': '{"auc": 0.95}', 'churn/metrics.json': '{"auc": 0.7}' }

  test('all models are gated by default and the verdict combines them', async () => {
    const result = await runGate(options(files, files))
    expect(result.modelKey).toBe('all')
    expect(result.evaluations.map((e) => [e.model, e.verdict])).toEqual([
      ['fraud', 'approved'],
      ['churn', 'blocked'],
    ])
    expect(result).toMatchObject({ verdict: 'blocked', mode: 'advisory' })
  })

  test('`model` gates one model only', async () => {
    const result = await runGate(options(files, files, { model: 'fraud' }))
    expect(result.modelKey).toBe('fraud')
    expect(result.evaluations).toHaveLength(1)
    expect(result.verdict).toBe('approved')
  })

  test('an unknown `model` is an error listing the defined ones', async () => {
    const result = await runGate(options(files, files, { model: 'fruad' }))
    expect(result.verdict).toBe('error')
    expect(result.evaluations[0]!.problems[0]!.message).toMatch(/fraud, churn/)
  })

  test('declarations are read from the workspace and a missing section blocks', async () => {
    const policy = POLICY + 'declarations:\n  file: MODEL_CARD.md\n  require: [privacy, ownership]\n'
    const card = '---\nprivacy:\n  personal_data: false\n---\n# Card\n'
    const result = await runGate(
      options({ '.github/model-gate.yml': policy }, { 'eval/metrics.json': metrics(0.95), 'MODEL_CARD.md': card }),
    )
    expect(statusOf(result, 'declaration:privacy')).toBe('pass')
    const ownership = checks(result).filter((c) => c.id.startsWith('declaration:ownership'))
    expect(ownership.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(
      expect.arrayContaining(['declaration:ownership.owners', 'declaration:ownership.on_call']),
    )
    expect(ownership.every((c) => c.location?.file === 'MODEL_CARD.md')).toBe(true)
    expect(result.evaluations[0]!.declarations).toMatchObject({ file: 'MODEL_CARD.md', personalData: false })
    expect(result.verdict).toBe('blocked')
  })

  test("the repository's schema (`declarations.schema`, read at the base) is compiled and applied", async () => {
    const policy = POLICY + 'declarations:\n  file: MODEL_CARD.md\n  require: [privacy]\n  schema: .github/card.schema.json\n'
    const schema = JSON.stringify({ type: 'object', required: ['datasets'] })
    const card = '---\nprivacy:\n  personal_data: false\n---\n# Card\n'
    const workspace = { 'eval/metrics.json': metrics(0.95), 'MODEL_CARD.md': card }
    const failed = await runGate(options({ '.github/model-gate.yml': policy, '.github/card.schema.json': schema }, workspace))
    const own = checks(failed).filter((c) => c.id.startsWith('declaration:') && c.id.endsWith(':schema'))
    expect(own.map((c) => c.status)).toEqual(['fail'])
    expect(JSON.stringify(own)).toMatch(/datasets/)
    const passed = await runGate(
      options(
        { '.github/model-gate.yml': policy, '.github/card.schema.json': schema },
        { ...workspace, 'MODEL_CARD.md': card.replace('---\n#', 'datasets: [holdout]\n---\n#') },
      ),
    )
    expect(
      checks(passed)
        .filter((c) => c.id.startsWith('declaration:') && c.id.endsWith(':schema'))
        .map((c) => c.status),
    ).toEqual(['pass'])
  })
})
