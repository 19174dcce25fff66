/**
 * The npm package installs and runs outside GitHub: `npm pack`, then `npm install --offline` of
 * the tarball into an empty directory (no network: the bundled CLI needs no dependencies), then
 * the installed `model-gate` binary runs a check on a real git repository.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'
import { REPO_ROOT } from '../helpers/run-action.js'

const POLICY = 'version: 1\nmetrics:\n  file: eval/metrics.json\ngates:\n  accuracy:\n    min: 0.90\n'

let work: string
let consumer: string
let packed: { filename: string; files: { path: string }[] }
const npm = (cwd: string, ...args: string[]): string =>
  execFileSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 120_000,
  })

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mg-pack-'))
  packed = (JSON.parse(npm(REPO_ROOT, 'pack', '--json', '--pack-destination', work)) as (typeof packed)[])[0] as typeof packed
  consumer = join(work, 'consumer')
  execFileSync('mkdir', [consumer])
  writeFileSync(join(consumer, 'package.json'), '{"name": "consumer", "version": "0.0.0", "private": true}\n')
  npm(consumer, 'install', join(work, packed.filename))
}, 180_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

const bin = (): string => join(consumer, 'node_modules', '.bin', 'model-gate')

describe('npm package', () => {
  test('the tarball holds the CLI bundle, its chunk files and yaml.cjs, the schemas, the README and package.json: nothing else', () => {
    // the chunk files (`<id>.index.js`: what only some runs load) are named by ncc
    const chunk = /^dist\/cli\/\d+\.index\.js$/
    const chunks = packed.files.map((f) => f.path).filter((path) => chunk.test(path))
    expect(chunks.length).toBeGreaterThan(0)
    expect(chunks.sort()).toEqual(
      readdirSync(join(REPO_ROOT, 'dist', 'cli'))
        .filter((name) => /^\d+\.index\.js$/.test(name))
        .map((name) => `dist/cli/${name}`)
        .sort(),
    )
    const files = packed.files
      .map((f) => f.path)
      .filter((path) => !chunk.test(path))
      .sort()
    expect(files).toEqual([
      'README.md',
      'dist/cli/index.js',
      'dist/cli/licenses.txt',
      'dist/cli/package.json',
      'dist/cli/yaml.cjs',
      'package.json',
      'schema/declarations.schema.json',
      'schema/policy.schema.json',
      'schema/report.schema.json',
    ])
    const manifest = JSON.parse(readFileSync(join(consumer, 'node_modules', 'model-gate', 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >
    expect(manifest.private).toBeUndefined()
    expect(manifest.dependencies).toBeUndefined()
    expect(manifest.bin).toEqual({ 'model-gate': 'dist/cli/index.js' })
    // The floor the bundled code's own dependencies declare (jsep: >= 20.16.0); this test runs it on the Node it has.
    expect(manifest.engines).toEqual({ node: '>=20.16.0' })
  })

  test('installing it offline pulls in no other package', () => {
    expect(readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['model-gate'])
    expect(existsSync(bin())).toBe(true)
  })

  test('the installed binary runs: --help, and a check that approves then blocks', () => {
    const help = spawnSync(bin(), ['--help'], { encoding: 'utf8' })
    expect(help.status).toBe(0)
    expect(help.stdout).toMatch(/^Usage: model-gate check/)
    const version = spawnSync(bin(), ['--version'], { encoding: 'utf8' })
    expect([version.status, version.stdout]).toEqual([
      0,
      `model-gate ${(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version}\n`,
    ])
    let repo: GitRepo | undefined
    try {
      repo = createGitRepo({ '.github/model-gate.yml': POLICY, 'eval/metrics.json': '{"accuracy": 0.95}\n' })
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }
      const ok = spawnSync(bin(), ['check'], { cwd: repo.dir, encoding: 'utf8', env })
      expect(ok.stdout).toMatch(/^model-gate: APPROVED/)
      expect(ok.status).toBe(0)
      writeFileSync(join(repo.dir, 'eval/metrics.json'), '{"accuracy": 0.5}\n')
      const blocked = spawnSync(bin(), ['check'], { cwd: repo.dir, encoding: 'utf8', env })
      expect(blocked.stdout).toMatch(/accuracy: 0\.5 is below the floor 0\.9/)
      expect(blocked.status).toBe(1)
    } finally {
      repo?.remove()
    }
  })

  test('the installed binary runs what it loads from other files: the metrics subcommand, a check with declarations, the yaml library', () => {
    let repo: GitRepo | undefined
    try {
      repo = createGitRepo({
        '.github/model-gate.yml': `${POLICY}declarations:\n  file: MODEL_CARD.md\n  require: [ownership]\n  schema: .github/card.schema.json\n`,
        '.github/card.schema.json': '{"type": "object", "required": ["datasets"]}\n',
        'eval/metrics.json': '{"accuracy": 0.95}\n',
        // an anchor is outside the fast YAML reader's subset: the yaml library (yaml.cjs) reads it
        'eval/anchored.yaml': 'base: &b 0.9\nrecall: *b\n',
        'MODEL_CARD.md': '---\nownership:\n  team: fraud-ml\n---\n# Card\n',
      })
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' }
      const metrics = spawnSync(bin(), ['metrics', 'eval/metrics.json', '--json'], { cwd: repo.dir, encoding: 'utf8', env })
      expect([metrics.status, metrics.stderr]).toEqual([0, ''])
      expect(JSON.parse(metrics.stdout)).toMatchObject({ metrics: { accuracy: { value: 0.95 } } })
      const anchored = spawnSync(bin(), ['metrics', 'eval/anchored.yaml', '--json'], { cwd: repo.dir, encoding: 'utf8', env })
      expect([anchored.status, anchored.stderr]).toEqual([0, ''])
      expect(JSON.parse(anchored.stdout)).toMatchObject({ metrics: { base: { value: 0.9 }, recall: { value: 0.9 } } })
      const check = spawnSync(bin(), ['check'], { cwd: repo.dir, encoding: 'utf8', env })
      expect(check.stdout).toMatch(/ownership/)
      // the repository's schema, compiled by ajv from its own chunk file
      expect(check.stdout).toMatch(/`datasets` breaks the repository's schema `\.github\/card\.schema\.json`/)
      expect(check.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find/)
    } finally {
      repo?.remove()
    }
  })
})
