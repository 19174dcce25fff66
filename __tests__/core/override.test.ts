import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import {
  decideOverride,
  failingChecks,
  MAX_REASON_LENGTH,
  MAX_WAIVED_CHECKS,
  parseApprover,
  parseOverrideCommand,
  type FailingCheck,
  type Fact,
  type OverrideFacts,
  type OverrideInput,
  type OverridePolicy,
  type OverrideRecord,
} from '../../src/core/override.js'
import type { Check, Evaluation, GateResult, Policy } from '../../src/core/types.js'

const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const LATER = 'ffffeeee00001111222233334444555566667777'
const LABEL = 'model-gate/override'
const T1 = '2025-03-01T10:00:00Z'
const T2 = '2025-03-02T10:00:00Z'

const known = <T>(value: T): Fact<T> => ({ known: true, value })
const unknown = (why: string): Fact<never> => ({ known: false, why })

const POLICY: OverridePolicy = { label: LABEL, approvers: ['@acme/ml-leads', 'dana'], requireReason: true, allowSelf: false }
const ACC: FailingCheck = { model: 'default', id: 'threshold:accuracy:min', metric: 'accuracy', value: 0.81, better: 'higher' }
const LAT: FailingCheck = { model: 'default', id: 'threshold:latency_ms:max', metric: 'latency_ms', value: 130, better: 'lower' }
const CARD: FailingCheck = { model: 'default', id: 'declaration:privacy.legal_basis', value: null }

/** Facts for a PR by `erin` labelled by `actor` at T1, with a reason comment by the actor. */
function facts(actor: string, over: Partial<OverrideFacts> = {}): OverrideFacts {
  return {
    labelled: known(true),
    event: known({ action: 'labeled', actor, at: T1 }),
    author: known('erin'),
    actor: { teams: {} },
    reason: known({ id: 900, text: 'accepted for the Q3 launch, see INC-42', at: T1 }),
    previous: known(undefined),
    ...over,
  }
}

function input(over: Partial<OverrideInput> & { facts: OverrideFacts }): OverrideInput {
  return { policy: POLICY, verdict: 'blocked', failing: [ACC], headSha: HEAD, ...over }
}

const record = (over: Partial<OverrideRecord> = {}): OverrideRecord => ({
  by: 'dana',
  at: T1,
  authority: 'listed in approvers',
  reason: 'accepted for the Q3 launch, see INC-42',
  reasonCommentId: 900,
  waived: [{ model: 'default', id: ACC.id, metric: 'accuracy', value: 0.81 }],
  headSha: HEAD,
  ...over,
})

describe('decideOverride: the acceptance scenarios', () => {
  const member = { teams: { '@acme/ml-leads': known(true) } }
  const cases: Array<{ name: string; in: OverrideInput; state: string; verdict: string; words: RegExp; warnings?: number }> = [
    {
      name: 'an approver listed by login',
      in: input({ facts: facts('dana') }),
      state: 'granted',
      verdict: 'approved',
      words:
        /dana \(listed in approvers\) overrode the gate at a1b2c3d — reason: accepted for the Q3 launch, see INC-42; 1 failing check is waived/,
    },
    {
      name: 'a login matches case-insensitively',
      in: input({ facts: facts('DANA') }),
      state: 'granted',
      verdict: 'approved',
      words: /DANA \(listed in approvers\)/,
    },
    {
      name: 'a member of a listed team',
      in: input({ facts: facts('sam', { actor: member }) }),
      state: 'granted',
      verdict: 'approved',
      words: /sam \(member of @acme\/ml-leads\)/,
    },
    {
      name: 'a maintainer, approvers omitted',
      in: input({
        policy: { ...POLICY, approvers: undefined },
        facts: facts('max', { actor: { teams: {}, permission: known('maintain') } }),
      }),
      state: 'granted',
      verdict: 'approved',
      words: /max \(maintain on the repository\)/,
    },
    {
      name: 'an admin, approvers omitted',
      in: input({ policy: { ...POLICY, approvers: undefined }, facts: facts('ada', { actor: { teams: {}, permission: known('admin') } }) }),
      state: 'granted',
      verdict: 'approved',
      words: /ada \(admin on the repository\)/,
    },
    {
      name: 'a writer, approvers omitted',
      in: input({ policy: { ...POLICY, approvers: undefined }, facts: facts('wes', { actor: { teams: {}, permission: known('write') } }) }),
      state: 'refused',
      verdict: 'blocked',
      words:
        /wes applied the `model-gate\/override` label, which does not count: wes has the write role on the repository; only maintain or admin may override/,
    },
    {
      name: 'an unauthorised label',
      in: input({ facts: facts('mallory', { actor: { teams: { '@acme/ml-leads': known(false) } } }) }),
      state: 'refused',
      verdict: 'blocked',
      words:
        /mallory applied the `model-gate\/override` label, which does not count: mallory is not among the approvers \(@acme\/ml-leads, dana\)/,
    },
    {
      name: 'a pending team invitation is not membership',
      in: input({ facts: facts('pat', { actor: { teams: { '@acme/ml-leads': known(false) } } }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /pat is not among the approvers/,
    },
    {
      name: 'the author approving their own',
      in: input({ facts: facts('dana', { author: known('dana') }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /dana applied the .* to their own pull request, which does not count: .*allow_self: false/,
    },
    {
      name: 'the author, allow_self: true',
      in: input({ policy: { ...POLICY, allowSelf: true }, facts: facts('dana', { author: known('dana') }) }),
      state: 'granted',
      verdict: 'approved',
      words: /dana \(listed in approvers\) overrode/,
    },
    {
      name: 'a missing reason',
      in: input({ facts: facts('dana', { reason: known(undefined) }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /requires a reason and dana has not commented `\/model-gate override <reason>`/,
    },
    {
      name: 'an empty reason',
      in: input({ facts: facts('dana', { reason: known({ id: 901, text: '', at: T1 }) }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /dana's latest `\/model-gate override` comment gives no reason/,
    },
    {
      name: 'no reason needed',
      in: input({ policy: { ...POLICY, requireReason: false }, facts: facts('dana', { reason: known(undefined) }) }),
      state: 'granted',
      verdict: 'approved',
      words: /^dana \(listed in approvers\) overrode the gate at a1b2c3d; 1 failing check is waived\.$/,
    },
    {
      name: 'an error verdict',
      in: input({ verdict: 'error', failing: [], facts: facts('dana') }),
      state: 'refused',
      verdict: 'error',
      words: /an error can never be overridden/,
    },
    {
      name: 'no label',
      in: input({ facts: facts('dana', { labelled: known(false) }) }),
      state: 'absent',
      verdict: 'blocked',
      words: /does not carry the `model-gate\/override` label/,
    },
    {
      name: 'label present, latest event unlabeled',
      in: input({ facts: facts('dana', { event: known({ action: 'unlabeled', actor: 'dana', at: T2 }) }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /issue events do not show who applied it/,
    },
    {
      name: 'label present, no event at all',
      in: input({ facts: facts('dana', { event: known(undefined) }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /do not show who applied it/,
    },
    {
      name: 'approved anyway: granted, nothing waived',
      in: input({ verdict: 'approved', failing: [], facts: facts('dana') }),
      state: 'granted',
      verdict: 'approved',
      words: /no check fails now/,
    },
    {
      name: 'team membership could not be verified',
      in: input({ facts: facts('sam', { actor: { teams: { '@acme/ml-leads': unknown('reading the team failed (404: Not Found)') } } }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /could not verify whether sam is in the approving teams \(@acme\/ml-leads: reading the team failed \(404: Not Found\)\)/,
      warnings: 1,
    },
    {
      name: 'a team not asked',
      in: input({ facts: facts('sam') }),
      state: 'refused',
      verdict: 'blocked',
      words: /@acme\/ml-leads: not asked/,
      warnings: 1,
    },
    {
      name: 'permission could not be verified',
      in: input({ policy: { ...POLICY, approvers: undefined }, facts: facts('max', { actor: { teams: {}, permission: unknown('403') } }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /could not verify max's permission on the repository \(403\)/,
      warnings: 1,
    },
    {
      name: 'labels could not be read',
      in: input({ facts: { labelled: unknown('403: Resource not accessible') } }),
      state: 'refused',
      verdict: 'blocked',
      words: /could not verify whether the pull request carries the label/,
      warnings: 1,
    },
    {
      name: 'events could not be read',
      in: input({ facts: facts('dana', { event: unknown('403') }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /could not verify who applied the label/,
      warnings: 1,
    },
    {
      name: 'the author could not be read',
      in: input({ facts: facts('dana', { author: unknown('404') }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /could not verify the pull request's author/,
      warnings: 1,
    },
    {
      name: 'comments unreadable, reason required',
      in: input({ facts: facts('dana', { reason: unknown('403'), previous: unknown('403') }) }),
      state: 'refused',
      verdict: 'blocked',
      words: /could not verify dana's reason/,
      warnings: 1,
    },
    {
      name: 'comments unreadable, reason optional',
      in: input({
        policy: { ...POLICY, requireReason: false },
        facts: facts('dana', { reason: unknown('403'), previous: unknown('403') }),
      }),
      state: 'refused',
      verdict: 'blocked',
      words: /could not verify the earlier override record/,
      warnings: 1,
    },
    {
      name: 'an error verdict stays error whatever fails',
      in: input({ verdict: 'error', failing: [ACC], facts: facts('dana') }),
      state: 'refused',
      verdict: 'error',
      words: /never be overridden/,
    },
  ]
  test.each(cases)('$name', ({ in: given, state, verdict, words, warnings }) => {
    const out = decideOverride(given)
    expect(out.state).toBe(state)
    expect(out.verdict).toBe(verdict)
    expect(out.overridden).toBe(given.verdict === 'blocked' && verdict === 'approved')
    expect(out.explanation).toMatch(words)
    expect(out.warnings).toHaveLength(warnings ?? 0)
    if (state === 'granted') expect(out.record).toBeDefined()
    if (state === 'refused' || state === 'absent') expect(out.record).toBeUndefined()
  })

  test('the record names who, when, why, what and the head commit', () => {
    const out = decideOverride(input({ failing: [ACC, CARD], facts: facts('sam', { actor: member }) }))
    expect(out.record).toEqual({
      by: 'sam',
      at: T1,
      authority: 'member of @acme/ml-leads',
      reason: 'accepted for the Q3 launch, see INC-42',
      reasonCommentId: 900,
      waived: [
        { model: 'default', id: ACC.id, metric: 'accuracy', value: 0.81 },
        { model: 'default', id: CARD.id, value: null },
      ],
      headSha: HEAD,
    })
    expect(out.explanation).toMatch(/2 failing checks are waived/)
  })
})

describe('decideOverride: an override is for one change', () => {
  const later = (failing: FailingCheck[], previous = record(), over: Partial<OverrideFacts> = {}) =>
    decideOverride(input({ failing, headSha: LATER, facts: facts('dana', { previous: known(previous), ...over }) }))

  test.each([
    { name: 'the same failure, the same value', failing: [ACC], state: 'granted', news: [] },
    { name: 'the waived metric improved but still fails', failing: [{ ...ACC, value: 0.85 }], state: 'granted', news: [] },
    { name: 'the waived failure is fixed', failing: [], state: 'granted', news: [] },
    { name: 'rounding noise is not a worsening', failing: [{ ...ACC, value: 0.81 - 1e-17 }], state: 'granted', news: [] },
    {
      name: 'the waived metric dropped further',
      failing: [{ ...ACC, value: 0.79 }],
      state: 'exceeded',
      news: [{ id: ACC.id, why: 'worse', waivedValue: 0.81, value: 0.79 }],
    },
    { name: 'a new failure', failing: [ACC, LAT], state: 'exceeded', news: [{ id: LAT.id, why: 'new', value: 130 }] },
    {
      name: 'a new failure and a worsening',
      failing: [{ ...ACC, value: 0.7 }, LAT],
      state: 'exceeded',
      news: [
        { id: ACC.id, why: 'worse' },
        { id: LAT.id, why: 'new' },
      ],
    },
    {
      name: 'a waived value became missing',
      failing: [{ ...ACC, value: null }],
      state: 'exceeded',
      news: [{ id: ACC.id, why: 'worse', waivedValue: 0.81, value: null }],
    },
    {
      name: 'direction unknown: any change counts',
      failing: [{ ...ACC, better: undefined, value: 0.9 }],
      state: 'exceeded',
      news: [{ id: ACC.id, why: 'worse' }],
    },
    {
      name: 'the same check id of another model is new',
      failing: [ACC, { ...ACC, model: 'fraud' }],
      state: 'exceeded',
      news: [{ model: 'fraud', id: ACC.id, why: 'new' }],
    },
  ])('$name', ({ failing, state, news }) => {
    const out = later(failing)
    expect(out.state).toBe(state)
    expect(out.verdict).toBe(state === 'granted' ? (failing.length ? 'approved' : 'blocked') : 'blocked')
    expect(out.newFailures).toEqual(news.map((n) => expect.objectContaining(n)))
    expect(out.record).toEqual(record())
  })

  test('a lower-is-better metric that rose further is worse; one that fell is not', () => {
    const previous = record({ waived: [{ model: 'default', id: LAT.id, metric: 'latency_ms', value: 130 }] })
    expect(later([{ ...LAT, value: 131 }], previous).state).toBe('exceeded')
    expect(later([{ ...LAT, value: 125 }], previous).state).toBe('granted')
  })

  test('the comment says which check is new, and how to re-approve', () => {
    const out = later([{ ...ACC, value: 0.7 }, LAT])
    expect(out.explanation).toBe(
      'dana (listed in approvers) overrode the gate at a1b2c3d, but the override does not cover 2 failures since: ' +
        'threshold:accuracy:min got worse (0.81 when waived, 0.7 now); threshold:latency_ms:max is a new failure. ' +
        'Someone allowed to override must re-approve (re-apply the label, or comment `/model-gate override <reason>` again).',
    )
  })

  test.each([
    { name: 'the label re-applied (a newer labeled event)', over: { event: known({ action: 'labeled' as const, actor: 'dana', at: T2 }) } },
    {
      name: 'a newer /model-gate override comment',
      over: { reason: known({ id: 950, text: 'still fine: latency is a known regression', at: T2 }) },
    },
    {
      name: 're-applied by someone else',
      over: {
        event: known({ action: 'labeled' as const, actor: 'sam', at: T2 }),
        actor: { teams: { '@acme/ml-leads': known(true) } },
        reason: known({ id: 951, text: 'ok', at: T2 }),
      },
    },
  ])('re-approval waives the failures as they stand: $name', ({ over }) => {
    const out = later([{ ...ACC, value: 0.7 }, LAT], record(), over)
    expect(out.state).toBe('granted')
    expect(out.verdict).toBe('approved')
    expect(out.record?.headSha).toBe(LATER)
    expect(out.record?.waived.map((w) => [w.id, w.value])).toEqual([
      [ACC.id, 0.7],
      [LAT.id, 130],
    ])
  })

  test('re-applied by someone not allowed: refused, the earlier record does not carry over', () => {
    const out = later([ACC], record(), {
      event: known({ action: 'labeled', actor: 'mallory', at: T2 }),
      actor: { teams: { '@acme/ml-leads': known(false) } },
    })
    expect(out.state).toBe('refused')
    expect(out.verdict).toBe('blocked')
    expect(out.explanation).toMatch(/^mallory applied/)
  })

  test('applied and removed again: the PR no longer carries it', () => {
    const out = later([ACC], record(), { labelled: known(false), event: known({ action: 'unlabeled', actor: 'dana', at: T2 }) })
    expect(out.state).toBe('absent')
    expect(out.verdict).toBe('blocked')
  })

  test('a record that cannot be stored: a new grant is refused, an earlier recorded one still holds', () => {
    const fresh = decideOverride(input({ canRecord: false, facts: facts('dana') }))
    expect(fresh).toMatchObject({ state: 'refused', verdict: 'blocked', overridden: false })
    expect(fresh.explanation).toMatch(/cannot be pinned to this change/)
    expect(fresh.warnings).toEqual(['could not record the override: the PR comment that holds its record cannot be written'])
    const held = decideOverride(input({ canRecord: false, headSha: LATER, facts: facts('dana', { previous: known(record()) }) }))
    expect(held).toMatchObject({ state: 'granted', verdict: 'approved', record: record() })
    expect(held.fresh).toBeUndefined()
    expect(decideOverride(input({ facts: facts('dana') })).fresh).toBe(true)
    expect(decideOverride(input({ failing: [ACC, LAT], facts: facts('dana', { previous: known(record()) }) })).fresh).toBeUndefined()
  })

  test(`more than ${MAX_WAIVED_CHECKS} failures cannot be recorded`, () => {
    const many = Array.from({ length: MAX_WAIVED_CHECKS + 1 }, (_, i) => ({ ...ACC, id: `threshold:m${i}:min` }))
    const out = decideOverride(input({ failing: many, facts: facts('dana') }))
    expect(out.state).toBe('refused')
    expect(decideOverride(input({ failing: many.slice(1), facts: facts('dana') })).state).toBe('granted')
  })

  test('property: an override never turns error into anything else, and approves only with no uncovered failure', () => {
    const check = fc.record({
      model: fc.constantFrom('default', 'fraud'),
      id: fc.constantFrom('a', 'b', 'c'),
      value: fc.option(fc.double({ min: -10, max: 10, noNaN: true }), { nil: null }),
      better: fc.constantFrom('higher' as const, 'lower' as const, undefined),
    })
    fc.assert(
      fc.property(
        fc.constantFrom('approved' as const, 'blocked' as const, 'error' as const),
        fc.array(check, { maxLength: 4 }),
        fc.array(check, { maxLength: 4 }),
        (verdict, waived, now) => {
          const failing = now.map(({ better, ...rest }) => (better ? { ...rest, better } : rest))
          const v = decideOverride({
            ...input({
              verdict,
              failing,
              headSha: LATER,
              facts: facts('dana', { previous: known(record({ waived: waived.map(({ better: _b, ...w }) => w) })) }),
            }),
          })
          if (verdict === 'error') return v.verdict === 'error' && !v.overridden
          if (v.verdict === 'approved' && verdict === 'blocked')
            return v.newFailures.length === 0 && v.state === 'granted' && v.overridden && failing.length > 0
          return v.verdict === verdict
        },
      ),
    )
  })
})

describe('parseOverrideCommand', () => {
  test.each([
    ['/model-gate override accepted for Q3', 'accepted for Q3'],
    ['  /model-gate override\n\nmulti\nline reason  ', 'multi\nline reason'],
    ['/Model-Gate OVERRIDE ok', 'ok'],
    ['/model-gate override', ''],
    ['/model-gate  override\tfine', 'fine'],
    ['/model-gate overrides please', undefined],
    ['> /model-gate override quoted', undefined],
    ['please /model-gate override', undefined],
    ['/model-gate', undefined],
  ])('%j → %j', (body, reason) => {
    expect(parseOverrideCommand(body)).toBe(reason)
  })

  test('a long reason is cut', () => {
    const reason = parseOverrideCommand(`/model-gate override ${'x'.repeat(5000)}`)!
    expect(reason).toHaveLength(MAX_REASON_LENGTH)
    expect(reason.endsWith('…')).toBe(true)
  })
})

describe('parseApprover', () => {
  test.each([
    ['dana', { kind: 'user', login: 'dana' }],
    ['@dana', { kind: 'user', login: 'dana' }],
    ['renovate[bot]', { kind: 'user', login: 'renovate[bot]' }],
    ['@Acme/ML-Leads', { kind: 'team', org: 'acme', slug: 'ml-leads' }],
    ['@acme/ml.leads_2', { kind: 'team', org: 'acme', slug: 'ml.leads_2' }],
    ['acme/ml-leads', undefined],
    ['@acme/', undefined],
    ['-dana', undefined],
    ['dana smith', undefined],
    ['', undefined],
  ])('%j', (entry, parsed) => {
    expect(parseApprover(entry)).toEqual(parsed)
  })
})

describe('failingChecks', () => {
  const check = (over: Partial<Check>): Check => ({
    id: 'x',
    kind: 'threshold',
    status: 'fail',
    severity: 'block',
    rule: 'r',
    message: 'm',
    ...over,
  })
  const evaluation = (model: string, checks: Check[]): Evaluation => ({
    model,
    verdict: 'blocked',
    mode: 'enforce',
    checks,
    problems: [],
    policy: { source: 'base' },
    baseline: { source: 'base' },
    candidate: { source: 'workspace' },
    policyChanges: [],
  })
  const result: GateResult = {
    verdict: 'blocked',
    mode: 'enforce',
    modelKey: 'all',
    policyPath: '.github/model-gate.yml',
    evaluations: [
      evaluation('fraud', [
        check({ id: 'threshold:auc:min', metric: 'auc', candidate: 0.7, limit: 0.8, ruleKey: 'min', gate: 'auc' }),
        check({ id: 'threshold:p95:max', metric: 'p95', candidate: 130, limit: 120, ruleKey: 'max', gate: 'p95' }),
        check({ id: 'threshold:mute:min', metric: 'mute', candidate: 0.1, limit: 0.5, severity: 'warn', gate: 'mute' }),
        check({ id: 'baseline:loss:max_regression', kind: 'baseline', metric: 'loss', candidate: 0.4, baseline: 0.3, gate: 'loss' }),
        check({ id: 'baseline:f1:max_regression', kind: 'baseline', metric: 'f1', candidate: NaN, gate: 'f1' }),
        check({ id: 'threshold:ok:min', status: 'pass', candidate: 1 }),
        check({ id: 'threshold:w:min', status: 'warn', candidate: 1 }),
      ]),
      evaluation('churn', [check({ id: 'declaration:ownership.on_call', kind: 'declaration' })]),
    ],
  }
  const policy = {
    models: [
      {
        name: 'fraud',
        gates: [
          { pattern: 'loss', better: 'lower' },
          { pattern: 'f1', better: 'higher' },
          { pattern: 'p95', better: 'higher' },
        ],
      },
    ],
  } as unknown as Policy

  test('only blocking failures, with the direction from the gate (baseline) or the side of the limit (threshold)', () => {
    expect(failingChecks(result, policy)).toEqual([
      { model: 'fraud', id: 'threshold:auc:min', metric: 'auc', value: 0.7, better: 'higher' },
      { model: 'fraud', id: 'threshold:p95:max', metric: 'p95', value: 130, better: 'lower' },
      { model: 'fraud', id: 'baseline:loss:max_regression', metric: 'loss', value: 0.4, better: 'lower' },
      { model: 'fraud', id: 'baseline:f1:max_regression', metric: 'f1', value: null, better: 'higher' },
      { model: 'churn', id: 'declaration:ownership.on_call', value: null },
    ])
  })

  test('the direction of a threshold comes from its rule key, not its id', () => {
    const forged = evaluation('m', [
      check({ id: 'threshold:x:max', ruleKey: 'min', metric: 'x', candidate: 1 }),
      check({ id: 'threshold:y:min', metric: 'y', candidate: 1 }),
    ])
    expect(failingChecks({ ...result, evaluations: [forged] }).map((f) => f.better)).toEqual(['higher', undefined])
  })

  test('without the policy, baseline checks have no direction', () => {
    expect(failingChecks(result).find((f) => f.metric === 'loss')?.better).toBeUndefined()
  })

  test('the direction is data: an id is never parsed, a threshold without a limit has none', () => {
    const bare: GateResult = {
      ...result,
      evaluations: [
        evaluation('m', [
          check({ id: 'threshold:auc:min', metric: 'auc', candidate: 0.7 }),
          check({ id: 'threshold:x:max', kind: 'threshold', metric: 'x', candidate: 2, limit: 1 }),
        ]),
      ],
    }
    expect(failingChecks(bare).map((f) => f.better)).toEqual([undefined, 'lower'])
  })
})
