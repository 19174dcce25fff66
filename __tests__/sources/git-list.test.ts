/** Listing and reading an MLflow run at a commit (the base), not in the working tree. */
import { afterEach, expect, test } from '@jest/globals'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { readMetricsPath } from '../../src/metrics/formats/index.js'
import { MAX_LISTED_FILES } from '../../src/metrics/formats/input.js'
import { gitListDirectory } from '../../src/sources/git-list.js'
import { gitSource } from '../../src/sources/git.js'
import { createGitRepo, type GitRepo } from '../helpers/git-repo.js'

let repo: GitRepo | undefined
afterEach(() => repo?.remove())

test('the run as committed at the base is read, whatever the working tree holds', async () => {
  repo = createGitRepo({
    'mlruns/1/abc/meta.yaml': 'run_id: abc\nrun_name: base-run\n',
    'mlruns/1/abc/metrics/accuracy': '1 0.91 0\n2 0.93 1\n',
    'mlruns/1/abc/metrics/eval/loss': '1 0.4 0\n',
  })
  const base = repo.sha()
  repo.commit({ 'mlruns/1/abc/metrics/accuracy': '3 0.5 2\n', 'mlruns/1/abc/metrics/new': '1 1 0\n' })
  rmSync(join(repo.dir, 'mlruns/1/abc/meta.yaml'))
  expect(await gitListDirectory(repo.dir, base, 'mlruns/1/abc')).toEqual(['meta.yaml', 'metrics/accuracy', 'metrics/eval/loss'])
  expect(await gitListDirectory(repo.dir, base, 'mlruns/1/abc/meta.yaml')).toBeUndefined()
  expect(await gitListDirectory(repo.dir, base, 'nope')).toBeUndefined()
  const source = gitSource(repo.dir, base)
  const dir = repo.dir
  const read = await readMetricsPath('mlruns/1/abc', {
    read: (p) => source.read(p, 'metrics'),
    list: (d) => gitListDirectory(dir, base, d),
  })
  expect(read?.format).toBe('mlflow')
  expect([...(read?.metrics ?? [])]).toEqual([
    ['accuracy', { value: 0.93 }],
    ['eval/loss', { value: 0.4 }],
  ])
  expect(read?.provenance?.description).toBe('MLflow run base-run (abc)')
})

test('paths outside the repository are refused', async () => {
  repo = createGitRepo({ 'a/b': '1 1 1\n' })
  await expect(gitListDirectory(repo.dir, repo.sha(), '../etc')).rejects.toThrow(/expected a path inside the repository/)
})

test(`hostile: more than ${MAX_LISTED_FILES.toLocaleString('en-US')} files under the folder is an error, not a huge listing`, async () => {
  repo = createGitRepo({})
  // Builds the tree with plumbing: one blob, listed MAX_LISTED_FILES + 1 times.
  const blob = repo.git('hash-object', '-w', '/dev/null')
  const { execFileSync } = await import('node:child_process')
  const entries = Array.from({ length: MAX_LISTED_FILES + 1 }, (_, i) => `100644 blob ${blob}\tm${i}\n`).join('')
  const metricsTree = execFileSync('git', ['mktree'], { cwd: repo.dir, input: entries, encoding: 'utf8' }).trim()
  const root = execFileSync('git', ['mktree'], { cwd: repo.dir, input: `040000 tree ${metricsTree}\trun\n`, encoding: 'utf8' }).trim()
  const start = Date.now()
  await expect(gitListDirectory(repo.dir, root, 'run')).rejects.toThrow(/more than 20,000 files/)
  expect(Date.now() - start).toBeLessThan(5000)
})
