import { execFile } from 'node:child_process'
import { checkRepoPath, MAX_FILE_BYTES, type FileSource } from './source.js'

interface GitResult {
  code: number
  stdout: string
  stderr: string
}

function git(cwd: string, args: string[], input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile('git', args, { cwd, maxBuffer: MAX_FILE_BYTES + 1024, encoding: 'utf8' }, (err, stdout, stderr) => {
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
  return {
    label: `commit ${sha.slice(0, 7)}`,
    sha,
    async read(path) {
      const spec = `${sha}:./${checkRepoPath(path)}`
      const check = await git(dir, ['cat-file', '--batch-check'], `${spec}\n`)
      const [, type, sizeText] = check.stdout.trim().split(' ')
      if (check.code !== 0 || type === undefined || sizeText === undefined) return undefined
      if (type !== 'blob') throw new Error(`${path} at ${sha.slice(0, 7)} is not a file`)
      const size = Number(sizeText)
      if (size > MAX_FILE_BYTES) {
        throw new Error(`${path} at ${sha.slice(0, 7)}: ${size} bytes is more than the ${MAX_FILE_BYTES} bytes model-gate reads from one file`)
      }
      const result = await git(dir, ['cat-file', 'blob', spec])
      if (result.code !== 0) throw new Error(`git could not read ${path} at ${sha.slice(0, 7)}: ${result.stderr.trim()}`)
      return result.stdout
    }
  }
}
