import { afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { createClient } from '../../src/github/client.js'
import { MAX_PULL_FILES, pullRequestFiles } from '../../src/github/pull-files.js'
import { DEFAULT_TOKEN, startFakeGitHub, type FakeGitHub } from '../helpers/fake-github.js'
import { servePullFiles } from '../helpers/fake-pull-files.js'

let fake: FakeGitHub
beforeEach(async () => {
  fake = await startFakeGitHub()
})
afterEach(async () => {
  await fake.close()
})

const client = () => createClient(DEFAULT_TOKEN, { baseUrl: fake.url, retries: 0, minRetryDelayMs: 1 })
const pages = (): number => fake.requests.filter((r) => /\/pulls\/7\/files/.test(r.path)).length

describe('pullRequestFiles', () => {
  test('reads every page (250 files: 3 pages of 100) and lists a rename under both names', async () => {
    const files = Array.from({ length: 249 }, (_, i) => `src/f${i}.ts`)
    servePullFiles(fake, [...files, { filename: 'models/b/metrics.json', previous_filename: 'models/a/metrics.json' }])
    const listed = await pullRequestFiles(client(), 'acme', 'repo', 7)
    expect(listed).toHaveLength(251)
    expect(listed.slice(-2)).toEqual(['models/b/metrics.json', 'models/a/metrics.json'])
    expect(pages()).toBe(3)
  })

  test(`a pull request of ${MAX_PULL_FILES} files may be cut short by GitHub: an error, not a partial list`, async () => {
    servePullFiles(
      fake,
      Array.from({ length: MAX_PULL_FILES }, (_, i) => `f${i}`),
    )
    await expect(pullRequestFiles(client(), 'acme', 'repo', 7)).rejects.toThrow(
      'pull request #7 changes 3,000 files or more, and GitHub lists only the first 3,000',
    )
  })

  test('an API failure names the pull request', async () => {
    fake.failNext('GET', /\/pulls\/7\/files$/, 403, {}, { message: 'Resource not accessible by integration' })
    await expect(pullRequestFiles(client(), 'acme', 'repo', 7)).rejects.toThrow(
      /^could not list the files of pull request #7: .*403|Resource not accessible/,
    )
  })
})
