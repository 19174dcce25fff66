import { checkSentence } from '../../src/core/check-text.js'
import schema from '../../schema/declarations.schema.json' with { type: 'json' }
import { canonicalEnum, exampleFor, normaliseDeclarations, schemaAt, yamlInline } from '../../src/declarations/schema.js'
import { byId, failing, failingIds, runData, runText } from './run-card.js'

const PRIVACY = {
  personal_data: true,
  data_categories: ['contact details'],
  regulations: ['GDPR'],
  legal_basis: ['contract'],
  anonymisation: { method: 'pseudonymisation' },
  retention: { period: 'P18M' },
}

describe('built-in declarations schema', () => {
  test('a typo in a key says "did you mean" and is reported once', () => {
    const text =
      '---\nprivacy:\n  personal_data: true\n  data_categories: [email]\n  regulations: [GDPR]\n  legal_bases: [contract]\n  anonymisation: {method: none}\n  retention: {period: P1Y}\n---\n'
    const result = runText(text)
    expect(failingIds(result)).toEqual(['declaration:privacy.legal_bases'])
    expect(checkSentence(byId(result, 'declaration:privacy.legal_bases')!)).toBe(
      'MODEL_CARD.md line 6: `privacy.legal_bases` is not a known key of `privacy` (did you mean `legal_basis`?). Fix: rename it to `legal_basis`, e.g. `privacy.legal_basis: [contract]`.',
    )
  })

  test.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'a misspelt section key',
      { ...PRIVACY, retention: { perod: 'P18M' } },
      'declaration:privacy.retention.perod',
      /did you mean `period`\?/,
    ],
    [
      'British/American spelling of a section',
      { ...PRIVACY, anonymisation: undefined, anonymization: { method: 'none' } },
      'declaration:privacy.anonymization',
      /did you mean `anonymisation`\?/,
    ],
    [
      'an unknown key with no near match',
      { ...PRIVACY, favourite_colour: 'blue' },
      'declaration:privacy.favourite_colour',
      /Fix: use only `personal_data`, `data_categories`/,
    ],
  ])('%s', (_name, privacy, id, message) => {
    const result = runData({ privacy })
    expect(failingIds(result)).toEqual([id])
    expect(checkSentence(byId(result, id)!)).toMatch(message)
  })

  test('enumerations accept any case and -, _ or space, and the summary shows canonical spellings', () => {
    const result = runData({
      privacy: {
        ...PRIVACY,
        regulations: ['uk gdpr', 'Eu-Ai-Act', 'hipaa'],
        legal_basis: ['Legitimate Interests'],
        special_categories: ['Sex life or sexual orientation'],
        anonymisation: { method: 'HIPAA safe harbour' },
        dpia: { reference: 'DPIA-1' },
      },
    })
    expect(failing(result)).toEqual([])
    expect(result.summary).toMatchObject({
      regulations: ['UK_GDPR', 'EU_AI_ACT', 'HIPAA'],
      legalBasis: ['legitimate_interests'],
      specialCategories: ['sex_life_or_sexual_orientation'],
      anonymisation: 'hipaa_safe_harbor',
    })
  })

  test.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'a misspelt regulation',
      { regulations: ['GPDR'] },
      'declaration:privacy.regulations.0',
      /is `GPDR`, which is not one of `GDPR`, `UK_GDPR`, `HIPAA`, `DPDP`, `CCPA`, `CPRA`, `EU_AI_ACT`, `other` \(did you mean `GDPR`\?\). Fix: write `GDPR`\./,
    ],
    [
      'a misspelt legal basis',
      { legal_basis: ['contract', 'legitimate intrest'] },
      'declaration:privacy.legal_basis.1',
      /did you mean `legitimate_interests`\?/,
    ],
    [
      'an unknown anonymisation method',
      { anonymisation: { method: 'encryption' } },
      'declaration:privacy.anonymisation.method',
      /Fix: write one of the values listed, e.g. `privacy.anonymisation.method: pseudonymisation`/,
    ],
    [
      'a special category that is not one',
      { special_categories: ['salary'] },
      'declaration:privacy.special_categories.0',
      /which is not one of `racial_or_ethnic_origin`/,
    ],
  ])('%s', (_name, change, id, message) => {
    const result = runData({ privacy: { ...PRIVACY, ...change } })
    expect(failingIds(result)).toEqual([id])
    expect(checkSentence(byId(result, id)!)).toMatch(message)
  })

  test.each<[string, Record<string, unknown>, string, RegExp]>([
    [
      'a list written as text',
      { privacy: { ...PRIVACY, regulations: 'GDPR' } },
      'declaration:privacy.regulations',
      /must be a list, found the text `GDPR`. Fix: write `privacy.regulations: \[GDPR\]`/,
    ],
    [
      'yes for a boolean',
      { privacy: { ...PRIVACY, personal_data: 'yes' } },
      'declaration:privacy.personal_data',
      /must be `true` or `false`, found the text `yes` \(YAML 1.2 reads `yes`\/`no` as text/,
    ],
    [
      'a section that is not a mapping',
      { privacy: 'none' },
      'declaration:privacy',
      /`privacy` must be a mapping, found the text `none`. Fix: write `privacy: \{personal_data: false\}`/,
    ],
    [
      'a number for an owner handle',
      { ownership: { owners: [{ handle: 42 }] } },
      'declaration:ownership.owners.0.handle',
      /must be text, found `42`/,
    ],
    [
      'epsilon as text',
      { privacy: { ...PRIVACY, anonymisation: { method: 'differential_privacy', epsilon: 'one', delta: 0 } } },
      'declaration:privacy.anonymisation.epsilon',
      /must be a number/,
    ],
    [
      'a date in another form',
      { ownership: { review: { next_review_due: '14/03/2027' } } },
      'declaration:ownership.review.next_review_due',
      /is `14\/03\/2027`, which is not a date written YYYY-MM-DD. Fix: write `ownership.review.next_review_due: 2027-03-14`/,
    ],
    [
      'a date with slashes',
      { maintenance: { retraining: { last_trained: '2026/10/1' } } },
      'declaration:maintenance.retraining.last_trained',
      /Fix: write `maintenance.retraining.last_trained: 2026-10-01`/,
    ],
    [
      'an impossible date',
      { maintenance: { retraining: { last_trained: '2026-02-30' } } },
      'declaration:maintenance.retraining.last_trained',
      /is `2026-02-30`, which is not a real calendar date/,
    ],
    [
      'limitations as a mapping',
      { governance: { limitations: { a: 'b' } } },
      'declaration:governance.limitations',
      /must be text or a list, found a mapping/,
    ],
  ])('%s', (_name, data, id, message) => {
    const result = runData(data, { require: [] })
    const check = result.checks.find((c) => c.id === id)
    expect(checkSentence(check!)).toMatch(message)
  })

  test('Hugging Face keys outside our sections are not constrained', () => {
    const result = runData({
      license: 'apache-2.0',
      'model-index': [{ name: 'x', results: [] }],
      tags: 'one',
      whatever: { nested: 'TBD' },
      privacy: { personal_data: false },
    })
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([['declaration:privacy', 'pass']])
  })

  test('schema problems in a section the policy does not require are advisory warnings', () => {
    const result = runData({ privacy: { personal_data: false }, governance: { intended_usage: 'x' } })
    const check = byId(result, 'declaration:governance.intended_usage')
    expect(check).toMatchObject({ status: 'warn', severity: 'warn' })
    expect(checkSentence(check!)).toMatch(/did you mean `intended_use`.*Advisory: the policy does not require `governance`/)
  })

  test('an empty value is reported once, as missing, not as a type error', () => {
    const result = runText('---\nprivacy:\n  personal_data:\n---\n')
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([['declaration:privacy.personal_data', 'fail']])
    expect(checkSentence(result.checks[0]!)).toMatch(/`privacy.personal_data` is empty: a placeholder counts as missing/)
  })

  test('every field of our sections has an example for fix hints', () => {
    const leaves: string[] = []
    const definitions = schema.definitions as Record<string, { properties?: object }>
    const walk = (path: string): void => {
      const node = schemaAt(path)
      const props = node?.properties ?? (node?.$ref ? definitions[node.$ref.replace('#/definitions/', '')]?.properties : undefined)
      leaves.push(path)
      for (const key of Object.keys(props ?? {})) walk(`${path}.${key}`)
    }
    for (const section of ['privacy', 'ownership', 'maintenance', 'governance']) walk(section)
    expect(leaves.length).toBeGreaterThan(40)
    expect(leaves.filter((path) => exampleFor(path) === undefined)).toEqual([])
  })

  test('canonicalEnum and normaliseDeclarations leave unknown values and other data alone', () => {
    expect(canonicalEnum('privacy.regulations.*', 'ccpa')).toBe('CCPA')
    expect(canonicalEnum('privacy.regulations.*', 'PIPEDA')).toBeUndefined()
    const data = { privacy: { regulations: ['gdpr', 'PIPEDA', 3] }, tags: ['gdpr'] }
    const normal = normaliseDeclarations(data)
    expect(normal.privacy).toEqual({ regulations: ['GDPR', 'PIPEDA', 3] })
    expect(normal.tags).toEqual(['gdpr'])
    expect(data.privacy.regulations).toEqual(['gdpr', 'PIPEDA', 3])
  })

  test.each<[unknown, string]>([
    [['a', 'b c'], '[a, b c]'],
    [{ k: '@team' }, "{k: '@team'}"],
    ['#alerts', "'#alerts'"],
    ['true', "'true'"],
    ['1.5', "'1.5'"],
    ["it's", "'it''s'"],
    [1e-6, '0.000001'],
    [true, 'true'],
  ])('yamlInline(%j) → %s', (value, expected) => {
    expect(yamlInline(value)).toBe(expected)
  })
})
