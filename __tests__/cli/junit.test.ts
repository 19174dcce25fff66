/** `model-gate check --junit FILE` on a real git repository (in-process, on src/). */
import { afterEach, expect, test } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { main } from '../../src/cli/main.js'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'

const POLICY = 'version: 1\nmetrics:\n  file: eval/metrics.json\ngates:\n  accuracy:\n    min: 0.90\n    max_regression: 1%\n'

let repo: GitRepo | undefined
let out: string | undefined
afterEach(() => {
  repo?.remove()
  if (out) rmSync(out, { recursive: true, force: true })
})

test('a regression writes a JUnit report with one failure and the passing floor check', async () => {
  repo = createGitRepo({ '.github/model-gate.yml': POLICY, 'eval/metrics.json': '{"accuracy": 0.95}\n' })
  writeFileSync(join(repo.dir, 'eval/metrics.json'), '{"accuracy": 0.93}\n')
  out = mkdtempSync(join(tmpdir(), 'mg-junit-'))
  const file = join(out, 'junit.xml')
  let stdout = ''
  const code = await main(['check', '--junit', file], { cwd: repo.dir, env: {}, stdout: (t) => (stdout += t), stderr: () => undefined })
  expect(code).toBe(1)
  expect(stdout).toMatch(/^model-gate: BLOCKED/)
  const xml = readFileSync(file, 'utf8')
  expect(XMLValidator.validate(xml)).toBe(true)
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (n) => n === 'testcase' }).parse(xml) as {
    testsuites: {
      tests: string
      failures: string
      testsuite: { name: string; testcase: { name: string; failure?: { message: string } }[] }
    }
  }
  expect(doc.testsuites).toMatchObject({ tests: '2', failures: '1' })
  expect(doc.testsuites.testsuite.name).toBe('model-gate: default')
  const cases = doc.testsuites.testsuite.testcase
  expect(cases.map((c) => c.name).sort()).toEqual(['baseline:accuracy:max_regression', 'threshold:accuracy:min'])
  expect(cases.find((c) => c.name === 'baseline:accuracy:max_regression')?.failure?.message).toMatch(/dropped 0\.02/)
  expect(cases.find((c) => c.name === 'threshold:accuracy:min')?.failure).toBeUndefined()
})
