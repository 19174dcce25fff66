import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'
import { REPO_ROOT } from '../helpers/run-action.js'

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

test('the bundled example is blocked, and says why', () => {
  const report = join(out, 'report.json')
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist/cli/index.js'), 'check', '-C', 'examples/fraud-model', '--base', 'HEAD', '--now', '2026-11-25', '--report', report], {
    cwd: repo.dir,
    encoding: 'utf8'
  })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(1)
  expect(run.stdout).toMatch(/^model-gate: BLOCKED — 2 failed blocking checks/)
  // recall, precision and f1 are recomputed from eval/predictions.csv (163 of 201 frauds caught)
  // and production's from eval/production/predictions.csv (169 of 201).
  expect(run.stdout).toMatch(/✗ recall: dropped 0\.0298507 \(3\.6%\) from 0\.840796 to 0\.810945/)
  expect(run.stdout).toMatch(/✓ recall: eval\/metrics\.json reports 0\.811 and its predictions in eval\/predictions\.csv give 0\.810945 \(600 examples\): they agree/)
  expect(run.stdout).toMatch(/✗ slices\.mobile\.recall: 0\.774 is below the floor 0\.8/)
  expect(run.stdout).toMatch(/! calibration_error: 0\.056 is above the ceiling 0\.05/)

  const json = JSON.parse(readFileSync(report, 'utf8'))
  const failing = json.checks.filter((c: { status: string }) => c.status === 'fail').map((c: { id: string }) => c.id)
  expect(failing.sort()).toEqual(['baseline:recall:max_regression', 'threshold:slices.mobile.recall:min'])
  const declarations = json.checks.filter((c: { kind: string }) => c.kind === 'declaration')
  expect(declarations.filter((c: { status: string }) => c.status !== 'pass')).toEqual([])
  expect(declarations.map((c: { id: string }) => c.id)).toEqual(expect.arrayContaining(['declaration:privacy', 'declaration:ownership']))
  expect(declarations.filter((c: { metric?: string }) => c.metric === 'recall')).toEqual([
    expect.objectContaining({ status: 'pass', candidate: 163 / 201, message: expect.stringMatching(/matches the candidate's `recall`/) })
  ])
})
