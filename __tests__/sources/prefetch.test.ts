import { describe, expect, test } from '@jest/globals'
import { prefetching } from '../../src/sources/prefetch.js'
import type { FileKind, FileSource } from '../../src/sources/source.js'

/** A source that counts its reads and answers from a table (a path named `fail…` rejects). */
function counting(files: Record<string, string>): { source: FileSource; reads: string[] } {
  const reads: string[] = []
  let version = 0
  const source: FileSource = {
    label: 'base abc1234 (GitHub API)',
    sha: 'abc1234',
    exists: async (path) => path in files,
    async read(path: string, kind?: FileKind) {
      reads.push(`${kind}:${path}`)
      version++
      if (path.startsWith('fail')) throw new Error(`cannot read ${path} (${version})`)
      return path in files ? `${files[path]} #${version}` : undefined
    },
  }
  return { source, reads }
}

describe('prefetching', () => {
  test('a prefetched read answers the first read of that path and kind; later reads go to the source', async () => {
    const { source, reads } = counting({ 'a.json': 'A', 'b.json': 'B' })
    const wrapped = prefetching(source)
    wrapped.prefetch('a.json', 'metrics')
    wrapped.prefetch('a.json', 'metrics')
    expect(reads).toEqual(['metrics:a.json'])
    expect(await wrapped.read('a.json', 'metrics')).toBe('A #1')
    expect(await wrapped.read('a.json', 'metrics')).toBe('A #2')
    expect(await wrapped.read('b.json', 'metrics')).toBe('B #3')
    expect(reads).toEqual(['metrics:a.json', 'metrics:a.json', 'metrics:b.json'])
  })

  test('another kind is another read (its size cap differs)', async () => {
    const { source, reads } = counting({ 'a.json': 'A' })
    const wrapped = prefetching(source)
    wrapped.prefetch('a.json', 'metrics')
    expect(await wrapped.read('a.json', 'policy')).toBe('A #2')
    expect(reads).toEqual(['metrics:a.json', 'policy:a.json'])
  })

  test('a path already read is not prefetched again', async () => {
    const { source, reads } = counting({ 'a.json': 'A' })
    const wrapped = prefetching(source)
    await wrapped.read('a.json', 'metrics')
    wrapped.prefetch('a.json', 'metrics')
    expect(reads).toEqual(['metrics:a.json'])
  })

  test('a prefetched failure is the read’s failure; one never read is not reported', async () => {
    const { source } = counting({})
    const wrapped = prefetching(source)
    wrapped.prefetch('fail.json', 'metrics')
    wrapped.prefetch('fail-unused.json', 'metrics')
    await expect(wrapped.read('fail.json', 'metrics')).rejects.toThrow('cannot read fail.json (1)')
    expect(await wrapped.read('missing.json', 'metrics')).toBeUndefined()
  })

  test('knownFile: what a prefetched read of the path found, without taking it from the read it answers', async () => {
    const { source, reads } = counting({ 'a.json': 'A' })
    const wrapped = prefetching(source)
    wrapped.prefetch('a.json', 'metrics')
    wrapped.prefetch('missing.json', 'metrics')
    wrapped.prefetch('fail.json', 'policy')
    expect(await wrapped.knownFile('a.json')).toBe(true)
    expect(await wrapped.knownFile('missing.json')).toBe(false)
    expect(await wrapped.knownFile('fail.json')).toBe(false)
    expect(wrapped.knownFile('never.json')).toBeUndefined()
    expect(await wrapped.read('a.json', 'metrics')).toBe('A #1')
    expect(wrapped.knownFile('a.json')).toBeUndefined()
    expect(reads).toEqual(['metrics:a.json', 'metrics:missing.json', 'policy:fail.json'])
  })

  test('label, sha, exists and the optional methods are the source’s', async () => {
    const { source } = counting({ 'a.json': 'A' })
    const plain = prefetching(source)
    expect([plain.label, plain.sha, await plain.exists('a.json'), plain.list, plain.readBytes]).toEqual([
      source.label,
      source.sha,
      true,
      undefined,
      undefined,
    ])
    const full = prefetching({ ...source, list: async () => ['x'], readBytes: async () => new Uint8Array([1]) })
    expect([await full.list!('d'), await full.readBytes!('a.json', 'predictions')]).toEqual([['x'], new Uint8Array([1])])
  })
})
