/**
 * Untrusted text in the log must not become a workflow command. The runner reads a line whose
 * first non-blank characters are `::` as one (`::error::`, `::add-mask::`, `::stop-commands::`…)
 * and, in the legacy form, `##[command]` anywhere in a line. model-gate's own commands are
 * annotations (`::error`/`::warning`) whose data @actions/core escapes (`%0A` for a newline);
 * everything else it prints goes through logSafe.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { main } from '../../src/cli/main.js'
import { logSafe } from '../../src/gate/log-text.js'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'
import { nodeBinaries } from '../helpers/run-action.js'
import { expectRun, nodeAt, prFixture, workflowCommands, type PrFixture } from '../e2e/fixture.js'

/** Blanks the runner's `TrimStart` drops before it looks for `::` (.NET's char.IsWhiteSpace). */
const DOTNET_BLANKS = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/

/** The lines the runner reads: it splits on CR, LF and CRLF. */
function runnerLines(output: string): string[] {
  return output.split(/\r\n|\r|\n/)
}

interface RunnerCommand {
  name: string
  properties: string
  data: string
  legacy: boolean
}

/**
 * The workflow command the runner reads in a line, if any: the modern form when the line starts
 * (after blanks) with `::name props::`, else the legacy `##[name props]data` anywhere in it.
 */
function commandOf(line: string): RunnerCommand | undefined {
  const trimmed = line.replace(DOTNET_BLANKS, '')
  const end = trimmed.indexOf('::', 2)
  if (trimmed.startsWith('::') && end > 0) {
    const info = trimmed.slice(2, end)
    const name = info.split(' ')[0] ?? ''
    return { name, properties: info.slice(name.length + 1), data: trimmed.slice(end + 2), legacy: false }
  }
  const legacy = /##\[([^\s\]]*) ?([^\]]*)\](.*)$/.exec(line)
  return legacy ? { name: legacy[1]!, properties: legacy[2]!, data: legacy[3]!, legacy: true } : undefined
}

/** Every hostile payload puts this first in the data of the command it tries to start. */
const TOKEN = 'PWNED'

/**
 * Lines that start a command model-gate did not mean to issue. Its own are annotations as
 * @actions/core writes them: `::error`/`::warning`, properties with `:` and `,` escaped, data on
 * one line; a forged one is anything else, or an annotation whose data is a hostile payload.
 */
function forgedCommands(output: string): string[] {
  return runnerLines(output).filter((line) => {
    const command = commandOf(line)
    if (!command) return false
    const own =
      !command.legacy &&
      ['error', 'warning'].includes(command.name) &&
      /^(?:[a-zA-Z]+=[^,:]*(?:,[a-zA-Z]+=[^,:]*)*)?$/.test(command.properties)
    return !own || command.data.replace(DOTNET_BLANKS, '').startsWith(TOKEN)
  })
}

/** Metric names (JSON keys) that try to start a command of their own. */
const HOSTILE_NAMES = [
  'x\n::error::PWNED by a newline',
  '::add-mask::PWNED',
  'say ##[error]PWNED legacy, anywhere in a line',
  '  ::warning title=forged::PWNED after blanks',
  'cr\r::set-output name=verdict::PWNED',
  '::stop-commands::PWNED',
  '%0A::error::PWNED percent-encoded',
  'nel\u0085::error::PWNED after NEL',
  'ls\u2028::error::PWNED after a line separator',
  'a,b:c%d',
]

describe('logSafe', () => {
  test.each([
    ['::error::x', ':\u2060:error::x'],
    ['  \t::warning::x', '  \t:\u2060:warning::x'],
    ['\u0085::add-mask::x', '\u0085:\u2060:add-mask::x'],
    ['a\n::error::x\r\n::b\r::c', 'a\n:\u2060:error::x\r\n:\u2060:b\r:\u2060:c'],
    ['say ##[error]x and ###[warning]y', 'say #\u2060#[error]x and ##\u2060#[warning]y'],
    ['a::b and :: in the middle', 'a::b and :: in the middle'],
    [':single colon', ':single colon'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(logSafe(input)).toBe(expected)
  })

  test.each(HOSTILE_NAMES)('%j cannot start a command on any line', (name) => {
    for (const text of [name, `prefix ${name}\n${name}`]) {
      expect(runnerLines(logSafe(text)).filter((line) => commandOf(line))).toEqual([])
    }
  })

  test('the check itself spots the names that start a command as they are', () => {
    expect(HOSTILE_NAMES.filter((name) => forgedCommands(name).length > 0)).toEqual(HOSTILE_NAMES.slice(0, 6))
    expect(forgedCommands('::error title=model-gate%3A x%0A::fine')).toEqual([])
    expect(forgedCommands('::error title=a:b::x')).toHaveLength(1)
  })
})

const POLICY = `version: 1
metrics: {file: eval/metrics.json}
baseline: {source: none}
declarations: {file: MODEL_CARD.md, require: [privacy]}
gates:
  "*": {min: 0.5}
`
const METRICS = `${JSON.stringify(Object.fromEntries([['accuracy', 0.9], ...HOSTILE_NAMES.map((name) => [name, 0.1])]), null, 2)}\n`
const CARD = `---
privacy:
  personal_data: true
  regulations: ["x\\n::error::PWNED card", "::add-mask::PWNED", "##[warning]PWNED card"]
---
# Model card
`

describe('the CLI prints hostile names without starting a command', () => {
  let repo: GitRepo
  beforeAll(() => {
    repo = createGitRepo({ '.github/model-gate.yml': POLICY, 'eval/metrics.json': METRICS, 'MODEL_CARD.md': CARD })
  })
  afterAll(() => repo.remove())

  test('the text output', async () => {
    let stdout = ''
    let stderr = ''
    const code = await main(['check', '-C', repo.dir], {
      cwd: repo.dir,
      env: {},
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    })
    expect(code).toBe(1)
    expect(stdout).toContain('legacy, anywhere')
    expect(stdout).toContain('add-mask')
    for (const line of runnerLines(stdout + stderr)) expect(commandOf(line)).toBeUndefined()
  })

  test('an error message on stderr', async () => {
    let stderr = ''
    const code = await main(['check', '-C', repo.dir, '--base', `x\n::error::${TOKEN} ##[error]${TOKEN}`], {
      cwd: repo.dir,
      env: {},
      stdout: () => undefined,
      stderr: (t) => (stderr += t),
    })
    expect(code).toBe(2)
    expect(stderr).toContain(TOKEN)
    for (const line of runnerLines(stderr)) expect(commandOf(line)).toBeUndefined()
  })
})

describe('the bundled action logs hostile metric names and card values only inside escaped annotations', () => {
  let pr: PrFixture
  beforeAll(async () => {
    nodeBinaries()
    pr = await prFixture({
      '.github/model-gate.yml': POLICY,
      'eval/metrics.json': '{"accuracy": 0.9}\n',
      'MODEL_CARD.md': '---\nprivacy: {personal_data: false}\n---\n',
    })
  }, 300_000)
  afterAll(() => pr.close())

  test('no forged command on stdout or stderr; the hostile text arrives whole in the annotations', async () => {
    const head = pr.commit({ 'eval/metrics.json': METRICS, 'MODEL_CARD.md': CARD })
    const run = await pr.run(nodeAt(0), head)
    expectRun(run, { code: 1, verdict: 'blocked' })
    expect(forgedCommands(run.stdout)).toEqual([])
    expect(forgedCommands(run.stderr)).toEqual([])

    const annotations = workflowCommands(run.stdout)
    const shown = annotations.map((a) => `${a.properties.title ?? ''} ${a.message}`).join('\n')
    for (const name of HOSTILE_NAMES) expect(shown).toContain(name)
    expect(shown).toContain('x\n::error::PWNED card')
    expect(run.stdout).toMatch(/^::error title=model-gate%3A x%0A%3A%3Aerror%3A%3APWNED by a newline::/m)
  })
})
