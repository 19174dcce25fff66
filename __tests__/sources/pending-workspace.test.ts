import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FileSource } from '../../src/sources/source.js'
import { pendingWorkspaceSource, workspaceSource } from '../../src/sources/workspace.js'

let root: string
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mg-pending-'))
  mkdirSync(join(root, 'eval', 'runs'), { recursive: true })
  writeFileSync(join(root, 'eval', 'metrics.json'), '{"accuracy": 0.9}\n')
  writeFileSync(join(root, 'eval', 'runs', 'a.json'), '{}')
  writeFileSync(join(root, 'bom.txt'), '\ufeffhello')
  symlinkSync('/etc/hostname', join(root, 'outside'))
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
