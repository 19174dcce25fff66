import { checkSentence } from '../../src/core/check-text.js'
import { stringify } from 'yaml'
import type { Check, DeclarationSettings, DeclarationsDoc } from '../../src/core/types.js'
import { handleProblem, ownershipChecks } from '../../src/declarations/ownership.js'
import { parseDeclarations } from '../../src/declarations/parse.js'

const FILE = 'models/fraud/MODEL_CARD.md'
const NOW = new Date('2026-10-01T18:30:00Z')

type Owner = Record<string, unknown> | string | null
interface Ownership {
  owners?: Owner[] | null | string
  team?: unknown
  on_call?: unknown
  escalation?: unknown
  support_level?: unknown
  review?: Record<string, unknown> | null
}

const valid = (): Ownership => ({
  owners: [
    { name: 'Priya Raman', handle: '@priya-r', role: 'model owner', contact: 'priya@acme.com' },
    { handle: '@acme/payments-ml', role: 'team' },
  ],
  team: 'Payments Risk ML',
  on_call: '@acme/payments-oncall',
  escalation: '@acme/risk-leads',
  support_level: 'business-hours',
  review: { last_reviewed: '2026-09-14', next_review_due: '2027-03-14' },
})

function docFor(ownership: Ownership): DeclarationsDoc {
  const front = stringify({ license: 'mit', ownership })
  return parseDeclarations(`---\n${front}---\n\n# Fraud model\n`, FILE)
}

function run(
  ownership: Ownership,
  options: { settings?: Partial<DeclarationSettings>; now?: Date; codeowners?: { file: string; text: string } } = {},
): { checks: Check[]; doc: DeclarationsDoc } {
  const doc = docFor(ownership)
  const settings: DeclarationSettings = { file: FILE, require: ['ownership'], ...options.settings }
  const checks = ownershipChecks(doc, doc.data as Record<string, unknown>, settings, options.now ?? NOW, options.codeowners)
  return { checks, doc }
}

const ids = (checks: Check[]) => checks.map((c) => c.id)
const only = (checks: Check[], id: string): Check => {
  const found = checks.filter((c) => c.id === id)
  expect(found).toHaveLength(1)
  return found[0] as Check
}

/** A failing message names the field, the card line and an example of the fix. */
function expectWellFormed(check: Check, doc: DeclarationsDoc, field: string): void {
  const line = check.location?.line
  expect(check.kind).toBe('declaration')
  expect(check.location?.file).toBe(FILE)
  expect(line).toBe(doc.lineOf(field) ?? line)
  expect(checkSentence(check!)).toContain(`\`${field}\``)
  expect(checkSentence(check!)).toContain(`${FILE} line ${line}:`)
  expect(checkSentence(check!)).toMatch(/ Fix: .*`/)
}

describe('ownershipChecks: a complete section', () => {
  test('a sound section has no problems', () => {
    expect(run(valid()).checks).toEqual([])
  })

  test('owners written as bare handles are accepted', () => {
    expect(run({ ...valid(), owners: ['@priya-r', '@acme/payments-ml'] }).checks).toEqual([])
  })

  test('no ownership section: nothing to say here (required sections are checked elsewhere)', () => {
    const doc = parseDeclarations('---\nlicense: mit\n---\n', FILE)
    expect(ownershipChecks(doc, doc.data as Record<string, unknown>, { file: FILE, require: ['ownership'] }, NOW)).toEqual([])
  })

  test('values of the wrong type are left to the schema, without crashing', () => {
    const { checks } = run({
      ...valid(),
      owners: 'x',
      on_call: 5,
      escalation: ['a'],
      team: { a: 1 },
      review: { last_reviewed: 20260914, next_review_due: true },
    })
    expect(checks).toEqual([])
  })

  test('a literal card: the check points at the line of the field', () => {
    const doc = parseDeclarations(
      [
        '---',
        'ownership:',
        '  owners:',
        '    - handle: "@priya-r"',
        '  team: Risk',
        '  on_call: TBD',
        '  escalation: "@acme/leads"',
        '  review: {next_review_due: 2027-01-01}',
        '---',
        '',
      ].join('\n'),
      FILE,
    )
    const checks = ownershipChecks(doc, doc.data as Record<string, unknown>, { file: FILE, require: [] }, NOW)
    expect(checks).toHaveLength(1)
    expect(checks[0]).toMatchObject({
      id: 'declaration:ownership.on_call',
      status: 'fail',
      severity: 'block',
      location: { file: FILE, line: 6 },
    })
    expect(checkSentence(checks[0]!)).toMatch(
      /^models\/fraud\/MODEL_CARD\.md line 6: `ownership\.on_call` is the placeholder `TBD`.* Fix: set `ownership\.on_call: '@your-org\/oncall'`/,
    )
  })
})

describe('owners', () => {
  test.each([
    ['missing', undefined, /is missing/],
    ['empty', [], /is empty/],
    ['null', null, /is empty/],
  ])('owners %s → fail', (_, owners, message) => {
    const ownership = valid()
    if (owners === undefined) delete ownership.owners
    else ownership.owners = owners as Owner[] | null
    const { checks, doc } = run(ownership)
    const check = only(checks, 'declaration:ownership.owners')
    expect(check.status).toBe('fail')
    expect(checkSentence(check!)).toMatch(message)
    expectWellFormed(check, doc, 'ownership.owners')
  })

  test.each([
    ['a missing handle', { name: 'Priya Raman', role: 'model owner' }, /`ownership\.owners\.0\.handle` is missing/],
    ['a placeholder handle', { name: 'Priya Raman', handle: '<owner>' }, /template slot/],
    ['an empty handle', { name: 'Priya Raman', handle: '' }, /empty/],
  ])('%s → fail', (_, owner, message) => {
    const { checks, doc } = run({ ...valid(), owners: [owner] })
    const check = only(checks, 'declaration:ownership.owners.0.handle')
    expect(checkSentence(check!)).toMatch(message)
    expectWellFormed(check, doc, 'ownership.owners.0.handle')
  })

  test('a placeholder owner entry → fail', () => {
    const { checks } = run({ ...valid(), owners: ['@priya-r', 'TBD'] })
    expect(ids(checks)).toEqual(['declaration:ownership.owners.1'])
  })

  test('an invalid handle → fail with a suggested handle', () => {
    const { checks, doc } = run({ ...valid(), owners: [{ handle: 'priya-r' }] })
    const check = only(checks, 'declaration:ownership.owners.0.handle')
    expect(checkSentence(check!)).toMatch(/\(`priya-r`\) must start with `@`/)
    expect(checkSentence(check!)).toContain("Fix: write a GitHub handle, e.g. `ownership.owners.0.handle: '@priya-r'`")
    expectWellFormed(check, doc, 'ownership.owners.0.handle')
  })

  test.each([
    ['priya@acme.com', 'a non-placeholder email', true],
    ['https://acme.atlassian.net/wiki/people/priya', 'a team page', true],
    ['mailto:priya@acme.com', 'a mailto URL', true],
    ['priya@example.com', 'an example.com address', false],
    ['TBD', 'a placeholder', false],
    ['call Priya', 'free text', false],
    ['ftp://files.acme.com/priya', 'an ftp URL', false],
    ['', 'an empty string', false],
  ])('contact %s (%s) → %s', (contact, _, ok) => {
    const { checks, doc } = run({ ...valid(), owners: [{ handle: '@priya-r', contact }] })
    if (ok) expect(checks).toEqual([])
    else expectWellFormed(only(checks, 'declaration:ownership.owners.0.contact'), doc, 'ownership.owners.0.contact')
  })

  test('placeholder names and roles are warnings', () => {
    const { checks } = run({ ...valid(), owners: [{ handle: '@priya-r', name: 'TBD', role: '<role>' }] })
    expect(checks.map((c) => [c.id, c.status, c.severity])).toEqual([
      ['declaration:ownership.owners.0.name', 'warn', 'warn'],
      ['declaration:ownership.owners.0.role', 'warn', 'warn'],
    ])
  })
})

describe('handleProblem', () => {
  const long = 'a'.repeat(39)
  test.each([['@priya-r'], ['@a'], ['@P1'], [`@${long}`], ['@acme/payments-ml'], ['@acme/team_x.y'], ['@Acme-Corp/ML']])(
    '%s is valid',
    (handle) => {
      expect(handleProblem(handle)).toBeUndefined()
    },
  )

  test.each([
    ['priya-r', /must start with `@`/],
    ['priya@acme.com', /email address/],
    ['@', /no user name/],
    ['@-priya', /single hyphens/],
    ['@priya-', /single hyphens/],
    ['@pri--ya', /single hyphens/],
    ['@priya_r', /single hyphens/],
    ['@priya.r', /single hyphens/],
    [`@${long}a`, /40 characters; GitHub allows at most 39/],
    ['@acme/', /invalid team name/],
    ['@acme/payments ml', /invalid team name/],
    ['@acme/payments/ml', /more than one `\/`/],
    ['@/team', /no organisation name/],
    ['@ac_me/team', /invalid organisation name/],
  ])('%s is invalid', (handle, reason) => {
    expect(handleProblem(handle)).toMatch(reason)
  })
})

describe('team, on_call, escalation, support_level', () => {
  test.each([
    ['missing', undefined, /is missing/],
    ['a placeholder', 'TBD', /placeholder `TBD`/],
    ['blank', '  ', /empty string/],
  ])('team %s → fail', (_, team, message) => {
    const ownership = valid()
    if (team === undefined) delete ownership.team
    else ownership.team = team
    const { checks, doc } = run(ownership)
    const check = only(checks, 'declaration:ownership.team')
    expect(check.status).toBe('fail')
    expect(checkSentence(check!)).toMatch(message)
    expectWellFormed(check, doc, 'ownership.team')
  })

  test.each([
    ['@acme/payments-oncall', true],
    ['@priya-r', true],
    ['payments-primary', true],
    ['Payments primary rotation', true],
    ['https://acme.pagerduty.com/schedules/P1ABC', true],
    [undefined, false],
    ['TBD', false],
    ['N/A', false],
    ['@acme_corp/oncall', false],
    ['https://example.com/oncall', false],
    ['ftp://acme.com/oncall', false],
  ])('on_call %s → ok=%s', (onCall, ok) => {
    const ownership = valid()
    if (onCall === undefined) delete ownership.on_call
    else ownership.on_call = onCall
    const { checks, doc } = run(ownership)
    if (ok) return expect(checks).toEqual([])
    const check = only(checks, 'declaration:ownership.on_call')
    expect([check.status, check.severity]).toEqual(['fail', 'block'])
    expectWellFormed(check, doc, 'ownership.on_call')
  })

  test.each([
    [undefined, /is missing/],
    ['TBD', /placeholder/],
    ['@bad_handle', /single hyphens/],
  ])('escalation %s → warning', (escalation, message) => {
    const ownership = valid()
    if (escalation === undefined) delete ownership.escalation
    else ownership.escalation = escalation
    const { checks, doc } = run(ownership)
    const check = only(checks, 'declaration:ownership.escalation')
    expect([check.status, check.severity]).toEqual(['warn', 'warn'])
    expect(checkSentence(check!)).toMatch(message)
    expectWellFormed(check, doc, 'ownership.escalation')
  })

  test('a placeholder support level is a warning; an absent one is fine', () => {
    expect(run({ ...valid(), support_level: 'TODO' }).checks.map((c) => [c.id, c.status])).toEqual([
      ['declaration:ownership.support_level', 'warn'],
    ])
    const ownership = valid()
    delete ownership.support_level
    expect(run(ownership).checks).toEqual([])
  })
})

describe('review dates (injected clock: today is 2026-10-01 UTC)', () => {
  const review = (r: Record<string, unknown> | null): Ownership => ({ ...valid(), review: r })

  test('next_review_due in the past blocks, saying how many days overdue and how to fix it', () => {
    const { checks, doc } = run(review({ last_reviewed: '2026-03-01', next_review_due: '2026-09-14' }))
    const check = only(checks, 'declaration:ownership.review.next_review_due')
    expect([check.status, check.severity]).toEqual(['fail', 'block'])
    expect(checkSentence(check!)).toContain('(2026-09-14) has passed: the review is 17 days overdue (today is 2026-10-01 UTC)')
    expect(checkSentence(check!)).toContain(
      'set `ownership.review.last_reviewed: 2026-10-01` and `ownership.review.next_review_due: 2027-04-01`',
    )
    expectWellFormed(check, doc, 'ownership.review.next_review_due')
  })

  test.each([
    ['2026-09-30', '1 day overdue'],
    ['2025-10-01', '365 days overdue'],
  ])('due %s → %s', (due, words) => {
    expect(checkSentence(only(run(review({ next_review_due: due })).checks, 'declaration:ownership.review.next_review_due')!)).toContain(
      words,
    )
  })

  test('due today, or later, passes; the UTC date counts, not the local one', () => {
    expect(run(review({ next_review_due: '2026-10-01' })).checks).toEqual([])
    expect(run(review({ next_review_due: '2026-10-01' }), { now: new Date('2026-10-01T23:59:59Z') }).checks).toEqual([])
    expect(ids(run(review({ next_review_due: '2026-10-01' }), { now: new Date('2026-10-02T00:00:00Z') }).checks)).toEqual([
      'declaration:ownership.review.next_review_due',
    ])
  })

  test('the same card turns stale as the clock moves on', () => {
    const card = review({ last_reviewed: '2026-09-14', next_review_due: '2027-03-14' })
    expect(run(card, { now: new Date('2027-03-14T12:00:00Z') }).checks).toEqual([])
    expect(
      checkSentence(only(run(card, { now: new Date('2027-03-20T12:00:00Z') }).checks, 'declaration:ownership.review.next_review_due')!),
    ).toContain('6 days overdue')
  })

  test('next_review_due before last_reviewed → fail', () => {
    const now = { now: new Date('2026-09-21T00:00:00Z') }
    expect(run(review({ last_reviewed: '2026-09-14', next_review_due: '2026-12-01' }), now).checks).toEqual([])
    expect(run(review({ last_reviewed: '2026-09-21', next_review_due: '2026-09-21' }), now).checks).toEqual([])
    const { checks, doc } = run(review({ last_reviewed: '2026-09-20', next_review_due: '2026-09-14' }), now)
    expect(ids(checks)).toEqual(['declaration:ownership.review.next_review_due', 'declaration:ownership.review.next_review_due:order'])
    const check = only(checks, 'declaration:ownership.review.next_review_due:order')
    expect(checkSentence(check!)).toContain('(2026-09-14) is before `ownership.review.last_reviewed` (2026-09-20)')
    expectWellFormed(check, doc, 'ownership.review.next_review_due')
  })

  test('last_reviewed in the future → fail', () => {
    const { checks, doc } = run(review({ last_reviewed: '2026-10-02', next_review_due: '2027-04-01' }))
    const check = only(checks, 'declaration:ownership.review.last_reviewed')
    expect(checkSentence(check!)).toContain('(2026-10-02) is in the future (today is 2026-10-01 UTC)')
    expectWellFormed(check, doc, 'ownership.review.last_reviewed')
  })

  test.each([
    ['missing', undefined],
    ['a placeholder', 'TBD'],
  ])('without max_review_age_days, next_review_due %s → fail', (_, due) => {
    const { checks, doc } = run(
      review(due === undefined ? { last_reviewed: '2026-09-14' } : { last_reviewed: '2026-09-14', next_review_due: due }),
    )
    const check = only(checks, 'declaration:ownership.review.next_review_due')
    expect(checkSentence(check!)).toMatch(/card can go stale unnoticed/)
    expect(checkSentence(check!)).toContain('add `ownership.review.next_review_due: 2027-04-01`')
    expectWellFormed(check, doc, 'ownership.review.next_review_due')
  })

  test('no review at all → fail on next_review_due', () => {
    const ownership = valid()
    delete ownership.review
    expect(ids(run(ownership).checks)).toEqual(['declaration:ownership.review.next_review_due'])
  })

  test('a placeholder last_reviewed that is not required is a warning', () => {
    expect(run(review({ last_reviewed: 'TBD', next_review_due: '2027-03-14' })).checks.map((c) => [c.id, c.status])).toEqual([
      ['declaration:ownership.review.last_reviewed', 'warn'],
    ])
  })

  test('a malformed or impossible date is left to the schema (reported there once), never compared', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '14/09/2026', '2026-09-14T10:00:00Z']) {
      expect(run(review({ last_reviewed: bad, next_review_due: bad })).checks).toEqual([])
    }
  })

  describe('with declarations.max_review_age_days', () => {
    const settings = { maxReviewAgeDays: 90 }

    test('last_reviewed older than the limit → fail, and replaces the need for next_review_due', () => {
      const { checks, doc } = run(review({ last_reviewed: '2026-06-23' }), { settings })
      const check = only(checks, 'declaration:ownership.review.last_reviewed')
      expect(checkSentence(check!)).toContain('(2026-06-23) is 100 days ago; the policy allows at most 90 days')
      expect(checkSentence(check!)).toContain('10 days overdue')
      expectWellFormed(check, doc, 'ownership.review.last_reviewed')
    })

    test('exactly at the limit passes; one day over fails', () => {
      expect(run(review({ last_reviewed: '2026-07-03' }), { settings }).checks).toEqual([])
      expect(
        checkSentence(
          only(run(review({ last_reviewed: '2026-07-02' }), { settings }).checks, 'declaration:ownership.review.last_reviewed')!,
        ),
      ).toContain('1 day overdue')
    })

    test('last_reviewed missing → fail', () => {
      const { checks, doc } = run(review({ next_review_due: '2027-01-01' }), { settings })
      const check = only(checks, 'declaration:ownership.review.last_reviewed')
      expect(checkSentence(check!)).toMatch(/is missing: the policy allows at most 90 days/)
      expectWellFormed(check, doc, 'ownership.review.last_reviewed')
    })

    test('when both rules apply, both are checked', () => {
      const { checks } = run(review({ last_reviewed: '2026-01-01', next_review_due: '2026-06-01' }), { settings })
      expect(ids(checks).sort()).toEqual(['declaration:ownership.review.last_reviewed', 'declaration:ownership.review.next_review_due'])
    })
  })
})

describe('CODEOWNERS (declarations.codeowners: true)', () => {
  const settings = { codeowners: true }
  const codeowners = (text: string) => ({ file: '.github/CODEOWNERS', text })

  test('every owner handle owns the card: pass (case-insensitive)', () => {
    const text = '*  @acme/ml-platform\n/models/fraud/ @PRIYA-R @Acme/Payments-ML\n'
    expect(run(valid(), { settings, codeowners: codeowners(text) }).checks).toEqual([])
  })

  test('an owner missing from the last matching rule → fail naming the rule', () => {
    const text = '/models/fraud/ @priya-r @acme/payments-ml\n*.md @acme/docs\n'
    const { checks, doc } = run(valid(), { settings, codeowners: codeowners(text) })
    expect(ids(checks)).toEqual(['declaration:ownership.owners.0.handle:codeowners', 'declaration:ownership.owners.1.handle:codeowners'])
    const check = checks[0] as Check
    expect(checkSentence(check!)).toContain(
      '(`@priya-r`) is not a code owner of `models/fraud/MODEL_CARD.md`: the last matching rule in `.github/CODEOWNERS` (line 2, `*.md`) names `@acme/docs`',
    )
    expect(checkSentence(check!)).toContain('/models/fraud/MODEL_CARD.md @priya-r @acme/payments-ml')
    expectWellFormed(check, doc, 'ownership.owners.0.handle')
  })

  test('no rule matches, or the matching rule has no owners → every owner fails', () => {
    const none = run(valid(), { settings, codeowners: codeowners('/docs/ @docs\n') })
    expect(none.checks).toHaveLength(2)
    expect(checkSentence(none.checks[0]!)).toContain('no rule in `.github/CODEOWNERS` matches `models/fraud/MODEL_CARD.md`')
    const unowned = run(valid(), { settings, codeowners: codeowners('* @priya-r @acme/payments-ml\n/models/ \n') })
    expect(checkSentence(unowned.checks[0]!)).toContain('(line 2, `/models/`) names no owner')
  })

  test('no CODEOWNERS at the base commit → fail saying where GitHub looks', () => {
    const { checks, doc } = run(valid(), { settings })
    const check = only(checks, 'declaration:ownership.owners:codeowners')
    expect(checkSentence(check!)).toContain('`.github/CODEOWNERS`, `CODEOWNERS`, `docs/CODEOWNERS`')
    expect(checkSentence(check!)).toContain('at the base commit')
    expect(checkSentence(check!)).toContain('/models/fraud/MODEL_CARD.md @priya-r @acme/payments-ml')
    expectWellFormed(check, doc, 'ownership.owners')
  })

  test('the setting off: CODEOWNERS is not consulted', () => {
    expect(run(valid(), { codeowners: codeowners('/docs/ @docs\n') }).checks).toEqual([])
  })

  test('invalid or placeholder handles are reported once, for their syntax, not again for CODEOWNERS', () => {
    const { checks } = run(
      { ...valid(), owners: [{ handle: 'priya' }, { handle: 'TBD' }, { handle: '@acme/payments-ml' }] },
      { settings, codeowners: codeowners('* @acme/payments-ml\n') },
    )
    expect(ids(checks)).toEqual(['declaration:ownership.owners.0.handle', 'declaration:ownership.owners.1.handle'])
  })
})

describe('fix hints use neutral placeholders, never the example repository’s own values', () => {
  test('no fix names acme, priya or payments', () => {
    const card = run(
      {
        owners: [{ handle: 'not a handle', contact: 'TBD' }],
        team: 'TBD',
        on_call: 'TBD',
        escalation: 'TBD',
        review: { last_reviewed: '2026-09-14' },
      },
      { codeowners: { file: '.github/CODEOWNERS', text: '* @someone-else\n' }, settings: { codeowners: true } },
    )
    const fixes = card.checks.map((c) => c.fix ?? '').join('\n')
    expect(fixes).not.toMatch(/acme|priya|payments/i)
    expect(fixes).toContain('@your-org/oncall')
  })
})
