import type { DeclarationSettings, ModelPolicy, Policy, PolicyChange } from '../../src/core/types.js'
import { diffPolicies } from '../../src/core/policy-diff.js'
import { gate, model, policy, type GateSpec } from './fixtures.js'

const pct = (percent: number) => ({ kind: 'relative' as const, percent })
const abs = (value: number) => ({ kind: 'absolute' as const, value })

type Row = [string, GateSpec, GateSpec, PolicyChange['effect'], string]

describe('diffPolicies: gate rules loosened, tightened or changed', () => {
  test.each<Row>([
    ['min lowered loosens', { min: 0.9 }, { min: 0.8 }, 'loosens', '`accuracy`: min lowered from 0.9 to 0.8'],
    ['min raised tightens', { min: 0.8 }, { min: 0.9 }, 'tightens', '`accuracy`: min raised from 0.8 to 0.9'],
    ['min removed loosens', { min: 0.9 }, {}, 'loosens', '`accuracy`: min removed (was 0.9)'],
    ['min added tightens', {}, { min: 0.95 }, 'tightens', '`accuracy`: min added (0.95)'],
    ['max raised loosens', { max: 120 }, { max: 150 }, 'loosens', '`accuracy`: max raised from 120 to 150'],
    ['max lowered tightens', { max: 120 }, { max: 100 }, 'tightens', '`accuracy`: max lowered from 120 to 100'],
    ['max removed loosens', { max: 120 }, {}, 'loosens', '`accuracy`: max removed (was 120)'],
    ['max added tightens', {}, { max: 120 }, 'tightens', '`accuracy`: max added (120)'],
    [
      'max_regression increased loosens',
      { max_regression: pct(1) },
      { max_regression: pct(2) },
      'loosens',
      '`accuracy`: max_regression raised from 1% to 2%',
    ],
    [
      'max_regression decreased tightens',
      { max_regression: abs(0.02) },
      { max_regression: abs(0.01) },
      'tightens',
      '`accuracy`: max_regression lowered from 0.02 to 0.01',
    ],
    ['max_regression removed loosens', { max_regression: pct(1) }, {}, 'loosens', '`accuracy`: max_regression removed (was 1%)'],
    ['max_regression added tightens', {}, { max_regression: pct(0.5) }, 'tightens', '`accuracy`: max_regression added (0.5%)'],
    [
      'max_regression % → absolute changes',
      { max_regression: pct(1) },
      { max_regression: abs(0.01) },
      'changes',
      '`accuracy`: max_regression changed from 1% to 0.01',
    ],
    [
      'min_improvement decreased loosens',
      { min_improvement: pct(2) },
      { min_improvement: pct(1) },
      'loosens',
      '`accuracy`: min_improvement lowered from 2% to 1%',
    ],
    [
      'min_improvement increased tightens',
      { min_improvement: abs(1) },
      { min_improvement: abs(2) },
      'tightens',
      '`accuracy`: min_improvement raised from 1 to 2',
    ],
    ['min_improvement removed loosens', { min_improvement: abs(1) }, {}, 'loosens', '`accuracy`: min_improvement removed (was 1)'],
    ['min_improvement added tightens', {}, { min_improvement: pct(1) }, 'tightens', '`accuracy`: min_improvement added (1%)'],
    [
      'min_improvement absolute → % changes',
      { min_improvement: abs(1) },
      { min_improvement: pct(1) },
      'changes',
      '`accuracy`: min_improvement changed from 1 to 1%',
    ],
    [
      'max_improvement raised loosens',
      { max_improvement: pct(10) },
      { max_improvement: pct(20) },
      'loosens',
      '`accuracy`: max_improvement raised from 10% to 20%',
    ],
    [
      'max_improvement lowered tightens',
      { max_improvement: abs(0.1) },
      { max_improvement: abs(0.05) },
      'tightens',
      '`accuracy`: max_improvement lowered from 0.1 to 0.05',
    ],
    ['max_improvement removed loosens', { max_improvement: pct(10) }, {}, 'loosens', '`accuracy`: max_improvement removed (was 10%)'],
    ['max_improvement added tightens', {}, { max_improvement: pct(10) }, 'tightens', '`accuracy`: max_improvement added (10%)'],
    [
      'max_improvement % → absolute changes',
      { max_improvement: pct(10) },
      { max_improvement: abs(0.1) },
      'changes',
      '`accuracy`: max_improvement changed from 10% to 0.1',
    ],
    [
      'severity block → warn loosens',
      { severity: 'block' },
      { severity: 'warn' },
      'loosens',
      '`accuracy`: severity changed from block to warn',
    ],
    [
      'severity warn → block tightens',
      { severity: 'warn' },
      { severity: 'block' },
      'tightens',
      '`accuracy`: severity changed from warn to block',
    ],
    [
      'required true → false loosens',
      { required: true },
      { required: false },
      'loosens',
      '`accuracy`: required changed from true to false',
    ],
    [
      'required false → true tightens',
      { required: false },
      { required: true },
      'tightens',
      '`accuracy`: required changed from false to true',
    ],
    ['better changed changes', { better: 'higher' }, { better: 'lower' }, 'changes', '`accuracy`: better changed from higher to lower'],
  ])('%s', (_name, from, to, effect, description) => {
    const changes = diffPolicies(policy([model([gate('accuracy', from)])]), policy([model([gate('accuracy', to)])]))
    expect(changes).toEqual([expect.objectContaining({ target: 'accuracy', effect, description })])
  })

  test('from and to carry the policy values', () => {
    const [lowered] = diffPolicies(policy([model([gate('a', { min: 0.9 })])]), policy([model([gate('a', { min: 0.8 })])]))
    expect(lowered).toEqual({
      target: 'a',
      field: 'min',
      from: 0.9,
      to: 0.8,
      effect: 'loosens',
      words: 'min lowered from 0.9 to 0.8',
      description: '`a`: min lowered from 0.9 to 0.8',
    })
    const [regression] = diffPolicies(
      policy([model([gate('a', { max_regression: pct(1) })])]),
      policy([model([gate('a', { max_regression: pct(2) })])]),
    )
    expect(regression).toMatchObject({ field: 'max_regression', from: '1%', to: '2%' })
  })

  test('identical policies and changed descriptions give no changes', () => {
    const p = policy([model([gate('a', { min: 0.9, max_regression: pct(1), description: 'old' })])])
    const q = policy([model([gate('a', { min: 0.9, max_regression: pct(1), description: 'new' })])])
    expect(diffPolicies(p, q)).toEqual([])
  })

  test('a removed gate loosens, an added gate tightens, in base then head order', () => {
    const changes = diffPolicies(
      policy([model([gate('accuracy', { min: 0.9 }), gate('slices.*.recall', { min: 0.8 })])]),
      policy([model([gate('accuracy', { min: 0.9 }), gate('f1', { min: 0.5 })])]),
    )
    expect(changes.map((c) => [c.target, c.field, c.effect, c.description])).toEqual([
      ['slices.*.recall', 'gate', 'loosens', '`slices.*.recall`: gate removed'],
      ['f1', 'gate', 'tightens', '`f1`: gate added'],
    ])
  })

  test('several changes to one gate are each listed', () => {
    const changes = diffPolicies(
      policy([model([gate('a', { min: 0.9, severity: 'block' })])]),
      policy([model([gate('a', { min: 0.95, severity: 'warn' })])]),
    )
    expect(changes.map((c) => [c.field, c.effect])).toEqual([
      ['min', 'tightens'],
      ['severity', 'loosens'],
    ])
  })
})

describe('diffPolicies: top-level settings', () => {
  const base = model([], {
    declarations: { file: 'MODEL_CARD.md', require: ['privacy', 'ownership'] },
  })
  type SettingRow = [string, Partial<Policy>, Partial<ModelPolicy>, string, PolicyChange['effect'], string]
  test.each<SettingRow>([
    ['mode enforce → advisory loosens', { mode: 'advisory' }, {}, 'mode', 'loosens', '`mode`: changed from enforce to advisory'],
    [
      'baseline.missing fail → warn loosens',
      {},
      { baseline: { source: 'base', file: 'eval/metrics.json', missing: 'warn' } },
      'baseline.missing',
      'loosens',
      '`baseline.missing`: changed from fail to warn',
    ],
    [
      'baseline.source → none loosens',
      {},
      { baseline: { source: 'none', file: 'eval/metrics.json', missing: 'fail' } },
      'baseline.source',
      'loosens',
      '`baseline.source`: changed from base to none',
    ],
    [
      'baseline.source base → file changes',
      {},
      { baseline: { source: 'file', file: 'eval/baseline.json', missing: 'fail' } },
      'baseline.source',
      'changes',
      '`baseline.source`: changed from base to file',
    ],
    [
      'metrics.file changed changes',
      {},
      { metricsFile: 'out/metrics.json' },
      'metrics.file',
      'changes',
      '`metrics.file`: changed from eval/metrics.json to out/metrics.json',
    ],
    [
      'declarations removed loosens',
      {},
      { declarations: undefined },
      'declarations',
      'loosens',
      '`declarations`: removed (was MODEL_CARD.md)',
    ],
    [
      'declarations file changed changes',
      {},
      { declarations: { file: 'card.yml', require: ['privacy', 'ownership'] } },
      'declarations.file',
      'changes',
      '`declarations.file`: changed from MODEL_CARD.md to card.yml',
    ],
    [
      'required section dropped loosens',
      {},
      { declarations: { file: 'MODEL_CARD.md', require: ['privacy'] } },
      'declarations.require',
      'loosens',
      '`declarations.require`: no longer requires ownership',
    ],
    [
      'required section added tightens',
      {},
      { declarations: { file: 'MODEL_CARD.md', require: ['privacy', 'ownership', 'safety'] } },
      'declarations.require',
      'tightens',
      '`declarations.require`: now also requires safety',
    ],
  ])('%s', (_name, policyOver, modelOver, target, effect, description) => {
    const from = policy([{ ...base, baseline: { ...base.baseline, missing: 'fail' } }])
    const to = policy([{ ...base, baseline: { ...base.baseline, missing: 'fail' }, ...modelOver }], policyOver)
    expect(diffPolicies(from, to)).toEqual([expect.objectContaining({ target, effect, description })])
  })

  test.each<[string, Partial<Policy>, Partial<ModelPolicy>, Partial<Policy>, Partial<ModelPolicy>, string, PolicyChange['effect']]>([
    ['mode advisory → enforce tightens', { mode: 'advisory' }, {}, {}, {}, 'mode', 'tightens'],
    [
      'baseline.missing warn → fail tightens',
      {},
      {},
      {},
      { baseline: { source: 'base', file: 'eval/metrics.json', missing: 'fail' } },
      'baseline.missing',
      'tightens',
    ],
    [
      'baseline.source none → base tightens',
      {},
      { baseline: { source: 'none', file: 'eval/metrics.json', missing: 'warn' } },
      {},
      {},
      'baseline.source',
      'tightens',
    ],
    [
      'baseline.file changed changes',
      {},
      { baseline: { source: 'file', file: 'a.json', missing: 'warn' } },
      {},
      { baseline: { source: 'file', file: 'b.json', missing: 'warn' } },
      'baseline.file',
      'changes',
    ],
    [
      'declarations added tightens',
      {},
      {},
      {},
      { declarations: { file: 'MODEL_CARD.md', require: ['privacy'] } },
      'declarations',
      'tightens',
    ],
  ])('%s', (_name, fromPolicy, fromModel, toPolicy, toModel, target, effect) => {
    const changes = diffPolicies(policy([model([], fromModel)], fromPolicy), policy([model([], toModel)], toPolicy))
    expect(changes).toEqual([expect.objectContaining({ target, effect })])
  })
})

describe('diffPolicies: declaration settings', () => {
  const card = (over: Partial<DeclarationSettings> = {}): DeclarationSettings => ({
    file: 'MODEL_CARD.md',
    require: ['privacy', 'ownership'],
    ...over,
  })
  const diff = (from: DeclarationSettings, to: DeclarationSettings): PolicyChange[] =>
    diffPolicies(policy([model([], { declarations: from })]), policy([model([], { declarations: to })]))

  type DeclarationRow = [string, Partial<DeclarationSettings>, Partial<DeclarationSettings>, string, PolicyChange['effect'], string]
  test.each<DeclarationRow>([
    [
      'codeowners true → false loosens',
      { codeowners: true },
      {},
      'declarations.codeowners',
      'loosens',
      '`declarations.codeowners`: changed from true to false: owner handles no longer need to appear in CODEOWNERS',
    ],
    [
      'codeowners false → true tightens',
      { codeowners: false },
      { codeowners: true },
      'declarations.codeowners',
      'tightens',
      '`declarations.codeowners`: changed from false to true: owner handles must now appear in CODEOWNERS',
    ],
    [
      'max_review_age_days raised loosens',
      { maxReviewAgeDays: 180 },
      { maxReviewAgeDays: 365 },
      'declarations.max_review_age_days',
      'loosens',
      '`declarations.max_review_age_days`: raised from 180 days to 365 days',
    ],
    [
      'max_review_age_days removed loosens',
      { maxReviewAgeDays: 180 },
      {},
      'declarations.max_review_age_days',
      'loosens',
      '`declarations.max_review_age_days`: removed (was 180 days)',
    ],
    [
      'max_review_age_days lowered tightens',
      { maxReviewAgeDays: 365 },
      { maxReviewAgeDays: 90 },
      'declarations.max_review_age_days',
      'tightens',
      '`declarations.max_review_age_days`: lowered from 365 days to 90 days',
    ],
    [
      'max_review_age_days added tightens',
      {},
      { maxReviewAgeDays: 1 },
      'declarations.max_review_age_days',
      'tightens',
      '`declarations.max_review_age_days`: added (1 day)',
    ],
    [
      'schema removed loosens',
      { schema: 'governance/card.schema.json' },
      {},
      'declarations.schema',
      'loosens',
      '`declarations.schema`: removed (was governance/card.schema.json)',
    ],
    [
      'schema added tightens',
      {},
      { schema: 'governance/card.schema.json' },
      'declarations.schema',
      'tightens',
      '`declarations.schema`: added (governance/card.schema.json)',
    ],
    [
      'schema moved changes',
      { schema: 'a.schema.json' },
      { schema: 'b.schema.json' },
      'declarations.schema',
      'changes',
      '`declarations.schema`: changed from a.schema.json to b.schema.json',
    ],
    [
      'a required field dropped loosens',
      { require: ['privacy', 'ownership.on_call'] },
      { require: ['privacy'] },
      'declarations.require',
      'loosens',
      '`declarations.require`: no longer requires ownership.on_call',
    ],
    [
      'governance required tightens',
      {},
      { require: ['privacy', 'ownership', 'governance'] },
      'declarations.require',
      'tightens',
      '`declarations.require`: now also requires governance',
    ],
  ])('%s', (_name, from, to, target, effect, description) => {
    expect(diff(card(from), card(to))).toEqual([expect.objectContaining({ target, effect, description })])
  })

  test('from and to carry the policy values', () => {
    expect(diff(card({ maxReviewAgeDays: 180, codeowners: true }), card({ maxReviewAgeDays: 365 }))).toEqual([
      expect.objectContaining({ field: 'max_review_age_days', from: 180, to: 365 }),
      expect.objectContaining({ field: 'codeowners', from: true, to: false }),
    ])
  })

  test('codeowners absent and false are the same; unchanged settings give no changes', () => {
    expect(diff(card({ codeowners: false }), card())).toEqual([])
    const strict = card({ schema: 's.json', maxReviewAgeDays: 90, codeowners: true, require: ['governance'] })
    expect(diff(strict, { ...strict, require: ['governance'] })).toEqual([])
  })

  test('several loosenings at once are each listed', () => {
    const changes = diff(
      card({ require: ['privacy', 'ownership', 'governance'], schema: 's.json', maxReviewAgeDays: 90, codeowners: true }),
      card(),
    )
    expect(changes.map((c) => [c.target, c.effect])).toEqual([
      ['declarations.require', 'loosens'],
      ['declarations.schema', 'loosens'],
      ['declarations.max_review_age_days', 'loosens'],
      ['declarations.codeowners', 'loosens'],
    ])
  })

  test('in a multi-model policy the target names the model', () => {
    const from = policy([model([], { name: 'fraud', declarations: card({ codeowners: true }) })], { multiModel: true })
    const to = policy([model([], { name: 'fraud', declarations: card() })], { multiModel: true })
    expect(diffPolicies(from, to)).toEqual([expect.objectContaining({ target: 'fraud/declarations.codeowners', effect: 'loosens' })])
  })
})

describe('diffPolicies: multi-model policies', () => {
  const fraud = model([gate('recall', { min: 0.8 })], { name: 'fraud' })
  const churn = model([gate('auc', { min: 0.7 })], { name: 'churn' })

  test('targets are prefixed with the model name', () => {
    const changes = diffPolicies(
      policy([fraud, churn], { multiModel: true }),
      policy([{ ...fraud, gates: [gate('recall', { min: 0.75 })], baseline: { ...fraud.baseline, source: 'none' } }, churn], {
        multiModel: true,
      }),
    )
    expect(changes.map((c) => [c.target, c.effect, c.description])).toEqual([
      ['fraud/baseline.source', 'loosens', '`fraud/baseline.source`: changed from base to none'],
      ['fraud/recall', 'loosens', '`fraud/recall`: min lowered from 0.8 to 0.75'],
    ])
  })

  test('a removed model loosens, an added model tightens', () => {
    const ranking = model([], { name: 'ranking' })
    const changes = diffPolicies(policy([fraud, churn], { multiModel: true }), policy([fraud, ranking], { multiModel: true }))
    expect(changes.map((c) => [c.target, c.field, c.effect])).toEqual([
      ['churn', 'model', 'loosens'],
      ['ranking', 'model', 'tightens'],
    ])
  })
})
