import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FileSource } from '../../src/sources/source.js'
import { FILE_LIMITS } from '../../src/sources/source.js'
import { peekWorkspaceFile, pendingWorkspaceSource, workspaceSource } from '../../src/sources/workspace.js'

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mg-pending-'))
  mkdirSync(join(root, 'eval', 'runs'), { recursive: true })
  writeFileSync(join(root, 'eval', 'metrics.json'), '{"accuracy": 0.9}\n')
  writeFileSync(join(root, 'eval', 'runs', 'a.json'), '{}')
  writeFileSync(join(root, 'bom.txt'), '\ufeffhello')
  symlinkSync('/etc/hostname', join(root, 'outside'))
  writeFileSync(join(root, 'latin1.yml'), Buffer.from([0x61, 0x3a, 0x20, 0xe9, 0x0a]))
  writeFileSync(join(root, 'big.yml'), Buffer.alloc(FILE_LIMITS.policy + 1, 0x20))
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** What a source answers for one call, as a value or as the error's message. */
async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    const value = await call()
    if (value && typeof value === 'object' && Symbol.asyncIterator in value) {
      const chunks: Buffer[] = []
      for await (const chunk of value as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk))
      return { bytes: Buffer.concat(chunks).toString('utf8') }
    }
    return { value }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

const calls = (source: FileSource, path: string): (() => Promise<unknown>)[] => [
  () => source.read(path, 'metrics'),
  () => source.exists(path),
  () => source.list!(path),
  () => source.readBytes!(path, 'predictions'),
]

describe('pendingWorkspaceSource', () => {
  test.each(['eval/metrics.json', 'eval', 'eval/runs', 'missing.json', 'bom.txt', 'outside', '../escape.json'])(
    '%s: every method answers as workspaceSource does',
    async (path) => {
      const now = workspaceSource(root, 'abc')
      const pending = pendingWorkspaceSource(Promise.resolve(root), 'abc')
      expect(pending.label).toBe(now.label)
      expect(pending.sha).toBe(now.sha)
      const expected = await Promise.all(calls(now, path).map(outcome))
      expect(await Promise.all(calls(pending, path).map(outcome))).toEqual(expected)
    },
  )

  test('a read waits for the root', async () => {
    let resolve!: (dir: string) => void
    const source = pendingWorkspaceSource(new Promise<string>((r) => (resolve = r)))
    let read: string | undefined
    const reading = source.read('eval/metrics.json').then((text) => (read = text))
    await new Promise((r) => setTimeout(r, 20))
    expect(read).toBeUndefined()
    resolve(root)
    await reading
    expect(read).toBe('{"accuracy": 0.9}\n')
  })
})

describe('peekWorkspaceFile', () => {
  test.each(['eval/metrics.json', 'bom.txt', 'eval', 'missing.json', 'outside', '../escape.json', 'latin1.yml', 'big.yml', ''])(
    '%s: the text workspaceSource reads, undefined where it finds nothing or refuses',
    async (path) => {
      const read = await outcome(() => workspaceSource(root).read(path, 'policy'))
      const expected = 'value' in (read as object) ? (read as { value: unknown }).value : undefined
      expect(peekWorkspaceFile(root, path, 'policy')).toBe(expected)
    },
  )

  test('answers at once, with no promise; a root that does not exist gives undefined', () => {
    expect(peekWorkspaceFile(root, 'eval/metrics.json', 'policy')).toBe('{"accuracy": 0.9}\n')
    expect(peekWorkspaceFile(join(root, 'missing-dir'), 'eval/metrics.json', 'policy')).toBeUndefined()
  })
})
