/**
 * src/action/runner.ts writes exactly what @actions/core 3.x writes (stdout commands, GITHUB_OUTPUT
 * blocks, the job summary), and reads inputs the same way: each case runs both in a child process
 * with the same environment and compares the output (the output delimiters are random in both).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import ts from 'typescript'
import { REPO_ROOT } from '../helpers/run-action.js'

let dir: string
let ours: string

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mg-runner-'))
  const source = readFileSync(join(REPO_ROOT, 'src', 'action', 'runner.ts'), 'utf8')
  ours = join(dir, 'runner.mjs')
  writeFileSync(
    ours,
    ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText,
  )
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs `script` (with `core` bound to one implementation) and returns stdout, the output file, the summary file and the exit code. */
function run(implementation: string, script: string, env: Record<string, string> = {}) {
  const output = join(dir, 'output')
  const summary = join(dir, 'summary')
  writeFileSync(output, '')
  writeFileSync(summary, 'before\n')
  const code = `const core = await import(${JSON.stringify(implementation)}); try { ${script} } catch (e) { process.stdout.write('threw: ' + e.message + '\\n') }`
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, ...env },
  })
  const unrandom = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X')
  return {
    stdout: unrandom(child.stdout),
    stderr: child.stderr,
    status: child.status,
    output: unrandom(readFileSync(output, 'utf8')),
    summary: readFileSync(summary, 'utf8'),
  }
}

const CASES: [string, string, Record<string, string>][] = [
  [
    'inputs',
    `for (const n of ['policy', 'github-token', 'my input', 'missing']) core.info(JSON.stringify(core.getInput(n))); core.info(core.getInput('policy', { trimWhitespace: false }))`,
    { INPUT_POLICY: '  .github/p.yml \n', 'INPUT_GITHUB-TOKEN': 't', INPUT_MY_INPUT: 'x' },
  ],
  ['required input missing', `core.getInput('model', { required: true })`, {}],
  [
    'outputs',
    `core.setOutput('verdict', 'blocked'); core.setOutput('multi', 'a\\nb\\r\\nc'); core.setOutput('n', 3); core.setOutput('o', { a: [1] }); core.setOutput('empty', undefined)`,
    {},
  ],
  ['outputs without GITHUB_OUTPUT', `core.setOutput('verdict', 'approved\\nx')`, { GITHUB_OUTPUT: '' }],
  ['output file missing', `core.setOutput('verdict', 'x')`, { GITHUB_OUTPUT: '/nonexistent/dir/out' }],
  [
    'annotations',
    `core.error('a\\nb %0A 100%', { title: 'model-gate: x,y:z', file: 'a,b:c.yml', startLine: 3, startColumn: 0 }); core.warning('w\\r', { title: 't', file: undefined, startLine: undefined }); core.error(new Error('boom')); core.warning('plain'); core.error('e', {})`,
    {},
  ],
  ['set failed', `core.setFailed('model-gate: blocked\\nsecond line')`, {}],
  ['info', `core.info('::not a command'); core.info('')`, {}],
  [
    'summary',
    `await core.summary.addRaw('# Title', true).write(); await core.summary.addRaw('no eol').write(); await core.summary.addRaw('over', true).write({ overwrite: true })`,
    {},
  ],
  ['summary without env', `await core.summary.addRaw('x').write()`, { GITHUB_STEP_SUMMARY: '' }],
  ['summary file missing', `await core.summary.addRaw('x').write()`, { GITHUB_STEP_SUMMARY: '/nonexistent/summary' }],
]

test.each(CASES)('%s: the same as @actions/core', (_name, script, env) => {
  const theirs = run('@actions/core', script, env)
  const mine = run(pathToFileURL(ours).href, script, env)
  expect(theirs.stderr).toBe('')
  expect(mine).toEqual(theirs)
})
