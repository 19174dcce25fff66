import { checkSentence } from '../../src/core/check-text.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { failing, runText } from './run-card.js'

const REALWORLD = join(import.meta.dirname, '..', 'fixtures', 'realworld')
const CARDS = ['notus-7b-v1_MODEL_CARD.md', 'stable-code-3b_README.md', 'tulu-2-dpo-7B_README.md']
const ALL = ['privacy', 'ownership', 'maintenance', 'governance']

/** What a Hugging Face card without governance keys lacks, in the order the comment lists it. */
const MISSING = [
  'privacy.personal_data',
  'ownership.owners',
  'ownership.team',
  'ownership.on_call',
  'ownership.review.next_review_due',
  'maintenance.retraining',
  'maintenance.monitoring.drift_metrics',
  'maintenance.monitoring.alert_channel',
  'governance.intended_use',
  'governance.out_of_scope_use',
  'governance.limitations',
  'governance.fairness.assessed_slices',
  'governance.explainability.methods',
]

describe.each(CARDS)('Hugging Face card %s (no governance keys)', (file) => {
  const text = readFileSync(join(REALWORLD, file), 'utf8')

  test('lists every missing field, each with a fix, and no section passes', () => {
    const result = runText(text, { file, require: ALL })
    expect(failing(result).map((c) => c.id.replace('declaration:', ''))).toEqual(MISSING)
    expect(result.checks.filter((c) => c.status === 'pass')).toEqual([])
    for (const check of failing(result)) {
      expect(checkSentence(check!)).toMatch(
        new RegExp(`^${file} line 1: \`${check.id.replace('declaration:', '').replace(/\./g, '\\.')}\`.* Fix: `),
      )
      expect(check.location).toEqual({ file, line: 1 })
    }
  })

  test('its Hugging Face keys are left alone: requiring only privacy lists only personal_data', () => {
    const result = runText(text, { file, require: ['privacy'] })
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([['declaration:privacy.personal_data', 'fail']])
  })

  test('the summary is empty rather than wrong', () => {
    expect(runText(text, { file, require: ALL }).summary).toEqual({
      file,
      personalData: undefined,
      regulations: [],
      legalBasis: [],
      anonymisation: undefined,
      specialCategories: [],
      owners: [],
      team: undefined,
      onCall: undefined,
      lastReviewed: undefined,
      nextReview: undefined,
    })
  })

  test('once the governance keys are added beside the Hugging Face ones, it passes', () => {
    const keys = [
      'privacy: {personal_data: false}',
      "ownership: {owners: [{handle: '@acme/llm'}], team: LLM research, on_call: '@acme/llm-oncall', review: {next_review_due: 2027-01-31}}",
      "maintenance: {retraining: {trigger: new base model}, monitoring: {drift_metrics: [win_rate], alert_channel: '#llm-alerts'}}",
      'governance: {intended_use: research chat, out_of_scope_use: medical advice, limitations: [hallucinates], fairness: {assessed_slices: [language]}, explainability: {methods: [attention maps]}}',
    ].join('\n')
    const extended = text.replace(/^---\r?\n/, `---\n${keys}\n`)
    const result = runText(extended, { file, require: ALL })
    expect(result.checks.filter((c) => c.status !== 'pass' && c.status !== 'warn')).toEqual([])
    expect(result.checks.filter((c) => c.status === 'pass').map((c) => c.id)).toEqual(ALL.map((s) => `declaration:${s}`))
  })
})
