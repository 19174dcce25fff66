import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { GateResult } from '../../src/core/types.js'
import { renderComment, renderSummary, type RenderContext } from '../../src/render/comment.js'
import { parseMarker } from '../../src/core/marker.js'
import * as fx from './fixtures.js'
import { renderGfm, sourceCellCount, sourceTables, tablesOf, textOf } from './gfm.js'

const GOLDEN_DIR = new URL('../fixtures/golden/', import.meta.url)
const LINKS: RenderContext = {
  ...fx.CTX,
  runUrl: 'https://github.com/acme/fraud-model/actions/runs/42',
  repoUrl: 'https://github.com/acme/fraud-model',
}

const CASES: Array<[string, () => GateResult, RenderContext]> = [
  ['blocked', fx.blockedResult, fx.CTX],
  ['approved', fx.approvedResult, fx.CTX],
  ['advisory', fx.advisoryResult, LINKS],
  ['error', fx.errorResult, fx.CTX],
  ['policy-changes', fx.policyChangesResult, fx.CTX],
  ['missing-baseline', fx.missingBaselineResult, fx.CTX],
  ['multi-model', fx.multiModelResult, fx.CTX],
  ['declarations', fx.declarationsResult, fx.CTX],
]

/** Regenerate with UPDATE_GOLDEN=1 after a deliberate change, and review the diff. */
describe('golden comments', () => {
  test.each(CASES)('%s', (name, make, ctx) => {
    const file = new URL(`${name}.md`, GOLDEN_DIR)
    const markdown = renderComment(make(), ctx)
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, markdown)
    expect(existsSync(file)).toBe(true)
    expect(markdown).toBe(readFileSync(file, 'utf8'))
  })
})

/** Rows of the first (metrics) table as [icon, check, baseline, candidate, change, rule] texts. */
function metricTableRows(markdown: string): string[][] {
  const [table] = tablesOf(renderGfm(markdown))
  return (table ?? []).map((row) => row.map(textOf))
}

describe('every rendered comment', () => {
  test.each(CASES)('%s is well formed in cmark-gfm', (_name, make, ctx) => {
    const result = make()
    const markdown = renderComment(result, ctx)
    const html = renderGfm(markdown)
    expect(markdown.split('\n')[0]).toMatch(/^<!-- model-gate model=\S+ head=[0-9a-f]{40} -->$/)
    expect(parseMarker(markdown)?.model).toBe(result.modelKey)
    expect(html.startsWith('<!-- model-gate model=')).toBe(true)
    expect(html.match(/<!--/g)).toHaveLength(1)
    const firstHeading = /<h(\d)>([\s\S]*?)<\/h\1>/.exec(html)
    expect(firstHeading?.[1]).toBe('2')
    expect(firstHeading?.[2]).toContain(result.verdict)
    for (const table of sourceTables(markdown)) {
      const width = sourceCellCount(table[0] ?? '')
      for (const line of table) expect(sourceCellCount(line)).toBe(width)
    }
    for (const table of tablesOf(html)) {
      for (const row of table) expect(row).toHaveLength(table[0]?.length ?? 0)
    }
    expect(markdown.endsWith('\n')).toBe(true)
    expect(markdown).not.toMatch(/\n{3}/)
  })

  test.each(CASES)('%s: the job summary is the comment without the marker', (_name, make, ctx) => {
    const result = make()
    expect(`${renderComment(result, ctx).split('\n')[0]}\n${renderSummary(result, ctx)}`).toBe(renderComment(result, ctx))
    expect(parseMarker(renderSummary(result, ctx))).toBeUndefined()
  })
})

describe('blocked comment', () => {
  const markdown = renderComment(fx.blockedResult(), fx.CTX)
  const rows = metricTableRows(markdown)

  test('states the verdict and count first', () => {
    expect(markdown.split('\n')[1]).toBe('## ❌ model-gate: blocked — 2 of 5 metrics fail; 1 of 2 declaration checks fails')
  })

  test('summarises what blocks, with the numbers', () => {
    const summary = markdown.split('\n\n')[1]
    expect(summary).toContain('**recall** dropped 3.7% (0.842 → 0.811; may drop at most 1%)')
    expect(summary).toContain('**slices.mobile.recall** is 0.774 (at least 0.8)')
    expect(summary).toContain('**ownership** is not declared')
    expect(summary).not.toContain('calibration')
  })

  test('table header names the commits, rows run failing → warning → passing', () => {
    expect(rows[0]).toEqual(['', 'Check', 'Baseline 1a2b3c4', 'Candidate 4f2c1a9', 'Change', 'Rule'])
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['❌', 'recall'],
      ['❌', 'slices.mobile.recall'],
      ['⚠️', 'calibration_error'],
      ['✅', 'accuracy'],
      ['✅', 'latency_ms.p95'],
    ])
  })

  test('one row per metric with baseline, candidate, change and every rule', () => {
    expect(rows[1]).toEqual(['❌', 'recall', '0.842', '0.811', '−0.031 (−3.7%)', 'at least 0.8; may drop at most 1% (fails)'])
    expect(rows[3]?.[5]).toBe('at most 0.05 (warning)')
    expect(rows[5]).toEqual(['✅', 'latency_ms.p95', '88', '91', '+3 (+3.4%)', 'at most 120; may rise at most 10%'])
  })

  test('declarations in a details block, open because one blocks, failing first', () => {
    const html = renderGfm(markdown)
    expect(html).toContain('<details open><summary>Declarations: privacy ✅ · ownership ❌ (1 problem)</summary>')
    const declarations = tablesOf(html)[1]?.map((row) => row.map(textOf))
    expect(declarations?.slice(1)).toEqual([
      ['❌', 'ownership', 'MODEL_CARD.md:3', textOf(fx.UNDECLARED('ownership').replace(/`/g, ''))],
      ['✅', 'privacy', 'MODEL_CARD.md:3', 'MODEL_CARD.md declares privacy (line 3).'],
    ])
    expect(tablesOf(html)[1]?.[1]?.[3]).toContain("<code>ownership: {owner: '@team-handle', on_call: '@oncall'}</code>")
  })

  test('says where policy, baseline and candidate were read, then how to fix and pilot', () => {
    expect(markdown).toContain(
      'Policy `.github/model-gate.yml` read at base `1a2b3c4`; baseline `eval/metrics.json` read at base `1a2b3c4`; ' +
        'candidate `eval/metrics.json` read from the workspace at `4f2c1a9`.',
    )
    expect(markdown).toContain(
      '**To fix:** improve `recall`, `slices.mobile.recall` until they meet their rules; complete `ownership` in `MODEL_CARD.md`.',
    )
    expect(markdown).toContain('**To pilot first:** set `mode: advisory`')
    expect(markdown).toContain('CODEOWNERS')
    expect(markdown.indexOf('| ❌ |')).toBeLessThan(markdown.indexOf('<details'))
    expect(markdown.indexOf('<details')).toBeLessThan(markdown.indexOf('Policy `'))
    expect(markdown.indexOf('Policy `')).toBeLessThan(markdown.indexOf('**To fix:**'))
  })
})

describe('the table header names where each side was read', () => {
  test("a candidate read from the workspace on the baseline's own commit says workspace, not the same SHA twice", () => {
    const base = fx.blockedResult()
    const [ev] = base.evaluations
    const same = fx.result([
      { ...ev!, baseline: { ...ev!.baseline, sha: fx.HEAD_SHA }, candidate: { source: 'workspace', path: 'eval/metrics.json' } },
    ])
    const markdown = renderComment(same, fx.CTX)
    const short = fx.HEAD_SHA.slice(0, 7)
    expect(markdown).toContain(`| | Check | Baseline \`${short}\` | Candidate: workspace on \`${short}\` | Change | Rule |`)
  })

  test('different commits keep both SHAs', () => {
    expect(renderComment(fx.blockedResult(), fx.CTX)).toMatch(/\| Baseline `[0-9a-f]{7}` \| Candidate `[0-9a-f]{7}` \|/)
  })
})

describe('declarations', () => {
  const markdown = renderComment(fx.declarationsResult(), fx.CTX)
  const html = renderGfm(markdown)
  const rows = tablesOf(html)[1]?.map((row) => row.map(textOf)) ?? []

  test('the summary line names the section with its number of problems', () => {
    expect(markdown.split('\n\n')[1]).toBe('**ownership**: 3 declaration problems')
  })

  test('privacy and ownership at a glance, handles in code spans', () => {
    expect(markdown).toContain(
      '**Privacy:** personal data: **yes** · regulations: GDPR, HIPAA · legal basis: contract, legitimate interests · ' +
        'anonymisation: pseudonymisation · special categories: health\\\n' +
        '**Ownership:** owners: `@priya-r`, `@acme/payments-ml` · team: Payments Risk ML · on-call: *not declared* · next review: 2025-01-31',
    )
    expect(markdown.indexOf('**Privacy:**')).toBeLessThan(markdown.indexOf('<details'))
    expect(html).toMatch(/<p><strong>Privacy:<\/strong> [^\n]*<br \/>\n<strong>Ownership:<\/strong> [^\n]*<\/p>/)
  })

  test('the details summary counts problems and warnings per section, in the usual section order', () => {
    expect(html).toContain(
      '<details open><summary>Declarations: privacy ✅ · ownership ❌ (3 problems) · maintenance ⚠️ (1 warning)</summary>',
    )
  })

  test('one row per check: failing, then warnings, then passing; field, line and message', () => {
    expect(rows[0]).toEqual(['', 'Field', 'Line', 'Result'])
    expect(rows.slice(1).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['❌', 'ownership.on_call', 'MODEL_CARD.md:14'],
      ['❌', 'ownership.review.next_review_due', 'MODEL_CARD.md:19'],
      ['❌', 'ownership.owners.0.handle', 'MODEL_CARD.md:12'],
      ['⚠️', 'maintenance.monitoring.dashboard', 'MODEL_CARD.md:27'],
      ['✅', 'privacy', 'MODEL_CARD.md:5'],
    ])
    expect(rows[1]?.[3]).toBe("ownership.on_call is missing. Fix: add ownership.on_call: '@acme/payments-oncall'")
  })

  test('the fix names the failing fields and the card', () => {
    expect(markdown).toContain(
      '**To fix:** correct `ownership.on_call`, `ownership.review.next_review_due`, `ownership.owners.0.handle` in `MODEL_CARD.md`.',
    )
  })

  test('a single failing field is named with its place; a warning alone is said to warn', () => {
    const one = fx.fieldCheck('privacy.legal_basis', 'fail', 9, '`privacy.legal_basis` is missing.')
    const warn = fx.fieldCheck('maintenance.retraining', 'fail', 30, 'stale', { severity: 'warn' })
    const blocked = renderComment(fx.result([fx.evaluation({ verdict: 'blocked', checks: [one, warn] })]), fx.CTX)
    expect(blocked.split('\n\n')[1]).toBe('**privacy.legal\\_basis** fails (`MODEL_CARD.md:9`)')
    const approved = renderComment(fx.result([fx.evaluation({ checks: [warn] })]), fx.CTX)
    expect(approved.split('\n\n')[1]).toBe('Warnings (not blocking): **maintenance.retraining** warns (`MODEL_CARD.md:30`)')
    expect(approved).toContain('<details><summary>Declarations: maintenance ⚠️ (1 warning)</summary>')
  })

  test('no personal data: the privacy line says no and leaves out what need not be declared', () => {
    const card = fx.summary({ personalData: false, regulations: [], legalBasis: [], anonymisation: undefined })
    const markdown = renderComment(fx.result([fx.evaluation({ checks: fx.approvedChecks(), declarations: card })]), fx.CTX)
    expect(markdown).toContain('**Privacy:** personal data: no\\\n')
  })

  test('an empty card: what the reader needs is shown as not declared', () => {
    const card = fx.summary({
      personalData: undefined,
      regulations: [],
      legalBasis: [],
      anonymisation: undefined,
      owners: [],
      team: undefined,
      onCall: undefined,
      lastReviewed: undefined,
      nextReview: undefined,
    })
    const checks = [
      fx.declaration('privacy', 'fail', fx.UNDECLARED('privacy')),
      fx.declaration('ownership', 'fail', fx.UNDECLARED('ownership')),
    ]
    const markdown = renderComment(fx.result([fx.evaluation({ verdict: 'blocked', checks, declarations: card })]), fx.CTX)
    expect(markdown).toContain(
      '**Privacy:** personal data: *not declared*\\\n' +
        '**Ownership:** owners: *not declared* · on-call: *not declared* · next review: *not declared*',
    )
    expect(markdown).toContain('**To fix:** complete `privacy`, `ownership` in `MODEL_CARD.md`.')
  })

  test('enumeration values read as words; free text is left as written', () => {
    const card = fx.summary({
      regulations: ['UK_GDPR', 'EU_AI_ACT', 'other'],
      legalBasis: ['dpdp_legitimate_use'],
      anonymisation: 'differential_privacy (ε 1, δ 1e-06)',
      specialCategories: ['sex_life_or_sexual_orientation'],
      team: 'ml_platform',
    })
    const markdown = renderComment(fx.result([fx.evaluation({ checks: fx.approvedChecks(), declarations: card })]), fx.CTX)
    expect(markdown).toContain(
      'regulations: UK GDPR, EU AI ACT, other · legal basis: dpdp legitimate use · anonymisation: differential privacy (ε 1, δ 1e-06) · ' +
        'special categories: sex life or sexual orientation',
    )
    expect(markdown).toContain('team: ml\\_platform')
  })

  test('card-vs-metrics checks group under `model-index`, whatever their id looks like', () => {
    const stale = fx.fieldCheck('model-index.0.results.0.metrics.1', 'fail', 31, 'the card is stale.')
    const ambiguous = {
      ...fx.fieldCheck('model-index.0.results.0.metrics.0', 'warn', 28, 'ambiguous', { severity: 'warn' }),
      id: 'declaration:model-index:latency_ms.p95',
    }
    const markdown = renderComment(fx.result([fx.evaluation({ verdict: 'blocked', checks: [stale, ambiguous] })]), fx.CTX)
    expect(markdown).toContain('<details open><summary>Declarations: model-index ❌ (1 problem, 1 warning)</summary>')
    expect(markdown).toContain('| ⚠️ | `model-index.0.results.0.metrics.0` | `MODEL_CARD.md:28` | ambiguous |')
    expect(markdown.split('\n\n')[1]).toBe('**model-index.0.results.0.metrics.1** fails (`MODEL_CARD.md:31`)')
  })

  test('a qualifier after the field (two checks of one field) is not shown; the fix names the field once', () => {
    const passed = fx.fieldCheck('ownership.review.next_review_due', 'fail', 19, 'has passed')
    const order = {
      ...fx.fieldCheck('ownership.review.next_review_due', 'fail', 19, 'is before last_reviewed'),
      id: 'declaration:ownership.review.next_review_due:order',
    }
    const markdown = renderComment(fx.result([fx.evaluation({ verdict: 'blocked', checks: [passed, order] })]), fx.CTX)
    expect(markdown).toContain('| ❌ | `ownership.review.next_review_due` | `MODEL_CARD.md:19` | is before last\\_reviewed |')
    expect(markdown).toContain('**To fix:** correct `ownership.review.next_review_due` in `MODEL_CARD.md`.')
  })

  test('only the last review date: it is shown instead of the next one', () => {
    const card = fx.summary({ nextReview: undefined })
    const markdown = renderComment(fx.result([fx.evaluation({ checks: fx.approvedChecks(), declarations: card })]), fx.CTX)
    expect(markdown).toContain('· last reviewed: 2026-09-14\n')
  })

  test('a section neither declared nor checked gets no glance line; no checks and no summary, no block', () => {
    const ownershipOnly = fx.summary({ personalData: undefined, regulations: [], legalBasis: [], anonymisation: undefined })
    const checks = [fx.declaration('ownership', 'pass', fx.DECLARED('ownership'))]
    const markdown = renderComment(fx.result([fx.evaluation({ checks, declarations: ownershipOnly })]), fx.CTX)
    expect(markdown).not.toContain('**Privacy:**')
    expect(markdown).toContain('\n\n**Ownership:**')
    const bare = renderComment(fx.result([fx.evaluation({ checks: fx.approvedChecks().filter((c) => c.kind !== 'declaration') })]), fx.CTX)
    expect(bare).not.toContain('Declarations')
    expect(bare).not.toContain('**Ownership:**')
  })
})

describe('other verdicts', () => {
  test('approved: all checks pass, nothing to fix', () => {
    const markdown = renderComment(fx.approvedResult(), fx.CTX)
    expect(markdown.split('\n')[1]).toBe('## ✅ model-gate: approved — 3 metrics pass, declarations sound')
    expect(metricTableRows(markdown)[3]).toEqual(['✅', 'throughput', '1,200,000', '1,234,567', '+34,567 (+2.9%)', 'at least 1000'])
    expect(markdown).not.toContain('To fix')
    expect(markdown).not.toContain('To pilot')
  })

  test('advisory: heading and next line say nothing was enforced; links to commits and run', () => {
    const lines = renderComment(fx.advisoryResult(), LINKS).split('\n')
    expect(lines[1]).toBe('## ❌ model-gate: blocked (advisory: not enforced) — 2 of 5 metrics fail; 1 of 2 declaration checks fails')
    expect(lines[3]).toBe('**Advisory mode:** this result did not fail the check; in enforce mode it would have blocked the merge.')
    const markdown = lines.join('\n')
    expect(markdown).toContain('**To enforce:** set `mode: enforce`')
    expect(markdown).not.toContain('To pilot first')
    expect(markdown).toContain(`[\`1a2b3c4\`](<https://github.com/acme/fraud-model/commit/${fx.BASE_SHA}>)`)
    expect(renderGfm(markdown)).toContain('<a href="https://github.com/acme/fraud-model/actions/runs/42">Run log</a>')
  })

  test('error: every problem with file:line:column, message and fix; no table', () => {
    const markdown = renderComment(fx.errorResult(), fx.CTX)
    expect(markdown.split('\n')[1]).toBe('## ⚠️ model-gate: error — the gate could not be evaluated')
    expect(markdown).toContain(
      '- `.github/model-gate.yml:7:10` — gates.accuracy.min must be a number, got "high" — fix: write a number, e.g. min: 0.9',
    )
    expect(markdown).toContain('- `eval/metrics.json` — the metrics file does not exist in the workspace — fix: run the eval step')
    expect(markdown).not.toContain('| Check |')
    expect(markdown).toContain('**To fix:** correct the problems above')
  })

  test('policy changes: loosening listed first, marked as applying after merge', () => {
    const markdown = renderComment(fx.policyChangesResult(), fx.CTX)
    const section = markdown.slice(markdown.indexOf('**Policy changes in this PR**'))
    expect(section.split('\n').slice(0, 6)).toEqual([
      '**Policy changes in this PR** (apply after merge; the base policy decided this run):',
      '- **loosens** `accuracy`: min lowered from 0.9 to 0.8',
      '- **loosens** `accuracy`: max\\_regression raised from 0.5% to 2%',
      '- **loosens** `mode`: changed from enforce to advisory',
      '- **loosens** `declarations.require`: no longer requires privacy',
      '- **tightens** `latency_ms.p95`: max lowered from 120 to 100',
    ])
    expect(markdown.indexOf('**Policy changes')).toBeLessThan(markdown.indexOf('Policy `.github'))
  })

  test('missing baseline: rows not evaluated, with the reason and the provenance note', () => {
    const markdown = renderComment(fx.missingBaselineResult(), fx.CTX)
    expect(markdown.split('\n')[1]).toBe('## ✅ model-gate: approved — 2 not evaluated, 1 skipped')
    expect(metricTableRows(markdown).slice(1)).toEqual([
      ['➖', 'accuracy', '—', '0.953', '—', 'at least 0.9; may drop at most 0.5% (not evaluated)'],
      ['➖', 'latency_ms.p95', '—', '91', '—', 'at most 120; may rise at most 10% (not evaluated)'],
      ['⏭️', 'fairness.gap', '—', '—', '—', 'optional'],
    ])
    expect(markdown).toContain(
      '- ➖ `accuracy`, `latency_ms.p95`: not evaluated: the base commit 1a2b3c4 has no eval/metrics.json\n' +
        '- ⏭️ `fairness.gap` (skipped): missing from eval/metrics.json; skipped (required: false)',
    )
    expect(markdown).toContain('from the workspace at `4f2c1a9`. No baseline: the base commit 1a2b3c4 has no eval/metrics.json.')
  })

  test('multi-model: an overall heading, then one section per model', () => {
    const markdown = renderComment(fx.multiModelResult(), fx.CTX)
    const headings = markdown.split('\n').filter((l) => l.startsWith('#'))
    expect(headings).toEqual([
      '## ❌ model-gate: blocked — 1 of 2 models blocked',
      '### ❌ model `fraud`: blocked — 2 of 5 metrics fail; 1 of 2 declaration checks fails',
      '### ✅ model `churn`: approved — 3 metrics pass',
    ])
    expect(markdown.split('\n')[0]).toBe(`<!-- model-gate model=all head=${fx.HEAD_SHA} -->`)
    expect(markdown).toContain('baseline `eval/churn.json` read at base `1a2b3c4`')
    expect(markdown).toContain('**To fix:** model `fraud`: improve `recall`')
  })

  test('a single named model (matrix job) is named in the heading', () => {
    const result = fx.result([fx.evaluation({ model: 'fraud', checks: fx.approvedChecks() })], { modelKey: 'fraud' })
    const markdown = renderComment(result, fx.CTX)
    expect(markdown.split('\n')[0]).toBe(`<!-- model-gate model=fraud head=${fx.HEAD_SHA} -->`)
    expect(markdown.split('\n')[1]).toBe('## ✅ model-gate `fraud`: approved — 3 metrics pass, declarations sound')
  })
})

describe('numbers are never shown equal to what they are compared with', () => {
  test('a candidate just under its floor keeps the digits that make it fail', () => {
    const checks = [fx.threshold('accuracy', 'min', 'fail', 'at least 0.9', 0.89996, { baseline: 0.91504 })]
    const result = fx.result([fx.evaluation({ verdict: 'blocked', checks })])
    const rows = metricTableRows(renderComment(result, fx.CTX))
    expect(rows[1]?.slice(2, 4)).toEqual(['0.91504', '0.89996'])
  })

  test('a metric missing from the candidate says so under the table and in the fix', () => {
    const checks = [fx.threshold('recall', 'present', 'fail', 'must be present', null, { message: 'missing from eval/metrics.json' })]
    const markdown = renderComment(fx.result([fx.evaluation({ verdict: 'blocked', checks })]), fx.CTX)
    expect(markdown.split('\n\n')[1]).toBe('**recall**: missing from eval/metrics.json')
    expect(markdown).toContain('- ❌ `recall` (fails): missing from eval/metrics.json')
    expect(markdown).toContain('**To fix:** make the eval step write `recall` as a number to `eval/metrics.json`.')
  })
})

describe('long results stay readable', () => {
  test('at most 40 table rows, failing ones kept, the rest counted', () => {
    const checks = Array.from({ length: 60 }, (_, i) =>
      fx.threshold(`slices.s${i}.recall`, 'min', i === 55 ? 'fail' : 'pass', 'at least 0.8', i === 55 ? 0.7 : 0.9),
    )
    const markdown = renderComment(fx.result([fx.evaluation({ verdict: 'blocked', checks })]), fx.CTX)
    const rows = metricTableRows(markdown).slice(1)
    expect(rows).toHaveLength(40)
    expect(rows[0]?.slice(0, 2)).toEqual(['❌', 'slices.s55.recall'])
    expect(markdown).toContain('\n\n… and 20 more metrics (20 passing) in the JSON report.')
  })
})

describe('one row, one way of writing numbers', () => {
  test('a value of 12000 under a ceiling of 15000 reads 12,000 and 15,000 in the same row', async () => {
    const { evaluate } = await import('../../src/core/evaluate.js')
    const core = await import('../core/fixtures.js')
    const ev = evaluate(
      core.input({
        model: core.model([core.gate('tokens', { max: 15000, better: 'lower' })]),
        candidate: core.metrics({ tokens: 12000 }),
        baseline: core.metrics({ tokens: 11000 }),
      }),
    )
    const markdown = renderComment(fx.result([ev]), fx.CTX)
    expect(markdown).toContain('| ✅ | `tokens` | 11,000 | 12,000 | +1,000 (+9.1%) | at most 15,000 |')
  })
})

describe('a gate on a misspelt metric', () => {
  test('the comment suggests the name the file has instead of asking the eval step to write the typo', async () => {
    const { evaluate } = await import('../../src/core/evaluate.js')
    const core = await import('../core/fixtures.js')
    const ev = evaluate(
      core.input({ model: core.model([core.gate('acuracy', { min: 0.9 })]), candidate: core.metrics({ accuracy: 0.95 }) }),
    )
    const markdown = renderComment(fx.result([ev]), fx.CTX)
    expect(markdown).toContain('did you mean `accuracy`?')
    expect(markdown).toContain('**To fix:** rename the gate to `accuracy` in the policy, or make the eval step write `acuracy`.')
    expect(markdown).not.toContain('make the eval step write `acuracy` as a number')
  })
})
