import type { Policy } from '../../src/core/types.js'
import { toAmount } from '../../src/core/rules/index.js'
import { closest } from '../../src/core/words.js'
import { parsePolicy } from '../../src/policy/load.js'
import { DECLARATION_NAMES, DECLARATION_SECTIONS } from '../../src/policy/declaration-names.js'
import { MAX_GATES_FOR_ALL_ERRORS, patternDefect } from '../../src/policy/schema.js'
import { problemOf, problemsOf } from '../helpers/expect-problems.js'

const FILE = '.github/model-gate.yml'

/** The example policy of product.md, verbatim. */
const PRODUCT_EXAMPLE = `version: 1
mode: enforce                  # enforce | advisory
metrics:
  file: eval/metrics.json      # candidate metrics, read from the workspace (written by the eval step)
baseline:
  source: base                 # base: the same file at the PR's base commit | file | none
  file: eval/metrics.json      # with source: file, a path read at the base commit
  missing: warn                # baseline file or metric absent: warn (checks shown as not evaluated) | fail
gates:
  accuracy:                    # a metric path (see "Metric names")
    min: 0.90                  # absolute floor (inclusive)
    max_regression: 0.5%       # relative to the baseline
    description: Share of transactions classified correctly
  latency_ms.p95:
    better: lower              # higher (default) | lower
    max: 120
    max_regression: 10         # a plain number is absolute, in the metric's own unit
  "slices.*.recall":
    min: 0.80                  # * matches one path segment; every match is its own check
  calibration_error:
    better: lower
    max: 0.05
    severity: warn             # block (default) | warn: shown, never blocks
declarations:
  file: MODEL_CARD.md          # YAML front matter in Markdown, or a .yml/.yaml/.json file
  require: [privacy, ownership]
`

const loc = (line: number, column: number) => ({ file: FILE, line, column })

describe('parsePolicy: valid policies', () => {
  test('the product.md example parses to the expected Policy', () => {
    const expected: Policy = {
      version: 1,
      mode: 'enforce',
      multiModel: false,
      models: [
        {
          name: 'default',
          metricsFile: 'eval/metrics.json',
          baseline: { source: 'base', file: 'eval/metrics.json', missing: 'warn' },
          gates: [
            {
              pattern: 'accuracy',
              better: 'higher',
              betterFrom: 'default',
              rules: { min: 0.9, max_regression: { kind: 'relative', percent: 0.5 } },
              severity: 'block',
              required: true,
              description: 'Share of transactions classified correctly',
              location: loc(10, 3),
            },
            {
              pattern: 'latency_ms.p95',
              better: 'lower',
              rules: { max: 120, max_regression: { kind: 'absolute', value: 10 } },
              severity: 'block',
              required: true,
              location: loc(14, 3),
            },
            {
              pattern: 'slices.*.recall',
              better: 'higher',
              betterFrom: 'default',
              rules: { min: 0.8 },
              severity: 'block',
              required: true,
              location: loc(18, 3),
            },
            { pattern: 'calibration_error', better: 'lower', rules: { max: 0.05 }, severity: 'warn', required: true, location: loc(20, 3) },
          ],
          declarations: { file: 'MODEL_CARD.md', require: ['privacy', 'ownership'] },
        },
      ],
    }
    expect(parsePolicy(PRODUCT_EXAMPLE, FILE)).toEqual(expected)
  })

  test('defaults: mode, metrics file, baseline, severity, required, better; no declarations', () => {
    const policy = parsePolicy('version: 1\ngates:\n  accuracy: {min: 0.9}\n', FILE)
    expect(policy).toEqual({
      version: 1,
      mode: 'enforce',
      multiModel: false,
      models: [
        {
          name: 'default',
          metricsFile: 'eval/metrics.json',
          baseline: { source: 'base', file: 'eval/metrics.json', missing: 'warn' },
          gates: [
            {
              pattern: 'accuracy',
              better: 'higher',
              betterFrom: 'default',
              rules: { min: 0.9 },
              severity: 'block',
              required: true,
              location: loc(3, 3),
            },
          ],
        },
      ],
    })
    expect(policy.models[0]?.declarations).toBeUndefined()
  })

  test('baseline.file defaults to metrics.file; declarations default to MODEL_CARD.md and [privacy, ownership]', () => {
    const policy = parsePolicy('version: 1\nmode: advisory\nmetrics: {file: out/m.yaml}\ngates:\n  a: {max: 1}\ndeclarations: {}\n', FILE)
    const model = policy.models[0]
    expect(policy.mode).toBe('advisory')
    expect(model?.baseline).toEqual({ source: 'base', file: 'out/m.yaml', missing: 'warn' })
    expect(model?.declarations).toEqual({ file: 'MODEL_CARD.md', require: ['privacy', 'ownership'] })
  })

  test('baseline source file with its own path, missing: fail, required: false, min_improvement', () => {
    const text =
      'version: 1\nbaseline: {source: file, file: eval/baseline.json, missing: fail}\ngates:\n  f1: {min_improvement: "5 %", required: false}\n  loss: {better: lower, min_improvement: 0.01}\n'
    const model = parsePolicy(text, FILE).models[0]
    expect(model?.baseline).toEqual({ source: 'file', file: 'eval/baseline.json', missing: 'fail' })
    expect(model?.gates[0]).toMatchObject({ pattern: 'f1', rules: { min_improvement: { kind: 'relative', percent: 5 } }, required: false })
    expect(model?.gates[1]).toMatchObject({
      pattern: 'loss',
      better: 'lower',
      rules: { min_improvement: { kind: 'absolute', value: 0.01 } },
    })
  })

  test('multi-model form: one ModelPolicy per model, in file order, each with its own settings', () => {
    const text = `version: 1
mode: advisory
models:
  fraud-v2:
    metrics: {file: fraud/metrics.json}
    gates:
      recall: {min: 0.8}
  ranker_1.0:
    baseline: {source: none}
    gates:
      ndcg: {max_regression: 1%}
    declarations: {file: ranker/card.md, require: [ownership]}
`
    const policy = parsePolicy(text, FILE)
    expect(policy.multiModel).toBe(true)
    expect(policy.mode).toBe('advisory')
    expect(policy.models.map((m) => m.name)).toEqual(['fraud-v2', 'ranker_1.0'])
    expect(policy.models[0]).toMatchObject({ metricsFile: 'fraud/metrics.json', baseline: { source: 'base', file: 'fraud/metrics.json' } })
    expect(policy.models[0]?.gates[0]?.location).toEqual(loc(7, 7))
    expect(policy.models[1]).toMatchObject({
      metricsFile: 'eval/metrics.json',
      baseline: { source: 'none', file: 'eval/metrics.json', missing: 'warn' },
      declarations: { file: 'ranker/card.md', require: ['ownership'] },
    })
  })

  test('declarations: extra schema, review age, CODEOWNERS, sections and fields to require', () => {
    const text = `version: 1
gates:
  a: {min: 1}
declarations:
  file: cards/fraud.md
  require: [privacy, ownership, governance, maintenance.monitoring, ownership.review.next_review_due]
  schema: governance/card.schema.json
  max_review_age_days: 180
  codeowners: true
`
    expect(parsePolicy(text, FILE).models[0]?.declarations).toEqual({
      file: 'cards/fraud.md',
      require: ['privacy', 'ownership', 'governance', 'maintenance.monitoring', 'ownership.review.next_review_due'],
      schema: 'governance/card.schema.json',
      maxReviewAgeDays: 180,
      codeowners: true,
    })
  })

  test('declarations: `codeowners: false` is the default and is not kept; `require: []` requires nothing', () => {
    const text = 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {codeowners: false, require: []}\n'
    expect(parsePolicy(text, FILE).models[0]?.declarations).toEqual({ file: 'MODEL_CARD.md', require: [] })
  })

  test('every section and field of the built-in declarations schema can be required', () => {
    expect(DECLARATION_SECTIONS).toEqual(['privacy', 'ownership', 'maintenance', 'governance'])
    expect(DECLARATION_NAMES).toEqual(
      expect.arrayContaining([
        'privacy.personal_data',
        'privacy.anonymisation.method',
        'privacy.dpia.reference',
        'privacy.retention.period',
        'ownership.owners',
        'ownership.on_call',
        'ownership.review.last_reviewed',
        'maintenance.retraining.schedule',
        'maintenance.monitoring.alert_channel',
        'governance.fairness.report',
        'governance.explainability.artefacts',
      ]),
    )
    expect(DECLARATION_NAMES).not.toContain('ownership.owners.handle')
    const text = `version: 1\ngates:\n  a: {min: 1}\ndeclarations:\n  require: [${DECLARATION_NAMES.join(', ')}]\n`
    expect(parsePolicy(text, FILE).models[0]?.declarations?.require).toEqual(DECLARATION_NAMES)
  })

  test('escaped dots and whole-segment wildcards are valid patterns', () => {
    const text = 'version: 1\ngates:\n  "a\\\\.b.*": {min: 0}\n  "*": {min: 0}\n  "macro avg.f1-score": {min: 0}\n'
    expect(parsePolicy(text, FILE).models[0]?.gates.map((g) => g.pattern)).toEqual(['a\\.b.*', '*', 'macro avg.f1-score'])
  })

  test('toAmount reads numbers and percentages', () => {
    expect(toAmount(0)).toEqual({ kind: 'absolute', value: 0 })
    expect(toAmount('0.5%')).toEqual({ kind: 'relative', percent: 0.5 })
    expect(toAmount(' 5 % ')).toEqual({ kind: 'relative', percent: 5 })
    expect(toAmount('.5%')).toEqual({ kind: 'relative', percent: 0.5 })
  })
})

describe('parsePolicy: every error is located and says what to do', () => {
  const cases: { name: string; text: string; line: number; column: number; message: RegExp; fix?: RegExp }[] = [
    {
      name: 'max_regression: five%',
      text: 'version: 1\ngates:\n  accuracy:\n    max_regression: five%\n',
      line: 4,
      column: 21,
      message: /`max_regression` of gate `accuracy`: expected a number or a percentage like 5%, found `five%`/,
    },
    {
      name: 'negative max_regression',
      text: 'version: 1\ngates:\n  accuracy:\n    max_regression: -1\n',
      line: 4,
      column: 21,
      message: /expected a number or a percentage like 5%, not a negative number/,
    },
    {
      name: 'negative percentage',
      text: 'version: 1\ngates:\n  accuracy:\n    min_improvement: -2%\n',
      line: 4,
      column: 22,
      message: /expected a number or a percentage like 5%, found `-2%`/,
    },
    {
      name: 'unknown gate key with suggestion',
      text: 'version: 1\ngates:\n  accuracy:\n    max_regresion: 1%\n',
      line: 4,
      column: 5,
      message: /unknown key `max_regresion` in gate `accuracy` \(did you mean `max_regression`\?\)/,
      fix: /Rename it to `max_regression`/,
    },
    {
      name: 'unknown top-level key with suggestion',
      text: 'version: 1\ngates:\n  a: {min: 1}\nbaseine:\n  source: none\n',
      line: 4,
      column: 1,
      message: /unknown key `baseine` at the top level of the policy \(did you mean `baseline`\?\)/,
    },
    {
      name: 'misspelled gates (one message, not also "no gates")',
      text: 'version: 1\ngate:\n  a: {min: 1}\n',
      line: 2,
      column: 1,
      message: /unknown key `gate` .*did you mean `gates`/,
    },
    {
      name: 'unknown key without a near match lists the valid keys',
      text: 'version: 1\ngates:\n  a: {min: 1, threshold: 3}\n',
      line: 3,
      column: 15,
      message: /unknown key `threshold` in gate `a`\.$/,
      fix: /Use only: `min`, `max`/,
    },
    {
      name: 'wrong version',
      text: 'version: 2\ngates:\n  a: {min: 1}\n',
      line: 1,
      column: 10,
      message: /unsupported policy version 2: expected `version: 1`/,
    },
    { name: 'version as a string', text: 'version: "1"\ngates:\n  a: {min: 1}\n', line: 1, column: 10, message: /expected `version: 1`/ },
    { name: 'missing version', text: 'gates:\n  a: {min: 1}\n', line: 1, column: 1, message: /no `version`/, fix: /version: 1/ },
    {
      name: 'min > max',
      text: 'version: 1\ngates:\n  a:\n    min: 2\n    max: 1\n',
      line: 4,
      column: 5,
      message: /gate `a` has `min: 2` above `max: 1`/,
    },
    { name: 'empty gates', text: 'version: 1\ngates: {}\n', line: 2, column: 1, message: /`gates` is empty/, fix: /at least one gate/ },
    { name: 'no gates at all', text: 'version: 1\nmode: enforce\n', line: 1, column: 1, message: /the policy has no `gates`/ },
    {
      name: 'gate with no rule',
      text: 'version: 1\ngates:\n  accuracy: {better: lower, severity: warn}\n',
      line: 3,
      column: 3,
      message: /gate `accuracy` has no rule: a gate needs at least one of `min`, `max`, `max_regression`, `min_improvement`/,
    },
    {
      name: 'gate that is a number',
      text: 'version: 1\ngates:\n  accuracy: 0.9\n',
      line: 3,
      column: 13,
      message: /gate `accuracy` must be a mapping of rules/,
    },
    {
      name: 'gate that is empty',
      text: 'version: 1\ngates:\n  accuracy:\n',
      line: 3,
      column: 3,
      message: /gate `accuracy` must be a mapping of rules, found nothing/,
    },
    {
      name: 'pattern with an empty segment',
      text: 'version: 1\ngates:\n  a..b: {min: 1}\n',
      line: 3,
      column: 3,
      message: /invalid gate pattern `a\.\.b`: it has an empty segment/,
    },
    { name: 'pattern with a trailing dot', text: 'version: 1\ngates:\n  "a.": {min: 1}\n', line: 3, column: 3, message: /empty segment/ },
    {
      name: 'pattern with a partial wildcard',
      text: 'version: 1\ngates:\n  "slices.mob*.recall": {min: 1}\n',
      line: 3,
      column: 3,
      message: /`\*` must be a whole segment/,
    },
    {
      name: 'mixing models and top-level gates',
      text: 'version: 1\nmodels:\n  a:\n    gates:\n      x: {min: 1}\ngates:\n  y: {min: 1}\n',
      line: 6,
      column: 1,
      message: /top-level `gates` cannot be combined with `models:`/,
    },
    {
      name: 'bad model name',
      text: 'version: 1\nmodels:\n  "fraud model":\n    gates:\n      x: {min: 1}\n',
      line: 3,
      column: 3,
      message: /invalid model name `fraud model`/,
    },
    {
      name: 'model without gates',
      text: 'version: 1\nmodels:\n  a:\n    metrics: {file: a.json}\n',
      line: 3,
      column: 3,
      message: /model `a` has no `gates`/,
    },
    { name: 'empty models', text: 'version: 1\nmodels: {}\n', line: 2, column: 1, message: /`models` is empty/ },
    {
      name: 'unknown key inside a model',
      text: 'version: 1\nmodels:\n  a:\n    gates: {x: {min: 1}}\n    mode: advisory\n',
      line: 5,
      column: 5,
      message: /unknown key `mode` in model `a`/,
    },
    {
      name: 'bad enum with suggestion',
      text: 'version: 1\nmode: advisary\ngates:\n  a: {min: 1}\n',
      line: 2,
      column: 7,
      message: /`mode` is "advisary"; expected one of `enforce`, `advisory` \(did you mean `advisory`\?\)/,
    },
    {
      name: 'better: up',
      text: 'version: 1\ngates:\n  a: {min: 1, better: up}\n',
      line: 3,
      column: 23,
      message: /`better` of gate `a` is "up"; expected one of `higher`, `lower`/,
    },
    {
      name: 'min as a string',
      text: 'version: 1\ngates:\n  a: {min: "0.9"}\n',
      line: 3,
      column: 12,
      message: /`min` of gate `a` must be a number, found the string "0.9"/,
    },
    {
      name: 'min as .nan',
      text: 'version: 1\ngates:\n  a: {min: .nan}\n',
      line: 3,
      column: 12,
      message: /`min` of gate `a` must be a number/,
    },
    {
      name: 'required as a string',
      text: 'version: 1\ngates:\n  a: {min: 1, required: "no"}\n',
      line: 3,
      column: 25,
      message: /`required` of gate `a` must be `true` or `false`/,
    },
    {
      name: 'source: file without a file',
      text: 'version: 1\nbaseline:\n  source: file\ngates:\n  a: {min: 1}\n',
      line: 2,
      column: 1,
      message: /`baseline.source` is `file`, so `baseline.file` is required/,
    },
    {
      name: 'metrics file outside the repository',
      text: 'version: 1\nmetrics: {file: ../secrets.json}\ngates:\n  a: {min: 1}\n',
      line: 2,
      column: 17,
      message: /`metrics.file` is `..\/secrets.json`: expected a path inside the repository/,
    },
    {
      name: 'absolute baseline file',
      text: 'version: 1\nbaseline: {source: file, file: /etc/passwd}\ngates:\n  a: {min: 1}\n',
      line: 2,
      column: 32,
      message: /expected a path inside the repository/,
    },
    {
      name: 'empty file path',
      text: 'version: 1\nmetrics: {file: ""}\ngates:\n  a: {min: 1}\n',
      line: 2,
      column: 17,
      message: /`metrics.file` is empty/,
    },
    {
      name: 'declarations.require not a list',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {require: privacy}\n',
      line: 4,
      column: 25,
      message: /`declarations.require` must be a list/,
    },
    {
      name: 'declarations.require with an empty entry',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {require: [privacy, ""]}\n',
      line: 4,
      column: 35,
      message: /`declarations.require.1` is empty/,
    },
    {
      name: 'declarations.require with a duplicate',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {require: [privacy, privacy]}\n',
      line: 4,
      column: 25,
      message: /lists the same entry twice/,
    },
    {
      name: 'declarations.require: a misspelt section',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {require: [privacy, ownrship]}\n',
      line: 4,
      column: 35,
      message: /^`declarations.require` names `ownrship`, which is not a declarations section \(did you mean `ownership`\?\)\.$/,
      fix: /^Write `ownership`\.$/,
    },
    {
      name: 'declarations.require: a section with the wrong case',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {require: [Privacy]}\n',
      line: 4,
      column: 26,
      message: /names `Privacy`.*did you mean `privacy`/,
    },
    {
      name: 'declarations.require: an unknown section',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations:\n  require:\n    - safety\n',
      line: 6,
      column: 7,
      message: /names `safety`, which is not a declarations section\.$/,
      fix: /`privacy`, `ownership`, `maintenance`, `governance`/,
    },
    {
      name: 'declarations.require: a misspelt field',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {require: [ownership.oncall]}\n',
      line: 4,
      column: 26,
      message: /names `ownership.oncall`, which is not a field of `ownership` \(did you mean `ownership.on_call`\?\)/,
    },
    {
      name: 'declarations.require: a misspelt nested field',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {require: [ownership.review.next_review]}\n',
      line: 4,
      column: 26,
      message: /did you mean `ownership.review.next_review_due`/,
    },
    {
      name: 'declarations.require: a field with no near match',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {require: [ownership.foo]}\n',
      line: 4,
      column: 26,
      message: /names `ownership.foo`, which is not a field of `ownership`\.$/,
      fix: /schema\/declarations.schema.json/,
    },
    {
      name: 'declarations.require in a model names the model',
      text: 'version: 1\nmodels:\n  fraud:\n    gates: {a: {min: 1}}\n    declarations: {require: [privcy]}\n',
      line: 5,
      column: 30,
      message: /^`declarations.require` \(model `fraud`\) names `privcy`.*did you mean `privacy`/,
    },
    {
      name: 'declarations.schema outside the repository',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {schema: ../shared/card.json}\n',
      line: 4,
      column: 24,
      message: /`declarations.schema` is `..\/shared\/card.json`: expected a path inside the repository/,
    },
    {
      name: 'absolute declarations.schema',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {schema: /etc/card.json}\n',
      line: 4,
      column: 24,
      message: /`declarations.schema` is `\/etc\/card.json`: expected a path inside the repository/,
    },
    {
      name: 'empty declarations.schema',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {schema: ""}\n',
      line: 4,
      column: 24,
      message: /`declarations.schema` is empty/,
    },
    {
      name: 'max_review_age_days: 0',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {max_review_age_days: 0}\n',
      line: 4,
      column: 37,
      message: /`declarations.max_review_age_days` is 0; expected 1 or more/,
      fix: /e\.g\. `180`/,
    },
    {
      name: 'negative max_review_age_days',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {max_review_age_days: -30}\n',
      line: 4,
      column: 37,
      message: /is -30; expected 1 or more/,
    },
    {
      name: 'fractional max_review_age_days',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {max_review_age_days: 90.5}\n',
      line: 4,
      column: 37,
      message: /`declarations.max_review_age_days` must be a whole number, found the value 90.5/,
    },
    {
      name: 'max_review_age_days as a string',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {max_review_age_days: "180 days"}\n',
      line: 4,
      column: 37,
      message: /must be a whole number, found the string "180 days"/,
    },
    {
      name: 'codeowners as a string',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {codeowners: "yes"}\n',
      line: 4,
      column: 28,
      message: /`declarations.codeowners` must be `true` or `false`/,
    },
    {
      name: 'misspelt declarations key',
      text: 'version: 1\ngates:\n  a: {min: 1}\ndeclarations: {code_owners: true}\n',
      line: 4,
      column: 16,
      message: /unknown key `code_owners` in `declarations` \(did you mean `codeowners`\?\)/,
    },
    { name: 'empty policy file', text: '', line: 1, column: 1, message: /expected the policy to be a mapping starting with `version: 1`/ },
    { name: 'a list instead of a mapping', text: '- version: 1\n', line: 1, column: 1, message: /expected the policy to be a mapping/ },
    {
      name: 'YAML syntax error',
      text: 'version: 1\ngates:\n  a: {min: 1\n  b: 2\n',
      line: 4,
      column: 3,
      message: /^invalid YAML: Flow map/,
    },
    { name: 'bad indentation', text: 'version: 1\ngates:\n  a:\n    min: 1\n   max: 2\n', line: 5, column: 1, message: /^invalid YAML/ },
    { name: 'duplicate key', text: 'version: 1\ngates:\n  a: {min: 1}\n  a: {min: 2}\n', line: 4, column: 3, message: /duplicate key `a`/ },
    {
      name: '%YAML 1.1 directive',
      text: '%YAML 1.1\n---\nversion: 1\nmode: yes\ngates:\n  a: {min: 1}\n',
      line: 1,
      column: 1,
      message: /`%YAML 1.1` directive is not supported/,
    },
    {
      name: 'custom tag',
      text: 'version: 1\ngates:\n  a: {min: !eval 1}\n',
      line: 3,
      column: 12,
      message: /unsupported YAML tag \(!eval\)/,
    },
    {
      name: 'two documents',
      text: 'version: 1\ngates:\n  a: {min: 1}\n---\nversion: 1\n',
      line: 4,
      column: 1,
      message: /more than one YAML document/,
    },
  ]

  test.each(cases)('$name', ({ text, line, column, message, fix }) => {
    const problem = problemOf(() => parsePolicy(text, FILE))
    expect(problem).toMatchObject({ file: FILE, line, column })
    expect(problem.message).toMatch(message)
    expect(problem.fix).toEqual(expect.any(String))
    if (fix) expect(problem.fix).toMatch(fix)
  })

  test('without the directive, `yes` stays a string and so is rejected as a mode', () => {
    const problem = problemOf(() => parsePolicy('version: 1\nmode: yes\ngates:\n  a: {min: 1}\n', FILE))
    expect(problem.message).toMatch(/`mode` is "yes"/)
  })

  test('alias bomb is stopped', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]']
    for (const [prev, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
      ['g', 'h'],
    ] as const) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`)
    }
    const text = `version: 1\n${levels.join('\n')}\ngates:\n  a: {min: 1}\n`
    const start = Date.now()
    const problem = problemOf(() => parsePolicy(text, FILE))
    expect(problem.message).toMatch(/too many alias expansions/)
    expect(problem.line).toBeGreaterThan(1)
    expect(Date.now() - start).toBeLessThan(2000)
  })

  test('a few aliases are fine', () => {
    const text = 'version: 1\ngates:\n  a: &strict {min: 0.9, max_regression: 1%}\n  b: *strict\n'
    const gates = parsePolicy(text, FILE).models[0]?.gates
    expect(gates?.[1]).toMatchObject({ pattern: 'b', rules: { min: 0.9, max_regression: { kind: 'relative', percent: 1 } } })
  })

  test('merge keys are not merged (`<<` is an unknown key)', () => {
    const problems = problemsOf(() => parsePolicy('version: 1\ngates:\n  a: &s {min: 1}\n  b:\n    <<: *s\n', FILE))
    expect(problems).toContainEqual(
      expect.objectContaining({ line: 5, column: 5, message: 'merge keys (`<<`) are not supported in gate `b`.' }),
    )
    expect(problems).toContainEqual(expect.objectContaining({ line: 4, column: 3, message: expect.stringMatching(/gate `b` has no rule/) }))
  })

  test('all schema errors are reported at once, in file order, one per place', () => {
    const text = 'version: 1\nmode: strict\ngates:\n  a: {max_regression: five%}\n  b: {mni: 1}\n  c..d: {min: 1}\n'
    const problems = problemsOf(() => parsePolicy(text, FILE))
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 7],
      [4, 23],
      [5, 7],
      [6, 3],
    ])
  })

  test('a `__proto__` or `constructor` key cannot reach Object.prototype', () => {
    const policy = parsePolicy('version: 1\ngates:\n  __proto__: {min: 1}\n  constructor: {max: 2}\n  toString: {min: 0}\n', FILE)
    expect(policy.models[0]?.gates.map((g) => g.pattern)).toEqual(['__proto__', 'constructor', 'toString'])
    expect(({} as Record<string, unknown>).min).toBeUndefined()
    const problem = problemOf(() => parsePolicy('version: 1\n__proto__: {mode: advisory}\ngates:\n  a: {min: 1}\n', FILE))
    expect(problem.message).toMatch(/unknown key `__proto__`/)
    expect(({} as Record<string, unknown>).mode).toBeUndefined()
  })
})

describe('schema helpers', () => {
  test.each([
    ['max_regresion', ['min', 'max', 'max_regression', 'min_improvement'], 'max_regression'],
    ['minimum', ['min', 'max'], undefined],
    ['Gates', ['gates', 'models'], 'gates'],
    ['xyz', ['gates'], undefined],
  ])('closest(%s)', (word, candidates, expected) => {
    expect(closest(word, candidates)).toBe(expected)
  })

  test.each([
    ['', /empty/],
    ['a\\', /lone/],
    ['.a', /empty segment/],
    ['a*', /whole segment/],
  ])('patternDefect(%j)', (pattern, expected) => {
    expect(patternDefect(pattern)).toMatch(expected)
  })
})

describe('a policy with a huge number of bad gates', () => {
  const badPolicy = (gates: number): string =>
    ['version: 1', 'gates:', ...Array.from({ length: gates }, (_, i) => `  g${i}: {mni: 1}`), ''].join('\n')

  test('up to the limit, every bad gate is reported', () => {
    expect(problemsOf(() => parsePolicy(badPolicy(50), 'p.yml')).length).toBeGreaterThanOrEqual(50)
  })

  test('above it, the first problem is reported promptly instead of every one (all-errors validation is quadratic)', () => {
    const started = Date.now()
    const problems = problemsOf(() => parsePolicy(badPolicy(MAX_GATES_FOR_ALL_ERRORS * 10), 'p.yml'))
    expect(Date.now() - started).toBeLessThan(5000)
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatchObject({ file: 'p.yml', line: 3 })
  })
})
