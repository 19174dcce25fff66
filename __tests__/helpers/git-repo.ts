import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** Files to write (a string or bytes) or delete (null), by `/`-separated path. */
export type FileChanges = Record<string, string | Buffer | null>

export interface GitRepo {
  dir: string
  /** Runs git in the repository (no global or system config) and returns its trimmed stdout. */
  git(...args: string[]): string
  /** Writes/deletes the files, commits everything, returns the new commit's SHA. */
  commit(changes: FileChanges, message?: string): string
  /** Creates a branch at `at` (default HEAD) and checks it out. */
  branch(name: string, at?: string): void
  /** Checks out a branch or commit. */
  checkout(ref: string): void
  /** The full SHA of a ref. */
  sha(ref?: string): string
  /** Every file at a commit, path → content (for mirroring a commit into the fake API). */
  files(ref?: string): Record<string, string>
  remove(): void
}

const MAX_BUFFER = 256 * 1024 * 1024
const GIT_IDENTITY = ['-c', 'user.name=model-gate tests', '-c', 'user.email=tests@model-gate.invalid', '-c', 'commit.gpgsign=false']

/** A fresh git repository (branch `main`) in a temp dir, optionally with a first commit of `initial`. */
export function createGitRepo(initial?: FileChanges): GitRepo {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-repo-'))
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: dir,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: '/dev/null',
    GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
  }
  const git = (...args: string[]): string =>
    execFileSync('git', [...GIT_IDENTITY, ...args], {
      cwd: dir,
      env,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: MAX_BUFFER,
    }).trim()

  git('init', '--quiet', '--initial-branch=main')

  const repo: GitRepo = {
    dir,
    git,
    commit(changes, message = 'change') {
      for (const [path, content] of Object.entries(changes)) {
        const full = join(dir, path)
        if (content === null) {
          rmSync(full, { force: true })
        } else {
          mkdirSync(dirname(full), { recursive: true })
          writeFileSync(full, content)
        }
      }
      git('add', '--all')
      git('commit', '--quiet', '--allow-empty', '-m', message)
      return git('rev-parse', 'HEAD')
    },
    branch: (name, at = 'HEAD') => void git('checkout', '--quiet', '-b', name, at),
    checkout: (ref) => void git('checkout', '--quiet', ref),
    sha: (ref = 'HEAD') => git('rev-parse', `${ref}^{commit}`),
    files(ref = 'HEAD') {
      const paths = git('ls-tree', '-r', '-z', '--name-only', ref).split('\0').filter(Boolean)
      return Object.fromEntries(
        paths.map((path) => [
          path,
          execFileSync('git', ['show', `${ref}:${path}`], { cwd: dir, env, encoding: 'utf8', maxBuffer: MAX_BUFFER }),
        ]),
      )
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
  if (initial) repo.commit(initial, 'initial')
  return repo
}
