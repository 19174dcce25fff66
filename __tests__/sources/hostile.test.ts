/**
 * Hostile files at the sources: no file is read past its size cap (a 100 MB file is refused before
 * it is read), and bytes that are not UTF-8 are refused with the file and line, never decoded into
 * replacement characters. Workspace, git and the GitHub contents API alike.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GateError } from '../../src/core/errors.js'
import type { GateProblem } from '../../src/core/types.js'
import { createClient } from '../../src/github/client.js'
import { withFallback } from '../../src/sources/fallback.js'
import { gitSource } from '../../src/sources/git.js'
import { githubSource } from '../../src/sources/github.js'
import { FILE_LIMITS, MAX_FILE_BYTES, type FileKind, type FileSource } from '../../src/sources/source.js'
import { workspaceSource } from '../../src/sources/workspace.js'
import { DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'

const MB = 1024 * 1024
const KINDS = Object.keys(FILE_LIMITS) as FileKind[]
const KIND_WORDS: Record<FileKind, string> = {
  policy: 'a policy file',
  metrics: 'a metrics file',
  declarations: 'a model card',
  codeowners: 'a CODEOWNERS file',
  schema: 'a declarations schema',
  predictions: 'a predictions file',
}

/** The one problem of a GateError the promise rejects with (fails the test on anything else). */
async function problemOf(promise: Promise<unknown>): Promise<GateProblem> {
  const error = await promise.then(
    () => undefined,
    (err: unknown) => err,
  )
  if (!(error instanceof GateError)) throw new Error(`expected a GateError, got ${String(error)}`)
  expect(error.problems).toHaveLength(1)
  return error.problems[0]!
}

/** Bytes that are not UTF-8, each with the 1-based line of the first bad byte. */
const NOT_UTF8: [string, Buffer, number][] = [
  ['Latin-1 é', Buffer.from('accuracy: 0.9\nowner: caf\xe9\n', 'latin1'), 2],
  ['Windows-1252 quotes', Buffer.from([0x61, 0x3a, 0x20, 0x93, 0x78, 0x94, 0x0a]), 1],
  ['UTF-16LE with its BOM', Buffer.from('\ufeffa: 1\n', 'utf16le'), 1],
  ['a lone continuation byte', Buffer.from([0x61, 0x0a, 0x0a, 0x62, 0x80, 0x0a]), 3],
  ['an overlong slash', Buffer.from([0x61, 0x3a, 0xc0, 0xaf, 0x0a]), 1],
  ['an encoded surrogate (CESU-8)', Buffer.from([0x61, 0x0a, 0xed, 0xa0, 0x80, 0x0a]), 2],
  ['a sequence cut at the end', Buffer.from([0x61, 0x3a, 0x20, 0xe2, 0x82]), 1],
  ['a code point above U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), 1],
]

const VALID = 'owner: Zoë 🚀 日本語\n'

describe('workspace source', () => {
  let root: string
  let source: FileSource
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'model-gate-hostile-ws-'))
    source = workspaceSource(root)
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  const sparse = (name: string, bytes: number): string => {
    const path = join(root, name)
    writeFileSync(path, '')
    truncateSync(path, bytes)
    return name
  }

  test('a 100 MB file is refused before it is read, promptly, naming the file and its size', async () => {
    const name = sparse('huge.json', 100 * MB)
    const start = Date.now()
    const problem = await problemOf(source.read(name, 'metrics'))
    expect(Date.now() - start).toBeLessThan(2000)
    expect(problem.file).toBe('huge.json')
    expect(problem.message).toBe(
      'huge.json in the workspace is 100 MiB, more than the 64 MiB model-gate reads from a metrics file; it was not read.',
    )
    expect(problem.fix).toBeTruthy()
    await expect(source.read(name)).rejects.toThrow(/100 MiB, more than the 64 MiB model-gate reads from one file/)
  })

  test.each(KINDS)('a %s file one byte over its cap is refused; one at the cap is read', async (kind) => {
    const limit = FILE_LIMITS[kind]
    // Predictions are streamed into typed arrays, not held as text: their cap is their own.
    if (kind !== 'predictions') expect(limit).toBeLessThanOrEqual(MAX_FILE_BYTES)
    const over = sparse(`over-${kind}`, limit + 1)
    expect((await problemOf(source.read(over, kind))).message).toBe(
      `${over} in the workspace is ${(limit + 1).toLocaleString('en-US')} bytes, more than the ${limit / MB} MiB model-gate reads from ${KIND_WORDS[kind]}; it was not read.`,
    )
    if (limit <= 5 * MB) expect(await source.read(sparse(`at-${kind}`, limit), kind)).toHaveLength(limit)
  })

  test('policies, cards, CODEOWNERS and schemas get small caps; metrics the largest', () => {
    expect(FILE_LIMITS).toEqual({
      policy: 1 * MB,
      metrics: 64 * MB,
      declarations: 5 * MB,
      codeowners: 3 * MB,
      schema: 1 * MB,
      predictions: 256 * MB,
    })
  })

  test.each(NOT_UTF8)('%s is refused with the file and the line of the first bad byte', async (_name, bytes, line) => {
    writeFileSync(join(root, 'card.md'), bytes)
    const problem = await problemOf(source.read('card.md', 'declarations'))
    expect(problem).toMatchObject({ file: 'card.md', line })
    expect(problem.message).toBe(
      `card.md in the workspace is not valid UTF-8 text; save it as UTF-8 (the first invalid byte is on line ${line}).`,
    )
  })

  test('the column of the first bad byte counts characters, not bytes', async () => {
    writeFileSync(join(root, 'm.yml'), Buffer.concat([Buffer.from('a: 1\nnäme: '), Buffer.from([0xff])]))
    expect(await problemOf(source.read('m.yml'))).toMatchObject({ line: 2, column: 7 })
  })

  test('UTF-8 is read intact; a byte order mark is dropped', async () => {
    writeFileSync(join(root, 'ok.md'), VALID)
    writeFileSync(join(root, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]))
    expect(await source.read('ok.md')).toBe(VALID)
    expect(await source.read('bom.md')).toBe(VALID)
  })

  test('a directory, a path outside the tree, a link out of it and a control character are refused', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'model-gate-outside-'))
    try {
      writeFileSync(join(outside, 'secret.txt'), 'secret')
      symlinkSync(join(outside, 'secret.txt'), join(root, 'escape.txt'))
      mkdirSync(join(root, 'eval'), { recursive: true })
      await expect(source.read('eval')).rejects.toThrow(/eval in the workspace is not a regular file/)
      await expect(source.read('../outside')).rejects.toThrow(/expected a path inside the repository/)
      await expect(source.read('escape.txt')).rejects.toThrow(/resolves outside the repository/)
      await expect(source.exists('escape.txt')).rejects.toThrow(/resolves outside the repository/)
      await expect(source.read('a\nb')).rejects.toThrow(/no control characters/)
      expect(await source.read('missing.json')).toBeUndefined()
      expect(await source.exists('eval')).toBe(false)
    } finally {
      rmSync(outside, { recursive: true, force: true })
    }
  })
})

describe('git source', () => {
  let repo: GitRepo
  let source: FileSource
  beforeAll(() => {
    repo = createGitRepo({
      'ok.md': VALID,
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]),
      'latin1.yml': NOT_UTF8[0]![1],
    })
    const huge = join(repo.dir, 'huge.json')
    writeFileSync(huge, '')
    truncateSync(huge, 100 * MB)
    repo.commit({ 'policy.yml': Buffer.alloc(FILE_LIMITS.policy + 1, 0x20) })
    source = gitSource(repo.dir, repo.sha())
  })
  afterAll(() => repo.remove())

  test('a 100 MB blob is refused from its size, before `git cat-file blob` reads it', async () => {
    const start = Date.now()
    const problem = await problemOf(source.read('huge.json', 'metrics'))
    expect(Date.now() - start).toBeLessThan(2000)
    expect(problem.message).toMatch(
      /^huge\.json at [0-9a-f]{7} is 100 MiB, more than the 64 MiB model-gate reads from a metrics file; it was not read\.$/,
    )
    await expect(source.read('huge.json')).rejects.toThrow(/more than the 64 MiB/)
  })

  test('the cap follows the kind of file', async () => {
    expect((await problemOf(source.read('policy.yml', 'policy'))).message).toMatch(
      /more than the 1 MiB model-gate reads from a policy file/,
    )
    expect(await source.read('policy.yml', 'metrics')).toHaveLength(FILE_LIMITS.policy + 1)
  })

  test('bytes that are not UTF-8 are refused; UTF-8 is intact; a BOM is dropped', async () => {
    const problem = await problemOf(source.read('latin1.yml'))
    expect(problem).toMatchObject({ file: 'latin1.yml', line: 2 })
    expect(problem.message).toMatch(/^latin1\.yml at [0-9a-f]{7} is not valid UTF-8 text; save it as UTF-8/)
    expect(await source.read('ok.md')).toBe(VALID)
    expect(await source.read('bom.md')).toBe(VALID)
  })
})

describe('GitHub contents source', () => {
  const SHA = 'c'.repeat(40)
  let fake: FakeGitHub
  let source: FileSource
  beforeAll(async () => {
    fake = await startFakeGitHub()
    source = githubSource(createClient(DEFAULT_TOKEN, { baseUrl: fake.url, retries: 0 }), 'acme', 'fraud-model', SHA)
  })
  afterAll(() => fake.close())

  test('a file over its cap is refused', async () => {
    fake.setFile('acme', 'fraud-model', SHA, '.github/model-gate.yml', Buffer.alloc(FILE_LIMITS.policy + 1, 0x20))
    expect((await problemOf(source.read('.github/model-gate.yml', 'policy'))).message).toMatch(
      /^\.github\/model-gate\.yml at base c{7} \(GitHub API\) is 1,048,577 bytes, more than the 1 MiB model-gate reads from a policy file/,
    )
  })

  test('UTF-8 with a BOM is read without it; other bytes are refused, by the git fallback too', async () => {
    fake.setFile('acme', 'fraud-model', SHA, 'MODEL_CARD.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(VALID)]))
    fake.setFile('acme', 'fraud-model', SHA, 'latin1.md', NOT_UTF8[0]![1])
    expect(await source.read('MODEL_CARD.md', 'declarations')).toBe(VALID)
    await expect(source.read('latin1.md')).rejects.toThrow(/latin1\.md .* is not UTF-8 text/)
    const repo = createGitRepo({ 'latin1.md': NOT_UTF8[0]![1] })
    try {
      const warnings: string[] = []
      const both = withFallback(source, gitSource(repo.dir, repo.sha()), (w) => warnings.push(w))
      expect((await problemOf(both.read('latin1.md'))).message).toMatch(/is not valid UTF-8 text; save it as UTF-8/)
      expect(warnings).toHaveLength(1)
    } finally {
      repo.remove()
    }
  })
})
