import { execFile } from 'node:child_process'
import { checkRepoPath, decodeUtf8, limitFor, tooLargeError, type FileSource } from './source.js'
import { gitListDirectory } from './git-list.js'

interface GitResult<T> {
  code: number
  stdout: T
  stderr: string
}

/** Output git may print for a command that is not reading a file (SHAs, paths, object sizes). */
const SMALL_OUTPUT = 64 * 1024

function git(cwd: string, args: string[], input?: string): Promise<GitResult<string>>
function git(cwd: string, args: string[], input: string | undefined, maxBytes: number): Promise<GitResult<Buffer>>
function git(cwd: string, args: string[], input?: string, maxBytes?: number): Promise<GitResult<string | Buffer>> {
  const encoding = maxBytes === undefined ? 'utf8' : 'buffer'
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, maxBuffer: maxBytes ?? SMALL_OUTPUT, encoding }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') {
        reject(new Error(`git ${args[0]} failed: ${err.message}`))
        return
      }
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr: stderr.toString() })
    })
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(input)
  })
}

/** The full SHA of a commit-ish, or undefined when the repository does not have it. */
export async function resolveCommit(cwd: string, ref: string): Promise<string | undefined> {
  if (ref.startsWith('-')) return undefined
  const result = await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  return result.code === 0 ? result.stdout.trim() : undefined
}

/** Where the default branch is looked for, in order, when no base is given. */
export const DEFAULT_BASE_REFS = ['origin/HEAD', 'main', 'master'] as const

/**
 * The default base: the merge-base of HEAD with the default branch (`origin/HEAD`, else `main`,
 * else `master`), so a committed change is compared with where its branch started. Undefined
 * when none of them exists.
 */
export async function defaultBase(cwd: string): Promise<{ ref: string; sha: string } | undefined> {
  for (const ref of DEFAULT_BASE_REFS) {
    if (!(await resolveCommit(cwd, ref))) continue
    const result = await git(cwd, ['merge-base', 'HEAD', ref])
    if (result.code === 0) return { ref, sha: result.stdout.trim() }
  }
  return undefined
}

/** True when `dir` has no uncommitted change (tracked or untracked) below it. */
export async function isClean(dir: string): Promise<boolean> {
  const result = await git(dir, ['status', '--porcelain', '--', '.'])
  return result.code === 0 && result.stdout.trim() === ''
}

/** The repository root of `cwd` (so repository-relative paths can be used), or undefined outside git. */
export async function repoRoot(cwd: string): Promise<string | undefined> {
  const result = await git(cwd, ['rev-parse', '--show-toplevel']).catch(() => undefined)
  return result?.code === 0 ? result.stdout.trim() : undefined
}

/**
 * Files as they are at one commit, read with git. Paths are relative to `dir` (the repository root,
 * or a folder inside it when the CLI runs with `-C`).
 */
export function gitSource(dir: string, sha: string): FileSource {
  const describe = async (path: string): Promise<{ type?: string; sizeText?: string }> => {
    const check = await git(dir, ['cat-file', '--batch-check'], `${sha}:./${checkRepoPath(path)}\n`)
    const [, type, sizeText] = check.stdout.trim().split(' ')
    return check.code === 0 && sizeText !== undefined ? { type, sizeText } : {}
  }
  return {
    label: `commit ${sha.slice(0, 7)}`,
    sha,
    list: (path) => gitListDirectory(dir, sha, path),
    async exists(path) {
      return (await describe(path)).type === 'blob'
    },
    async readBytes(path, kind) {
      const spec = `${sha}:./${checkRepoPath(path)}`
      const where = `${path} at ${sha.slice(0, 7)}`
      const { type, sizeText } = await describe(path)
      if (type === undefined || sizeText === undefined) return undefined
      if (type !== 'blob') throw new Error(`${where} is not a file`)
      const size = Number(sizeText)
      const limit = limitFor(kind)
      if (!(size <= limit)) throw tooLargeError(path, where, size, kind)
      const result = await git(dir, ['cat-file', 'blob', spec], undefined, limit + 1)
      if (result.code !== 0) throw new Error(`git could not read ${where}: ${result.stderr.trim()}`)
      return new Uint8Array(result.stdout.buffer, result.stdout.byteOffset, result.stdout.byteLength)
    },
    async read(path, kind) {
      const spec = `${sha}:./${checkRepoPath(path)}`
      const where = `${path} at ${sha.slice(0, 7)}`
      const { type, sizeText } = await describe(path)
      if (type === undefined || sizeText === undefined) return undefined
      if (type !== 'blob') throw new Error(`${where} is not a file`)
      const size = Number(sizeText)
      const limit = limitFor(kind)
      if (!(size <= limit)) throw tooLargeError(path, where, size, kind)
      const result = await git(dir, ['cat-file', 'blob', spec], undefined, limit + 1)
      if (result.code !== 0) throw new Error(`git could not read ${where}: ${result.stderr.trim()}`)
      return decodeUtf8(result.stdout, path, where)
    },
  }
}
