/**
 * The git source reads each file at the commit with one `git cat-file --batch` process: its type
 * and size first, then exactly its bytes. These cases pin what it gives for every kind of path.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gitSource } from '../../src/sources/git.js'
import type { FileSource } from '../../src/sources/source.js'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'

/** Bytes that end in a line feed and hold every byte value, line feeds and NULs among them. */
const BINARY = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), Buffer.from('\n\n')])
/** Larger than a pipe's buffer, so that git writes it in many chunks. */
const LARGE = Buffer.from(Array.from({ length: 40_000 }, (_, i) => `line ${i}\n`).join(''))

let repo: GitRepo
let source: FileSource
let sha: string
beforeAll(() => {
  repo = createGitRepo({
    'eval/metrics.json': '{"accuracy": 0.9}\n',
    'empty.json': '',
    'with space.yml': 'a: 1\n',
    'x blob 5': 'named like a header\n',
    'binary.bin': BINARY,
    'large.txt': LARGE,
  })
  // a gitlink (a submodule's entry): a path at the commit that is neither a blob nor a tree
  repo.git('update-index', '--add', '--cacheinfo', `160000,${repo.sha()},vendor/lib`)
  repo.git('-c', 'user.name=t', '-c', 'user.email=t@example.invalid', 'commit', '-qm', 'gitlink')
  repo.commit({ 'eval/metrics.json': '{"accuracy": 0.5}\n' }, 'later')
  sha = repo.sha('HEAD~1')
  source = gitSource(repo.dir, sha)
})
afterAll(() => repo.remove())

describe('git source: read and readBytes', () => {
  const cases: Array<{ path: string; text?: string; bytes?: Buffer; error?: RegExp; missing?: true }> = [
    { path: 'eval/metrics.json', text: '{"accuracy": 0.9}\n' },
    { path: 'empty.json', text: '', bytes: Buffer.alloc(0) },
    { path: 'with space.yml', text: 'a: 1\n' },
    { path: 'binary.bin', bytes: BINARY },
    { path: 'large.txt', text: LARGE.toString('utf8'), bytes: LARGE },
    { path: 'x blob 5', text: 'named like a header\n' },
    { path: 'no/such/file.json', missing: true },
    // git answers `<spec> missing`, which must not be read as a header
    { path: 'no blob 5', missing: true },
    { path: 'eval', error: /^eval at [0-9a-f]{7} is not a file$/ },
    { path: 'vendor/lib', error: /^vendor\/lib at [0-9a-f]{7} is not a file$/ },
  ]
  test.each(cases)('$path', async ({ path, text, bytes, error, missing }) => {
    if (missing) {
      expect(await source.read(path)).toBeUndefined()
      expect(await source.readBytes!(path, 'metrics')).toBeUndefined()
      expect(await source.exists(path)).toBe(false)
      return
    }
    if (error) {
      await expect(source.read(path)).rejects.toThrow(error)
      await expect(source.readBytes!(path, 'predictions')).rejects.toThrow(error)
      expect(await source.exists(path)).toBe(false)
      return
    }
    expect(await source.exists(path)).toBe(true)
    if (text !== undefined) expect(await source.read(path, 'metrics')).toBe(text)
    if (bytes !== undefined) {
      // compared with Buffer#equals: jest's deep equality takes seconds on 400 KB
      const read = Buffer.from((await source.readBytes!(path, 'predictions')) as Uint8Array)
      expect(read.length).toBe(bytes.length)
      expect(read.equals(bytes)).toBe(true)
    }
  })

  test('the file as it is at the commit, not at a later one', async () => {
    expect(await gitSource(repo.dir, repo.sha()).read('eval/metrics.json')).toBe('{"accuracy": 0.5}\n')
    expect(await source.read('eval/metrics.json')).toBe('{"accuracy": 0.9}\n')
  })

  test('a commit the repository does not have reads as no file', async () => {
    expect(await gitSource(repo.dir, '0'.repeat(40)).read('eval/metrics.json')).toBeUndefined()
  })

  test('outside a repository, git fails and the error names the file', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'model-gate-not-git-'))
    try {
      await expect(gitSource(outside, sha).read('eval/metrics.json')).rejects.toThrow(
        /^git could not read eval\/metrics\.json at [0-9a-f]{7}: fatal: not a git repository/,
      )
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })

  test('many reads at once each get their own file', async () => {
    const paths = ['eval/metrics.json', 'with space.yml', 'large.txt', 'empty.json'].flatMap((p) => [p, p, p])
    const texts = await Promise.all(paths.map((path) => source.read(path)))
    expect(texts.map((t) => t?.length)).toEqual(
      paths.map((p) => ({ 'eval/metrics.json': 18, 'with space.yml': 5, 'large.txt': LARGE.length, 'empty.json': 0 })[p]),
    )
  })
})
