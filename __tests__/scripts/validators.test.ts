/**
 * scripts/validators.mjs: the precompiled validators in src/generated/ are exactly what a fresh
 * generation from schema/*.schema.json gives (a schema edited without regenerating fails here,
 * never validates silently against the old schema), and the generator notices a changed schema.
 */
import { afterEach, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { REPO_ROOT } from '../helpers/run-action.js'

const SCRIPT = join(REPO_ROOT, 'scripts', 'validators.mjs')
const GENERATED = ['src/generated/policy-validators.ts', 'src/generated/declarations-validator.ts', 'src/generated/report-validator.ts']

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

test('the committed generated validators equal a fresh generation from the schema files', () => {
  const run = spawnSync(process.execPath, [SCRIPT, '--check'], { cwd: REPO_ROOT, encoding: 'utf8' })
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
})

test('a schema changed without regenerating is reported stale, and regenerating picks the change up', async () => {
  dir = mkdtempSync(join(tmpdir(), 'mg-validators-'))
  for (const folder of ['schema', 'src/generated']) cpSync(join(REPO_ROOT, folder), join(dir, folder), { recursive: true })
  const { staleFiles, writeValidators } = (await import(SCRIPT)) as {
    staleFiles: (root: string) => string[]
    writeValidators: (root: string) => string[]
  }
  expect(staleFiles(dir)).toEqual([])
  const policyFile = join(dir, 'schema', 'policy.schema.json')
  const policy = JSON.parse(readFileSync(policyFile, 'utf8'))
  policy.properties.mode.enum.push('shadow')
  writeFileSync(policyFile, JSON.stringify(policy, null, 2))
  expect(staleFiles(dir)).toEqual(['src/generated/policy-validators.ts'])
  expect(writeValidators(dir)).toEqual(GENERATED)
  expect(staleFiles(dir)).toEqual([])
  expect(readFileSync(join(dir, GENERATED[0]!), 'utf8')).toContain('"shadow"')
})

test('a missing generated file is stale', async () => {
  dir = mkdtempSync(join(tmpdir(), 'mg-validators-'))
  cpSync(join(REPO_ROOT, 'schema'), join(dir, 'schema'), { recursive: true })
  const { staleFiles } = (await import(SCRIPT)) as { staleFiles: (root: string) => string[] }
  expect(staleFiles(dir)).toEqual(GENERATED)
})
