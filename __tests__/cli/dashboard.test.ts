import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { runDashboard } from '../../src/cli/dashboard.js'
import { main } from '../../src/cli/main.js'

const FIXTURE = resolve('__tests__/fixtures/history/history.jsonl')

let dir: string
let out: string[]
let err: string[]
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'model-gate-cli-dashboard-'))
  out = []
  err = []
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))
const io = () => ({ cwd: dir, env: {}, stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) })

describe('model-gate dashboard', () => {
  test('writes the site from a history file (through the main CLI)', async () => {
    copyFileSync(FIXTURE, join(dir, 'history.jsonl'))
    expect(await main(['dashboard', '--history', 'history.jsonl', '--out', 'site', '--title', 'Acme models'], io())).toBe(0)
    expect(readdirSync(join(dir, 'site')).sort()).toEqual(['index.html', 'models'])
    expect(readdirSync(join(dir, 'site', 'models')).sort()).toEqual(['churn-model.html', 'fraud-detector.html'])
    expect(readFileSync(join(dir, 'site', 'index.html'), 'utf8')).toContain('<title>Acme models</title>')
    expect(out.join('')).toMatch(/Dashboard of 100 entries written to site \(3 pages\)/)
    expect(err).toEqual([])
  })

  test('bad lines are warned about with their line numbers, the rest is used', async () => {
    writeFileSync(join(dir, 'h.jsonl'), `${readFileSync(FIXTURE, 'utf8').split('\n').slice(0, 3).join('\n')}\n{bad\n`)
    expect(await runDashboard(['--history', 'h.jsonl', '--out', 'o'], io())).toBe(0)
    expect(err).toEqual(['warning: h.jsonl:4: not valid JSON; the line was skipped.\n'])
    expect(out.join('')).toMatch(/of 3 entries/)
  })

  test.each([
    [[], /--history and --out are required/],
    [['--history', 'missing.jsonl', '--out', 'o'], /cannot read the history missing\.jsonl: ENOENT/],
    [['--history', 'h', '--out', 'o', '--now', 'soon'], /--now is "soon"/],
    [['--bogus'], /Unknown option '--bogus'/],
  ])('%j → exit 2', async (argv, message) => {
    expect(await runDashboard(argv, io())).toBe(2)
    expect(err.join('')).toMatch(message)
  })

  test('--help', async () => {
    expect(await runDashboard(['--help'], io())).toBe(0)
    expect(out.join('')).toContain('Usage: model-gate dashboard')
  })

  test('the main usage text names the command, and `dashboard --help` reaches it', async () => {
    expect(await main(['--help'], io())).toBe(0)
    expect(out.join('')).toContain('model-gate dashboard --history FILE --out DIR')
    out.length = 0
    expect(await main(['dashboard', '--help'], io())).toBe(0)
    expect(out.join('')).toMatch(/^Usage: model-gate dashboard --history FILE --out DIR/)
  })
})
