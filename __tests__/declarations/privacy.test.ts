import { checkSentence } from '../../src/core/check-text.js'
import { byId, failing, failingIds, runData, runText } from './run-card.js'

/** A sound privacy section that uses personal data; each test changes one thing. */
const BASE = {
  personal_data: true,
  data_categories: ['contact details', 'transaction history'],
  regulations: ['GDPR'],
  legal_basis: ['contract'],
  anonymisation: { method: 'pseudonymisation' },
  retention: { period: 'P18M' },
}

const run = (privacy: Record<string, unknown>) => runData({ license: 'mit', privacy: { ...BASE, ...privacy } })
const runOnly = (privacy: Record<string, unknown>) => runData({ license: 'mit', privacy })

describe('privacy consistency', () => {
  test('the base section passes, with one pass check for privacy', () => {
    const result = run({})
    expect(failing(result)).toEqual([])
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([['declaration:privacy', 'pass']])
    expect(checkSentence(result.checks[0]!)).toMatch(
      /personal data: yes; regulations: GDPR; legal basis: contract; anonymisation: pseudonymisation/,
    )
  })

  describe('personal_data must be declared', () => {
    test('missing fails, naming the field, the line and a fix', () => {
      const result = runText('---\nlicense: mit\nprivacy:\n  data_categories: []\n---\n')
      expect(failingIds(result)).toEqual(['declaration:privacy.personal_data'])
      const check = byId(result, 'declaration:privacy.personal_data')
      expect(check?.location).toEqual({ file: 'MODEL_CARD.md', line: 3 })
      expect(checkSentence(check!)).toBe(
        'MODEL_CARD.md line 3: `privacy.personal_data` is missing: the card must say whether the model uses personal data. Fix: add `privacy.personal_data: true` (or `false` when it uses none).',
      )
    })
    test('a missing privacy section lists personal_data as missing', () => {
      expect(failingIds(runData({ license: 'mit' }))).toEqual(['declaration:privacy.personal_data'])
    })
    test('false alone passes', () => {
      expect(failing(runOnly({ personal_data: false }))).toEqual([])
    })
    test.each(['yes', 'no', 'none'])('the text %j is not a boolean', (value) => {
      const [check] = failing(runOnly({ personal_data: value }))
      expect(check?.id).toBe('declaration:privacy.personal_data')
      expect(checkSentence(check!)).toMatch(/must be `true` or `false`, found the text/)
    })
  })

  describe.each([
    ['data_categories', 'declaration:privacy.data_categories', /privacy.data_categories: \[contact details, transaction history\]/],
    ['regulations', 'declaration:privacy.regulations', /privacy.regulations: \[GDPR\]/],
    ['anonymisation', 'declaration:privacy.anonymisation.method', /privacy.anonymisation.method: pseudonymisation/],
    ['retention', 'declaration:privacy.retention.period', /privacy.retention.period: P18M/],
  ])('personal data used → %s required', (key, id, fix) => {
    test('missing fails', () => {
      const result = run({ [key]: undefined, ...(key === 'regulations' ? { legal_basis: undefined } : {}) })
      expect(failingIds(result)).toEqual([id])
      expect(checkSentence(byId(result, id)!)).toMatch(/required because `privacy.personal_data` is true/)
      expect(checkSentence(byId(result, id)!)).toMatch(fix)
    })
    test('an empty list or placeholder counts as missing', () => {
      const empty = key === 'anonymisation' ? { method: '' } : key === 'retention' ? { period: 'TBD' } : []
      const result = run({ [key]: empty, ...(key === 'regulations' ? { legal_basis: undefined } : {}) })
      expect(failingIds(result)).toEqual([id])
    })
    test('not needed without personal data', () => {
      expect(failing(runOnly({ personal_data: false }))).toEqual([])
    })
  })

  describe('legal basis where the regulation needs one', () => {
    test.each<[string[], string[] | undefined, boolean]>([
      [['GDPR'], ['contract'], true],
      [['GDPR'], ['legitimate_interests', 'consent'], true],
      [['GDPR'], undefined, false],
      [['GDPR'], ['dpdp_consent'], false],
      [['UK_GDPR'], ['public_task'], true],
      [['UK_GDPR'], undefined, false],
      [['DPDP'], ['dpdp_consent'], true],
      [['DPDP'], ['dpdp_legitimate_use'], true],
      [['DPDP'], ['contract'], false],
      [['GDPR', 'DPDP'], ['contract'], false],
      [['GDPR', 'DPDP'], ['contract', 'dpdp_consent'], true],
      [['CCPA'], undefined, true],
      [['EU_AI_ACT', 'other'], undefined, true],
    ])('regulations %j with legal_basis %j → passes: %s', (regulations, legalBasis, passes) => {
      const result = run({ regulations, legal_basis: legalBasis })
      expect(failingIds(result)).toEqual(passes ? [] : ['declaration:privacy.legal_basis'])
    })

    test('DPDP with only `contract` says what DPDP needs and shows the fix', () => {
      const check = byId(run({ regulations: ['DPDP'], legal_basis: ['contract'] }), 'declaration:privacy.legal_basis')
      expect(checkSentence(check!)).toMatch(
        /`privacy.legal_basis` is \[contract\], which does not fit `privacy.regulations`: `DPDP` needs `dpdp_consent` or `dpdp_legitimate_use`/,
      )
      expect(checkSentence(check!)).toMatch(/Fix: write `privacy.legal_basis: \[contract, dpdp_consent\]`/)
    })

    test('a missing basis names the regulations that need it', () => {
      const check = byId(run({ regulations: ['GDPR', 'DPDP'], legal_basis: undefined }), 'declaration:privacy.legal_basis')
      expect(checkSentence(check!)).toMatch(/`GDPR` and `DPDP` in `privacy.regulations` need a legal basis/)
    })
  })

  describe('special categories or HIPAA → DPIA', () => {
    test.each<[string, Record<string, unknown>, string[]]>([
      ['special categories without a DPIA', { special_categories: ['health'] }, ['declaration:privacy.dpia.reference']],
      [
        'special categories with a DPIA reference',
        { special_categories: ['health'], dpia: { required: true, reference: 'DPIA-2026-014' } },
        [],
      ],
      [
        'special categories, DPIA said not required',
        { special_categories: ['biometric'], dpia: { required: false, reference: 'DPIA-1' } },
        ['declaration:privacy.dpia.required'],
      ],
      [
        'a placeholder DPIA reference',
        { special_categories: ['genetic'], dpia: { required: true, reference: 'TBD' } },
        ['declaration:privacy.dpia.reference'],
      ],
      [
        'HIPAA without a DPIA',
        { regulations: ['HIPAA'], legal_basis: undefined, anonymisation: { method: 'hipaa_safe_harbor' } },
        ['declaration:privacy.dpia.reference'],
      ],
      [
        'HIPAA with a DPIA',
        { regulations: ['HIPAA'], legal_basis: undefined, anonymisation: { method: 'hipaa_safe_harbor' }, dpia: { reference: 'DPIA-7' } },
        [],
      ],
      ['no special categories: no DPIA needed', { special_categories: [] }, []],
    ])('%s', (_name, privacy, expected) => {
      expect(failingIds(run(privacy))).toEqual(expected)
    })

    test('the message says why a DPIA is needed', () => {
      const check = byId(run({ special_categories: ['health'] }), 'declaration:privacy.dpia.reference')
      expect(checkSentence(check!)).toMatch(/special categories \(health\) in `privacy.special_categories` require a DPIA/)
      expect(checkSentence(check!)).toMatch(/Fix: add `privacy.dpia: \{required: true, reference: DPIA-2026-014\}`/)
    })
  })

  describe('HIPAA → an anonymisation method HIPAA recognises', () => {
    const hipaa = { regulations: ['HIPAA'], legal_basis: undefined, dpia: { reference: 'DPIA-7' } }
    test.each<[unknown, boolean]>([
      [{ method: 'hipaa_safe_harbor' }, true],
      [{ method: 'HIPAA Expert Determination' }, true],
      [{ method: 'pseudonymisation' }, false],
      [{ method: 'differential_privacy', epsilon: 1, delta: 1e-6 }, false],
      [undefined, false],
    ])('anonymisation %j → passes: %s', (anonymisation, passes) => {
      const result = run({ ...hipaa, anonymisation })
      expect(failingIds(result)).toEqual(passes ? [] : ['declaration:privacy.anonymisation.method'])
    })
    test('the message names the HIPAA methods', () => {
      const check = byId(run({ ...hipaa, anonymisation: { method: 'pseudonymisation' } }), 'declaration:privacy.anonymisation.method')
      expect(checkSentence(check!)).toMatch(
        /is `pseudonymisation`, which HIPAA does not recognise as de-identification: .* `hipaa_safe_harbor` or `hipaa_expert_determination`/,
      )
    })
  })

  describe('differential privacy → epsilon and delta', () => {
    test.each<[Record<string, unknown>, string[]]>([
      [{ method: 'differential_privacy', epsilon: 1.0, delta: 1e-6 }, []],
      [{ method: 'differential_privacy', epsilon: 0.5, delta: 0 }, []],
      [{ method: 'differential_privacy' }, ['declaration:privacy.anonymisation.epsilon', 'declaration:privacy.anonymisation.delta']],
      [{ method: 'differential_privacy', epsilon: 1 }, ['declaration:privacy.anonymisation.delta']],
      [{ method: 'differential_privacy', epsilon: 0, delta: 1e-6 }, ['declaration:privacy.anonymisation.epsilon']],
      [{ method: 'differential_privacy', epsilon: -1, delta: 1e-6 }, ['declaration:privacy.anonymisation.epsilon']],
      [{ method: 'differential_privacy', epsilon: 1, delta: 1 }, ['declaration:privacy.anonymisation.delta']],
      [{ method: 'differential_privacy', epsilon: 1, delta: -0.1 }, ['declaration:privacy.anonymisation.delta']],
      [{ method: 'Differential Privacy', epsilon: 2, delta: 1e-5 }, []],
    ])('%j → %j', (anonymisation, expected) => {
      expect(failingIds(run({ anonymisation }))).toEqual(expected)
    })
    test('range messages name the bound', () => {
      const result = run({ anonymisation: { method: 'differential_privacy', epsilon: 0, delta: 1 } })
      expect(checkSentence(byId(result, 'declaration:privacy.anonymisation.epsilon')!)).toMatch(/must be greater than 0, found 0/)
      expect(checkSentence(byId(result, 'declaration:privacy.anonymisation.delta')!)).toMatch(/must be less than 1, found 1/)
    })
  })

  describe('other → details', () => {
    test.each<[Record<string, unknown>, string[]]>([
      [{ method: 'other', details: 'k-anonymity (k=10) on postcode and age' }, []],
      [{ method: 'other' }, ['declaration:privacy.anonymisation.details']],
      [{ method: 'other', details: 'TODO' }, ['declaration:privacy.anonymisation.details']],
    ])('%j → %j', (anonymisation, expected) => {
      expect(failingIds(run({ anonymisation }))).toEqual(expected)
    })
  })

  describe('no personal data, yet personal data described → contradiction', () => {
    test.each<[string, Record<string, unknown>, string[]]>([
      ['data categories', { data_categories: ['contact details'] }, ['declaration:privacy.data_categories']],
      ['special categories', { special_categories: ['health'] }, ['declaration:privacy.special_categories']],
      ['a legal basis', { legal_basis: ['consent'] }, ['declaration:privacy.legal_basis']],
      [
        'all three',
        { data_categories: ['email'], special_categories: ['health'], legal_basis: ['consent'] },
        ['declaration:privacy.data_categories', 'declaration:privacy.special_categories', 'declaration:privacy.legal_basis'],
      ],
      ['empty lists are fine', { data_categories: [], special_categories: [], legal_basis: [] }, []],
      ['regulations and retention are fine', { regulations: ['EU_AI_ACT'], retention: { period: 'P30D' } }, []],
    ])('%s', (_name, privacy, expected) => {
      expect(failingIds(runOnly({ personal_data: false, ...privacy }))).toEqual(expected)
    })
    test('the message names both fields', () => {
      const [check] = failing(runOnly({ personal_data: false, data_categories: ['contact details'] }))
      expect(checkSentence(check!)).toMatch(
        /`privacy.personal_data` is false, but `privacy.data_categories` is \[contact details\]: the card contradicts itself/,
      )
      expect(checkSentence(check!)).toMatch(/Fix: .*`privacy.personal_data: true`.*otherwise remove `privacy.data_categories`/)
    })
  })

  describe('retention period is an ISO-8601 duration', () => {
    test.each(['P18M', 'P1Y6M', 'P30D', 'PT12H', 'P2W', 'P1Y2M3DT4H5M6S', 'PT0.5S'])('%s passes', (period) => {
      expect(failing(run({ retention: { period } }))).toEqual([])
    })
    test.each<[string, string | undefined]>([
      ['18 months', 'P18M'],
      ['1 year and 6 months', 'P1Y6M'],
      ['30 days', 'P30D'],
      ['12h', 'PT12H'],
      ['p18m', 'P18M'],
      ['2 weeks', 'P2W'],
      ['forever', undefined],
      ['P', undefined],
      ['PT', undefined],
      ['P1.5Y', undefined],
    ])('%j fails, suggesting %s', (period, suggestion) => {
      const [check] = failing(run({ retention: { period } }))
      expect(check?.id).toBe('declaration:privacy.retention.period')
      expect(checkSentence(check!)).toMatch(/is not an ISO-8601 duration/)
      expect(checkSentence(check!)).toContain(
        suggestion
          ? `Fix: write \`privacy.retention.period: ${suggestion}\``
          : 'Fix: write e.g. `privacy.retention.period: P18M` for 18 months',
      )
    })
  })
})
