import { describe, expect, test } from '@jest/globals'
import { withFallback } from '../../src/sources/fallback.js'
import { prefetching } from '../../src/sources/prefetch.js'
import type { FileSource } from '../../src/sources/source.js'

/** A source over a map; a path mapped to an Error fails with it. */
function mapSource(label: string, files: Record<string, string | Error>): FileSource & { reads: string[] } {
  const reads: string[] = []
  return {
    label,
    sha: 'abc1234',
    reads,
    async read(path) {
      reads.push(path)
      const file = files[path]
      if (file instanceof Error) throw file
      return file
    },
    async exists(path) {
      return files[path] !== undefined
    },
  }
}

describe('withFallback', () => {
  const primary = () => mapSource('base abc1234 (GitHub API)', { 'policy.yml': 'from api', 'broken.json': new Error('HTTP 502') })
  const local = () => mapSource('git', { 'policy.yml': 'from git', 'broken.json': 'from git' })

  test.each([
    { name: 'a source', fallback: (s: FileSource) => s },
    { name: 'a function that looks for one', fallback: (s: FileSource) => async () => s },
  ])('with $name: the primary answers, the fallback only when the primary fails', async ({ fallback }) => {
    const warnings: string[] = []
    const git = local()
    const both = withFallback(primary(), fallback(git), (w) => warnings.push(w))
    expect(await both.read('policy.yml')).toBe('from api')
    expect(await both.read('missing.yml')).toBeUndefined()
    expect(git.reads).toEqual([])
    expect(await both.read('broken.json')).toBe('from git')
    expect(git.reads).toEqual(['broken.json'])
    expect(warnings).toEqual(['Could not read broken.json from base abc1234 (GitHub API) (HTTP 502); reading it with git instead.'])
  })

  test('a pending fallback is not awaited while the primary answers', async () => {
    const never = () => new Promise<FileSource | undefined>(() => undefined)
    const both = withFallback(primary(), never, () => undefined)
    expect(await both.read('policy.yml')).toBe('from api')
    expect(await both.exists('policy.yml')).toBe(true)
  })

  test('a fallback function is called only when first needed, and once', async () => {
    let calls = 0
    const git = { ...local(), list: async (path: string) => (path === 'run' ? ['metrics/auc'] : undefined) }
    const both = withFallback(
      primary(),
      async () => {
        calls++
        return git
      },
      () => undefined,
    )
    expect(await both.read('policy.yml')).toBe('from api')
    expect(await both.exists('missing.yml')).toBe(false)
    expect(calls).toBe(0)
    expect(await both.read('broken.json')).toBe('from git')
    expect(await both.list!('run')).toEqual(['metrics/auc'])
    expect(await both.read('broken.json')).toBe('from git')
    expect(calls).toBe(1)
  })

  test.each([
    { name: 'a file', prefetched: { 'eval/metrics.json': 'text' }, listed: undefined, asked: false },
    { name: 'nothing', prefetched: { 'eval/metrics.json': undefined }, listed: ['m.json'], asked: true },
    {
      name: 'a failure (a directory fails)',
      prefetched: { 'eval/metrics.json': new Error('a directory') },
      listed: ['m.json'],
      asked: true,
    },
    { name: 'no read of that path', prefetched: { 'other.json': 'text' }, listed: ['m.json'], asked: true },
  ])('listing a path that a prefetched read found to be $name', async ({ prefetched, listed, asked }) => {
    let calls = 0
    const api = prefetching(mapSource('base abc1234 (GitHub API)', prefetched as unknown as Record<string, string | Error>))
    for (const path of Object.keys(prefetched)) api.prefetch(path, 'metrics')
    const git = { ...local(), list: async () => ['m.json'] }
    const both = withFallback(
      api,
      async () => {
        calls++
        return git
      },
      () => undefined,
    )
    expect(await both.list!('eval/metrics.json')).toEqual(listed)
    expect(calls).toBe(asked ? 1 : 0)
  })

  test.each([
    { name: 'undefined', fallback: undefined },
    { name: 'a function that finds none', fallback: async () => undefined },
  ])('with $name: the primary error is thrown as it is, without a warning', async ({ fallback }) => {
    const warnings: string[] = []
    const both = withFallback(primary(), fallback, (w) => warnings.push(w))
    await expect(both.read('broken.json')).rejects.toThrow(/^HTTP 502$/)
    expect(warnings).toEqual([])
  })
})
