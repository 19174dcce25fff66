import { checkSentence } from '../../src/core/check-text.js'
import { artefactPaths, checkDeclarations } from '../../src/declarations/check.js'
import { loadSchemaCompilers } from '../../src/declarations/custom-schema.js'
import type { Metrics } from '../../src/core/types.js'
import { parseDeclarations } from '../../src/declarations/parse.js'
import { byId, failing, failingIds, NOW, runData, runText } from './run-card.js'

const GOVERNANCE = {
  intended_use: 'Score card transactions for manual fraud review.',
  out_of_scope_use: ['Automated account closure.'],
  limitations: 'Less accurate for new merchants.',
  fairness: { assessed_slices: ['age_band', 'region'], report: 'reports/fairness.md' },
  explainability: { methods: ['SHAP'], artefacts: ['reports/shap.png', 'https://mlflow.acme.internal/run/7/shap.html'] },
}
const EXISTING = ['reports/fairness.md', 'reports/shap.png']
const MAINTENANCE = {
  retraining: { schedule: 'monthly', last_trained: '2026-10-01' },
  monitoring: { drift_metrics: ['auc'], alert_channel: '#fraud-alerts' },
}

const governance = (change: Record<string, unknown>, existing = EXISTING) =>
  runData({ governance: { ...GOVERNANCE, ...change } }, { require: ['governance'], existingFiles: existing })
const maintenance = (change: Record<string, unknown>, now = NOW) =>
  runData({ maintenance: { ...MAINTENANCE, ...change } }, { require: ['maintenance'], context: { now } })

// ajv's compilers are loaded on demand (src/gate/run.ts does it for a policy with `declarations.schema`)
beforeAll(loadSchemaCompilers)

describe('artefactPaths', () => {
  const paths = (gov: Record<string, unknown>) =>
    artefactPaths(parseDeclarations(`---\n${JSON.stringify({ governance: gov })}\n---\n`, 'MODEL_CARD.md'))

  test('relative paths of the fairness report and the artefacts, normalised and without duplicates', () => {
    expect(paths(GOVERNANCE)).toEqual(['reports/fairness.md', 'reports/shap.png'])
    expect(paths({ fairness: { report: './reports/f.md' }, explainability: { artefacts: ['reports/f.md', 'a/./b.png'] } })).toEqual([
      'reports/f.md',
      'a/b.png',
    ])
  })

  test('URLs, paths leaving the repository, absolute paths, references and placeholders are not looked up', () => {
    expect(
      paths({
        fairness: { report: 'FAIR-2026-3' },
        explainability: { artefacts: ['https://x.acme.io/a.png', '../secrets.txt', '/etc/passwd', 'a\\b.png', 'TBD', 7] },
      }),
    ).toEqual([])
  })

  test('nothing without a document or a governance section', () => {
    expect(artefactPaths(undefined)).toEqual([])
    expect(artefactPaths(parseDeclarations('# no front matter\n', 'MODEL_CARD.md'))).toEqual([])
    expect(artefactPaths(parseDeclarations('---\n- a\n---\n', 'MODEL_CARD.md'))).toEqual([])
  })
})

describe('governance (when the policy requires it)', () => {
  test('a complete section passes', () => {
    expect(governance({}).checks.map((c) => [c.id, c.status])).toEqual([['declaration:governance', 'pass']])
  })

  test.each<[string, Record<string, unknown>, string]>([
    ['intended use', { intended_use: undefined }, 'governance.intended_use'],
    ['out-of-scope use', { out_of_scope_use: [] }, 'governance.out_of_scope_use'],
    ['limitations', { limitations: undefined }, 'governance.limitations'],
    ['assessed slices', { fairness: { assessed_slices: [] } }, 'governance.fairness.assessed_slices'],
    ['explainability methods', { explainability: { artefacts: [] } }, 'governance.explainability.methods'],
  ])('%s missing fails', (_name, change, field) => {
    const result = governance(change)
    expect(failingIds(result)).toEqual([`declaration:${field}`])
    expect(checkSentence(byId(result, `declaration:${field}`)!)).toMatch(/ Fix: add `governance\./)
  })

  test.each<[string, Record<string, unknown>, string[], string[]]>([
    ['every artefact exists', {}, EXISTING, []],
    ['an artefact missing from the PR head', {}, ['reports/fairness.md'], ['declaration:governance.explainability.artefacts.0']],
    ['the fairness report missing', {}, ['reports/shap.png'], ['declaration:governance.fairness.report']],
    [
      'a URL report is not looked up',
      { fairness: { assessed_slices: ['age'], report: 'https://wiki.acme.internal/fairness' } },
      ['reports/shap.png'],
      [],
    ],
    ['a document reference is not looked up', { fairness: { assessed_slices: ['age'], report: 'FAIR-2026-3' } }, ['reports/shap.png'], []],
    [
      'a path leaving the repository',
      { explainability: { methods: ['LIME'], artefacts: ['../outside.png'] } },
      EXISTING,
      ['declaration:governance.explainability.artefacts.0'],
    ],
    [
      'an absolute path',
      { explainability: { methods: ['LIME'], artefacts: ['/reports/shap.png'] } },
      EXISTING,
      ['declaration:governance.explainability.artefacts.0'],
    ],
    [
      'a backslash path',
      { explainability: { methods: ['LIME'], artefacts: ['reports\\shap.png'] } },
      EXISTING,
      ['declaration:governance.explainability.artefacts.0'],
    ],
  ])('%s', (_name, change, existing, expected) => {
    expect(failingIds(governance(change, existing))).toEqual(expected)
  })

  test('a missing artefact names the path and how to fix it', () => {
    const check = byId(governance({}, ['reports/fairness.md']), 'declaration:governance.explainability.artefacts.0')
    expect(checkSentence(check!)).toMatch(
      /`governance.explainability.artefacts.0` names `reports\/shap.png`, which does not exist in the pull request's head. Fix: commit `reports\/shap.png`/,
    )
    expect(check?.location?.line).toBeGreaterThan(1)
  })

  test('not required and absent: nothing is said', () => {
    expect(runData({ privacy: { personal_data: false } }).checks.map((c) => c.id)).toEqual(['declaration:privacy'])
  })

  test('not required but present: problems are warnings, never blocking', () => {
    const result = runData({ privacy: { personal_data: false }, governance: { intended_use: 'x y' } }, { existingFiles: [] })
    expect(failing(result)).toEqual([])
    expect(result.checks.filter((c) => c.status === 'warn').map((c) => c.id)).toContain('declaration:governance.limitations')
  })
})

describe('maintenance (when the policy requires it)', () => {
  test('a complete section passes', () => {
    expect(maintenance({}).checks.map((c) => [c.id, c.status])).toEqual([['declaration:maintenance', 'pass']])
  })

  test.each<[string, Record<string, unknown>, string[]]>([
    ['a trigger instead of a schedule', { retraining: { trigger: 'auc drift > 0.02' } }, []],
    ['neither schedule nor trigger', { retraining: { last_trained: '2026-10-01' } }, ['declaration:maintenance.retraining']],
    ['a placeholder schedule', { retraining: { schedule: 'TBD' } }, ['declaration:maintenance.retraining.schedule']],
    ['no drift metrics', { monitoring: { drift_metrics: [], alert_channel: '#a' } }, ['declaration:maintenance.monitoring.drift_metrics']],
    ['no alert channel', { monitoring: { drift_metrics: ['auc'] } }, ['declaration:maintenance.monitoring.alert_channel']],
    ['last trained today', { retraining: { schedule: 'weekly', last_trained: '2026-11-25' } }, []],
    [
      'last trained in the future',
      { retraining: { schedule: 'weekly', last_trained: '2027-01-01' } },
      ['declaration:maintenance.retraining.last_trained'],
    ],
    [
      'last trained on an impossible date',
      { retraining: { schedule: 'weekly', last_trained: '2026-13-01' } },
      ['declaration:maintenance.retraining.last_trained'],
    ],
  ])('%s', (_name, change, expected) => {
    expect(failingIds(maintenance(change))).toEqual(expected)
  })

  test('the clock is injected: the same card is fine a month later', () => {
    const change = { retraining: { schedule: 'weekly', last_trained: '2026-12-20' } }
    expect(checkSentence(byId(maintenance(change), 'declaration:maintenance.retraining.last_trained')!)).toMatch(
      /is 2026-12-20, which is in the future \(today is 2026-11-25\)/,
    )
    expect(failing(maintenance(change, new Date('2026-12-25T00:00:00Z')))).toEqual([])
  })
})

describe('placeholders anywhere in our sections count as missing', () => {
  test.each<[string, Record<string, unknown>, string]>([
    [
      'a nested URL',
      { maintenance: { ...MAINTENANCE, monitoring: { ...MAINTENANCE.monitoring, dashboard: 'https://grafana.example.com/d/1' } } },
      'maintenance.monitoring.dashboard',
    ],
    [
      'a list item',
      { maintenance: { ...MAINTENANCE, monitoring: { ...MAINTENANCE.monitoring, drift_metrics: ['auc', 'TODO'] } } },
      'maintenance.monitoring.drift_metrics.1',
    ],
    [
      'an optional privacy field',
      { privacy: { personal_data: false, retention: { period: 'P30D', policy: '<link>' } } },
      'privacy.retention.policy',
    ],
    ['an empty string', { privacy: { personal_data: false, dpia: { reference: '' } } }, 'privacy.dpia.reference'],
    ['lorem ipsum', { maintenance: { ...MAINTENANCE, retraining: { schedule: 'Lorem ipsum dolor' } } }, 'maintenance.retraining.schedule'],
  ])('%s', (_name, data, field) => {
    const result = runData(data, { require: ['privacy', 'maintenance'].filter((s) => s in data) })
    expect(failingIds(result)).toEqual([`declaration:${field}`])
    expect(checkSentence(byId(result, `declaration:${field}`)!)).toMatch(/a placeholder counts as missing\. Fix: fill in the real value/)
  })
})

describe('checkDeclarations', () => {
  test('front matter with comments and odd indentation parses and passes', () => {
    const text = [
      '---',
      '# model card for the fraud model',
      'license: mit   # internal',
      'privacy:',
      '      personal_data: true        # six-space indent',
      '      data_categories:',
      '      - email',
      '      -   postcode',
      '      regulations: [ "GDPR" ,  uk-gdpr ]',
      '      legal_basis:',
      '          - contract',
      '      anonymisation: {method: Pseudonymisation}',
      '      retention:',
      '         period: P2Y   # two years',
      '---',
      '# Fraud model',
    ].join('\n')
    const result = runText(text)
    expect(result.checks.map((c) => [c.id, c.status, c.location?.line])).toEqual([['declaration:privacy', 'pass', 4]])
    expect(result.summary?.regulations).toEqual(['GDPR', 'UK_GDPR'])
  })

  test('failing checks come first, in card order, then warnings, then one pass per sound required section', () => {
    const text =
      '---\nprivacy: {personal_data: false}\nownership:\n  owners: [{handle: "@acme/ml"}]\n  team: ML\n  on_call: "@acme/oncall"\n  review: {next_review_due: 2027-01-01}\nmaintenance:\n  retraining: {}\n  monitoring: {alert_channel: "#a"}\n---\n'
    const result = runText(text, { require: ['privacy', 'ownership', 'maintenance'] })
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['declaration:maintenance.retraining', 'fail'],
      ['declaration:maintenance.monitoring.drift_metrics', 'fail'],
      ['declaration:ownership.escalation', 'warn'],
      ['declaration:privacy', 'pass'],
      ['declaration:ownership', 'pass'],
    ])
    expect(new Set(result.checks.map((c) => c.id)).size).toBe(result.checks.length)
  })

  test('a missing file fails every required section, without a line', () => {
    const result = checkDeclarations({
      doc: undefined,
      settings: { file: 'MODEL_CARD.md', require: ['privacy', 'ownership'] },
      now: NOW,
      existingFiles: new Set(),
    })
    expect(result.summary).toBeUndefined()
    expect(result.checks.map((c) => [c.id, c.status, c.location])).toEqual([
      ['declaration:privacy', 'fail', { file: 'MODEL_CARD.md' }],
      ['declaration:ownership', 'fail', { file: 'MODEL_CARD.md' }],
    ])
    expect(checkSentence(result.checks[0]!)).toMatch(
      /^MODEL_CARD.md does not exist in the pull request's head, so `privacy` is not declared. Fix: create MODEL_CARD.md \(start from templates\/MODEL_CARD.md\) with e.g. `privacy: \{personal_data: false\}`/,
    )
  })

  test.each<[string, string, string, RegExp]>([
    ['no front matter', '# Card\n', 'MODEL_CARD.md', /has no YAML front matter, so `privacy` is not declared. Fix: add a `---` block/],
    ['empty front matter', '---\n---\n', 'MODEL_CARD.md', /has empty front matter/],
    ['a list', '- privacy\n', 'decl.yml', /is not a mapping of keys \(a list\)/],
    ['empty YAML', '', 'decl.yml', /has empty content/],
  ])('%s fails every required section', (_name, text, file, message) => {
    const result = runText(text, { file, require: ['privacy', 'ownership'] })
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['declaration:privacy', 'fail'],
      ['declaration:ownership', 'fail'],
    ])
    expect(checkSentence(result.checks[0]!)).toMatch(message)
  })

  test('required dot paths and Hugging Face keys: present and not placeholders', () => {
    const result = runData(
      { license: 'TBD', datasets: ['acme/tx'], privacy: { personal_data: false } },
      { require: ['license', 'datasets', 'base_model', 'privacy'] },
    )
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['declaration:base_model', 'fail'],
      ['declaration:license', 'fail'],
      ['declaration:datasets', 'pass'],
      ['declaration:privacy', 'pass'],
    ])
    expect(checkSentence(byId(result, 'declaration:license')!)).toMatch(
      /`license` is the placeholder `TBD`; the policy requires it \(`declarations.require`\)/,
    )
  })

  test('a required dot path inside a section blocks even when the section is not required', () => {
    const result = runData({ ownership: { team: 'ML' } }, { require: ['ownership.on_call'] })
    expect(byId(result, 'declaration:ownership.on_call')).toMatchObject({ status: 'fail', severity: 'block' })
    expect(failingIds(result)).toEqual(['declaration:ownership.on_call'])
  })

  test('__proto__ and constructor keys are plain data', () => {
    const result = runText('---\n__proto__: {privacy: leaked}\nconstructor: {x: 1}\nprivacy: {personal_data: false, __proto__: x}\n---\n', {
      require: ['privacy', 'constructor', 'toString'],
    })
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['declaration:toString', 'fail'],
      ['declaration:privacy.__proto__', 'fail'],
      ['declaration:constructor', 'pass'],
    ])
    expect(({} as Record<string, unknown>).privacy).toBeUndefined()
  })

  test('the summary reads differential privacy with its parameters', () => {
    const { summary } = runData({
      privacy: { personal_data: true, anonymisation: { method: 'differential privacy', epsilon: 1, delta: 1e-6 } },
    })
    expect(summary?.anonymisation).toBe('differential_privacy (ε 1, δ 0.000001)')
  })

  test('the card’s published metrics are checked against the candidate', () => {
    const text =
      '---\nprivacy: {personal_data: false}\nmodel-index:\n- name: m\n  results:\n  - task: {type: classification}\n    dataset: {type: holdout, name: H}\n    metrics:\n    - {type: recall, value: 0.84}\n---\n'
    const candidate: Metrics = new Map([['recall', { value: 0.811 }]])
    const result = runText(text, { context: { candidate, gatedMetrics: ['recall'] } })
    const stale = failing(result)
    expect(stale).toHaveLength(1)
    expect(checkSentence(stale[0]!)).toMatch(/0\.84.*0\.811/)
  })

  test('the repository’s own schema is applied', () => {
    const extraSchema = { file: '.github/card.schema.json', schema: { type: 'object', required: ['datasets'] } }
    const result = runData({ privacy: { personal_data: false } }, { context: { extraSchema } })
    expect(failing(result).map((c) => c.location?.file)).toEqual(['MODEL_CARD.md'])
    expect(checkSentence(failing(result)[0]!)).toMatch(/card.schema.json/)
  })
})

describe('standalone declarations files', () => {
  test('a JSON file is checked with its own line numbers', () => {
    const json =
      '{\n  "privacy": {\n    "personal_data": true,\n    "data_categories": ["email"],\n    "regulations": ["GDPR"],\n    "legal_basis": ["contract"],\n    "anonymisation": {"method": "none"},\n    "retention": {"period": "18 months"}\n  }\n}\n'
    const result = runText(json, { file: 'declarations.json' })
    expect(failing(result).map((c) => [c.id, c.location?.line])).toEqual([['declaration:privacy.retention.period', 8]])
    expect(checkSentence(failing(result)[0]!)).toMatch(/^declarations.json line 8: .* Fix: write `privacy.retention.period: P18M`\.$/)
  })
})
