import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { artefactPaths } from '../../src/declarations/check.js'
import { parseDeclarations } from '../../src/declarations/parse.js'
import { failing, NOW, runText } from './run-card.js'

const TEMPLATE = readFileSync(join(import.meta.dirname, '..', '..', 'templates', 'MODEL_CARD.md'), 'utf8')
const ALL = ['privacy', 'ownership', 'maintenance', 'governance']
const ARTEFACTS = ['reports/fairness.md', 'reports/shap_summary.png', 'reports/shap_top_features.csv']

describe('templates/MODEL_CARD.md', () => {
  test('names exactly its artefacts for the caller to look up', () => {
    expect(artefactPaths(parseDeclarations(TEMPLATE, 'MODEL_CARD.md'))).toEqual(ARTEFACTS)
  })

  test(`passes every check on ${NOW.toISOString().slice(0, 10)} with all sections required`, () => {
    const result = runText(TEMPLATE, { require: ALL, existingFiles: ARTEFACTS, settings: { maxReviewAgeDays: 180 } })
    expect(result.checks.filter((c) => c.status !== 'pass')).toEqual([])
    expect(result.checks.map((c) => c.id)).toEqual(ALL.map((s) => `declaration:${s}`))
  })

  test('summarises the card', () => {
    const { summary } = runText(TEMPLATE, { require: ALL, existingFiles: ARTEFACTS })
    expect(summary).toEqual({
      file: 'MODEL_CARD.md',
      personalData: true,
      regulations: ['GDPR', 'CCPA'],
      legalBasis: ['legitimate_interests'],
      anonymisation: 'pseudonymisation',
      specialCategories: [],
      owners: ['@priya-r', '@acme/payments-ml'],
      team: 'Payments Risk ML',
      onCall: '@acme/payments-oncall',
      lastReviewed: '2026-09-14',
      nextReview: '2027-03-14',
    })
  })

  test('works as a standalone YAML file too (front matter only)', () => {
    const yaml = TEMPLATE.split(/^---$/m)[1] ?? ''
    const result = runText(yaml, { file: 'declarations.yml', require: ALL, existingFiles: ARTEFACTS })
    expect(failing(result)).toEqual([])
  })

  test('without its artefacts in the PR head, each missing one fails', () => {
    const result = runText(TEMPLATE, { require: ALL, existingFiles: ['reports/fairness.md'] })
    expect(failing(result).map((c) => c.id)).toEqual([
      'declaration:governance.explainability.artefacts.0',
      'declaration:governance.explainability.artefacts.1',
    ])
  })
})
