/** scripts/actionlint.mjs: the workflows shown to users are linted, and a broken one is reported at its file line. */
import { afterEach, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'

const SCRIPT = join(REPO_ROOT, 'scripts', 'actionlint.mjs')
const lint = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' })

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

test('every workflow in README.md, docs/ and examples/ passes actionlint', () => {
  const run = lint()
  expect(run.stdout).toMatch(/actionlint: \d+ workflows checked, 0 findings\./)
  expect(Number(/(\d+) workflows/.exec(run.stdout)?.[1])).toBeGreaterThanOrEqual(5)
  expect(run.status).toBe(0)
})

test('findings name the Markdown file and line; non-workflow YAML blocks (a policy, a GitLab job) are not linted', () => {
  dir = mkdtempSync(join(tmpdir(), 'mg-actionlint-'))
  mkdirSync(join(dir, 'docs'))
  mkdirSync(join(dir, 'examples'))
  writeFileSync(join(dir, 'README.md'), '# x\n\n```yaml\nversion: 1\ngates: {}\n```\n')
  writeFileSync(
    join(dir, 'docs', 'ci.md'),
    [
      '# CI',
      '',
      '```yaml',
      'gate:',
      '  script: [npx model-gate@1 check]',
      '```',
      '',
      '```yaml',
      'on: pull_request',
      'jobs:',
      '  gate:',
      '    runs-on: ubuntu-latest',
      '    steps:',
      '      - run: echo ${{ matrix.x }}',
      '```',
      '',
    ].join('\n'),
  )
  writeFileSync(
    join(dir, 'examples', 'wf.yml'),
    'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v4\n      - run: true\n',
  )
  const run = lint(dir)
  expect(run.status).toBe(1)
  expect(run.stdout).toMatch(/^docs\/ci\.md:14:\d+: property "x" is not defined/m)
  expect(run.stdout).toMatch(/^examples\/wf\.yml:3:\d+: .*"runs-on" section is missing/m)
  expect(run.stdout).toMatch(/actionlint: 2 workflows checked, 2 findings\./)
})
