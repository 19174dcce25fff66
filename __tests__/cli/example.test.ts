import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'
import { REPO_ROOT } from '../helpers/run-action.js'
import { renderGfm, textOf } from '../render/gfm.js'

// The README's first command, `node dist/cli/index.js check -C examples/fraud-model --base HEAD`,
// run on a committed copy of the example (so the test does not depend on this checkout's state).
let repo: GitRepo
let out: string
beforeAll(() => {
  repo = createGitRepo({ 'README.md': 'model-gate\n' })
  cpSync(join(REPO_ROOT, 'examples'), join(repo.dir, 'examples'), { recursive: true })
  repo.git('add', '-A')
  repo.git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'example')
  out = mkdtempSync(join(tmpdir(), 'model-gate-example-'))
})
afterAll(() => {
  repo.remove()
  rmSync(out, { recursive: true, force: true })
})

/** The bundled CLI on the example, as the README's first command runs it (review dates as of 2026-11-25). */
function checkExample(...extra: string[]) {
  const args = [
    join(REPO_ROOT, 'dist/cli/index.js'),
    'check',
    '-C',
    'examples/fraud-model',
    '--base',
    'HEAD',
    '--now',
    '2026-11-25',
    ...extra,
  ]
  return spawnSync(process.execPath, args, { cwd: repo.dir, encoding: 'utf8' })
}

test('the bundled example is blocked, and says why', () => {
  const report = join(out, 'report.json')
  const run = checkExample('--report', report)
  expect(run.stderr).toBe('')
  expect(run.status).toBe(1)
  expect(run.stdout).toMatch(/^model-gate: BLOCKED — 3 failed blocking checks/)
  expect(run.stdout).toMatch(
    /✗ fraud_loss: rose \$14,445 \(\+17%\) from \$84,482 to \$98,927; the limit is \$88,706; the 95% interval of the rise is \+\$7,641 to \+\$21,250/,
  )
  // recall, precision and f1 are recomputed from eval/predictions.csv (1,630 of 2,010 frauds caught)
  // and production's from eval/production/predictions.csv (1,690 of 2,010); the drop is judged on
  // the paired interval of the 6,000 transactions both models scored.
  expect(run.stdout).toMatch(
    /✗ recall: dropped 0\.0298507 \(3\.6%\) from 0\.840796 to 0\.810945; .*the 95% interval of the drop is \[0\.0161, 0\.045\], beyond the tolerance/,
  )
  expect(run.stdout).toMatch(
    /✓ recall: eval\/metrics\.json reports 0\.811 and its predictions in eval\/predictions\.csv give 0\.810945 \(6000 examples\): they agree/,
  )
  expect(run.stdout).toMatch(/- slices\.atm\.recall: skipped: n = 38 is below min_n 100/)
  expect(run.stdout).toMatch(/✗ slices\.mobile\.recall: 0\.774 is below the floor 0\.8/)
  expect(run.stdout).toMatch(/! calibration_error: 0\.056 is above the ceiling 0\.05/)

  const json = JSON.parse(readFileSync(report, 'utf8'))
  const failing = json.checks.filter((c: { status: string }) => c.status === 'fail').map((c: { id: string }) => c.id)
  expect(failing.sort()).toEqual(['baseline:recall:max_regression', 'kpi:fraud_loss:max_regression', 'threshold:slices.mobile.recall:min'])
  const kpi = json.checks.find((c: { id: string }) => c.id === 'kpi:fraud_loss:max_regression')
  expect(kpi).toMatchObject({ unit: 'USD', statistics: { method: 'delta', confidence: 0.95 } })
  expect(kpi.candidate).toBeCloseTo(98927.36, 1)
  expect(kpi.baseline).toBeCloseTo(84481.99, 1)
  const fairness = json.checks.filter((c: { kind: string }) => c.kind === 'fairness')
  expect(fairness.map((c: { ruleKey: string; status: string }) => [c.ruleKey, c.status])).toEqual([
    ['max_gap', 'pass'],
    ['min_ratio', 'pass'],
    ['max_gap_regression', 'pass'],
  ])
  expect(fairness[0].fairness.skipped).toEqual([{ slice: 'atm', metric: 'slices.atm.recall', n: 38, note: 'n = 38 is below min_n 100' }])
  const declarations = json.checks.filter((c: { kind: string }) => c.kind === 'declaration')
  expect(declarations.filter((c: { status: string }) => c.status !== 'pass')).toEqual([])
  expect(declarations.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['declaration:privacy', 'declaration:ownership']))
  expect(declarations.filter((c: { metric?: string }) => c.metric === 'recall')).toEqual([
    expect.objectContaining({ status: 'pass', candidate: 1630 / 2010, message: expect.stringMatching(/matches the candidate's `recall`/) }),
  ])
})

test('the example comment, rendered as GitHub does (cmark-gfm), leads with the KPI in dollars', () => {
  const markdown = join(out, 'comment.md')
  const run = checkExample('-q', '--markdown', markdown)
  expect(run.status).toBe(1)
  const text = textOf(renderGfm(readFileSync(markdown, 'utf8')))
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  expect(lines[0]).toBe('❌ model-gate: blocked — 1 of 1 KPI fails; 2 of 11 metrics fail')
  expect(lines[1]).toBe('Business KPIs')
  expect(lines[2]).toBe('❌ Expected monthly loss to fraud and manual review (fraud_loss): $84,482 → $98,927 (+$14,445, +17%)')
  expect(text).toContain('95% interval of the rise: +$7,641 to +$21,250 (delta)')
  expect(text).toContain('fixes 200, breaks 240 of 6,000 examples')
  expect(text).toContain('95% interval of the drop: +0.01609 to +0.04499 (bootstrap)')
  expect(text).toContain('Fairness across slices')
  expect(text).toContain('left out: atm (n = 38 is below min_n 100)')
})
