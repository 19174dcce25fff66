import { execFile, spawn } from 'node:child_process'
import { checkRepoPath, decodeUtf8, limitFor, tooLargeError, type FileKind, type FileSource } from './source.js'
import { gitListDirectory } from './git-list.js'

interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/** Output git may print for a command that is not reading a file (SHAs, paths, object sizes). */
const SMALL_OUTPUT = 64 * 1024

function git(cwd: string, args: string[], input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, maxBuffer: SMALL_OUTPUT, encoding: 'utf8' }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') {
        reject(new Error(`git ${args[0]} failed: ${err.message}`))
        return
      }
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr })
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

/** An object named `<commit>:<path>`, as `git cat-file --batch` gave it. */
type BatchObject = { found: false } | { found: true; type: string; size: number; bytes?: Buffer }

/**
 * The type and size of the object in a header line of `git cat-file --batch(-check)`:
 * `<oid> <type> <size>`. Undefined for `<spec> missing` (or `ambiguous`), which names no object:
 * the spec's path may hold spaces, so such a line may look like a header after its first space.
 */
function objectHeader(line: string): { type: string; size: number } | undefined {
  const header = /^[0-9a-f]{40,64} ([a-z]+) (\d{1,15})$/.exec(line.trim())
  return header ? { type: header[1]!, size: Number(header[2]) } : undefined
}

/**
 * The object `spec` names, read by one `git cat-file --batch` (one process, not one for its type
 * and size and another for its bytes). Its bytes are read only when it is a blob of at most
 * `limit` bytes: for anything else git is stopped once it has said what the object is, so an
 * oversized blob is refused from its size alone.
 */
function catFile(cwd: string, spec: string, limit: number): Promise<BatchObject> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] })
    let head = Buffer.alloc(0)
    let object: { type: string; size: number; bytes: Buffer; filled: number } | undefined
    let stderr = ''
    let done = false
    const finish = (outcome: BatchObject | Error): void => {
      if (done) return
      done = true
      child.stdout.destroy()
      child.kill()
      if (outcome instanceof Error) reject(outcome)
      else resolve(outcome)
    }
    /** The bytes of the object, after the header line. */
    const fill = (chunk: Buffer): void => {
      if (!object) return
      const wanted = Math.min(chunk.length, object.size - object.filled)
      chunk.copy(object.bytes, object.filled, 0, wanted)
      object.filled += wanted
      if (object.filled === object.size) finish({ found: true, type: object.type, size: object.size, bytes: object.bytes })
    }
    child.stdout.on('data', (chunk: Buffer) => {
      if (object) return fill(chunk)
      head = Buffer.concat([head, chunk])
      const end = head.indexOf(0x0a)
      if (end < 0) {
        if (head.length > SMALL_OUTPUT) finish(new Error('git cat-file gave no header line'))
        return
      }
      const header = objectHeader(head.subarray(0, end).toString('utf8'))
      if (!header) return finish({ found: false })
      const { type, size } = header
      if (type !== 'blob' || size > limit) return finish({ found: true, type, size })
      object = { type, size, bytes: Buffer.allocUnsafe(size), filled: 0 }
      if (size === 0) return finish({ found: true, type, size, bytes: object.bytes })
      fill(head.subarray(end + 1))
    })
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < SMALL_OUTPUT) stderr += chunk.toString('utf8')
    })
    child.on('error', (error) => finish(new Error(`git cat-file failed to start: ${error.message}`)))
    child.on('close', (code) => finish(new Error(stderr.trim() || `git cat-file ended (exit ${code}) before it gave the whole object`)))
    child.stdin.on('error', () => undefined)
    child.stdin.end(`${spec}\n`)
  })
}

/**
 * Files as they are at one commit, read with git. Paths are relative to `dir` (the repository root,
 * or a folder inside it when the CLI runs with `-C`).
 */
export function gitSource(dir: string, sha: string): FileSource {
  /** The file's bytes; undefined when there is no such path at the commit. */
  const blob = async (path: string, kind: FileKind | undefined): Promise<Uint8Array | undefined> => {
    const spec = `${sha}:./${checkRepoPath(path)}`
    const where = `${path} at ${sha.slice(0, 7)}`
    const limit = limitFor(kind)
    let object: BatchObject
    try {
      object = await catFile(dir, spec, limit)
    } catch (error) {
      throw new Error(`git could not read ${where}: ${(error as Error).message}`, { cause: error })
    }
    if (!object.found) return undefined
    if (object.type !== 'blob') throw new Error(`${where} is not a file`)
    if (object.bytes === undefined) throw tooLargeError(path, where, object.size, kind)
    return new Uint8Array(object.bytes.buffer, object.bytes.byteOffset, object.bytes.byteLength)
  }
  return {
    label: `commit ${sha.slice(0, 7)}`,
    sha,
    list: (path) => gitListDirectory(dir, sha, path),
    async exists(path) {
      const check = await git(dir, ['cat-file', '--batch-check'], `${sha}:./${checkRepoPath(path)}\n`)
      return check.code === 0 && objectHeader(check.stdout)?.type === 'blob'
    },
    readBytes: (path, kind) => blob(path, kind),
    async read(path, kind) {
      const bytes = await blob(path, kind)
      return bytes === undefined ? undefined : decodeUtf8(bytes, path, `${path} at ${sha.slice(0, 7)}`)
    },
  }
}
