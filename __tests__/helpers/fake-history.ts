import { createHash } from 'node:crypto'
import type { FakeGitHub, RouteAnswer } from './fake-github.js'

/** A branch of the fake repository: its head commit and files (path → text). */
export interface FakeBranch {
  head: string
  files: Map<string, string>
  /** The parents of the head commit (empty for an orphan). */
  parents: string[]
}

export interface FakeHistory {
  /** The branch's files, or undefined when the branch does not exist. */
  branch(name: string): FakeBranch | undefined
  /** The text of `path` on `branch`. */
  text(branch: string, path?: string): string | undefined
  /** Creates or updates a file on a branch (creating the branch, parentless, if needed). */
  setFile(branch: string, path: string, text: string): void
  /**
   * Before the next `times` PUTs of the file, another writer appends `line` to it: the PUT then
   * carries a stale SHA and gets GitHub's 409 Conflict.
   */
  concurrentWrite(line: string, times?: number): void
  /** Before the next POST of a ref for `branch`, another writer creates that branch holding `files`. */
  raceCreate(branch: string, files: Record<string, string>): void
  /** The number of PUTs answered 409. */
  conflicts: number
}

const blobSha = (text: string): string => {
  const bytes = Buffer.from(text, 'utf8')
  return createHash('sha1')
    .update(Buffer.concat([Buffer.from(`blob ${bytes.length}\0`), bytes]))
    .digest('hex')
}

const fail = (status: number, message: string): RouteAnswer => ({
  status,
  body: { message, documentation_url: 'https://docs.github.com/rest' },
})

/**
 * Serves the contents API (GET/PUT) for `paths` on branches, refs (GET/POST git refs) and the git
 * data API's trees and commits for `owner/repo`, on top of the fake GitHub. Writes with a
 * read-only token answer 403; a PUT with a missing or stale SHA 422/409, as GitHub does.
 */
export function installFakeHistory(
  fake: FakeGitHub,
  options: { owner: string; repo: string; paths?: string[]; defaultBranch?: string },
): FakeHistory {
  const { owner, repo } = options
  const paths = new Set(options.paths ?? ['history.jsonl'])
  const branches = new Map<string, FakeBranch>()
  const trees = new Map<string, Map<string, string>>()
  const commits = new Map<string, { tree: string; parents: string[] }>()
  const pending: string[] = []
  const races = new Map<string, Record<string, string>>()
  let counter = 0
  const newSha = (): string => createHash('sha1').update(`commit ${++counter}`).digest('hex')
  const base = `/repos/${owner}/${repo}`
  const esc = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  branches.set(options.defaultBranch ?? 'main', { head: newSha(), files: new Map(), parents: [] })

  const state: FakeHistory = {
    branch: (name) => branches.get(name),
    text: (name, path = 'history.jsonl') => branches.get(name)?.files.get(path),
    setFile(name, path, text) {
      const branch = branches.get(name) ?? { head: newSha(), files: new Map(), parents: [] }
      branch.files.set(path, text)
      branch.head = newSha()
      branches.set(name, branch)
    },
    concurrentWrite(line, times = 1) {
      for (let i = 0; i < times; i++) pending.push(line)
    },
    raceCreate: (name, files) => void races.set(name, files),
    conflicts: 0,
  }

  // Only the history paths: other files (the policy, metrics) stay with the built-in routes.
  const contents = new RegExp(`^${esc(base)}/contents/(${[...paths].map(esc).join('|')})$`)

  fake.route('GET', contents, (ctx) => {
    const path = ctx.match[1]!
    const name = ctx.url.searchParams.get('ref') ?? options.defaultBranch ?? 'main'
    const branch = branches.get(name)
    if (!branch) return fail(404, `No commit found for the ref ${name}`)
    const text = branch.files.get(path)
    if (text === undefined) return fail(404, 'Not Found')
    // A custom route answers JSON: a JSON string is what the client decodes to the raw text.
    if (/raw/.test(ctx.record.accept ?? '')) return { status: 200, body: text }
    // Like GitHub's: over 1 MB the JSON form carries no content (the raw media type serves it).
    const small = Buffer.byteLength(text) <= 1024 * 1024
    return {
      status: 200,
      body: {
        type: 'file',
        name: path.split('/').pop(),
        path,
        sha: blobSha(text),
        size: Buffer.byteLength(text),
        encoding: small ? 'base64' : 'none',
        content: small ? Buffer.from(text).toString('base64') : '',
      },
    }
  })

  fake.route('PUT', contents, (ctx) => {
    if (ctx.token.readOnly) return fail(403, 'Resource not accessible by integration')
    const path = ctx.match[1]!
    const body = ctx.record.body as { message?: string; content?: string; sha?: string; branch?: string }
    const name = body.branch ?? options.defaultBranch ?? 'main'
    const branch = branches.get(name)
    if (!branch) return fail(404, `Branch ${name} not found`)
    const other = pending.shift()
    if (other !== undefined) state.setFile(name, path, `${branch.files.get(path) ?? ''}${other}\n`)
    const current = branch.files.get(path)
    if (current !== undefined && body.sha === undefined) return fail(422, 'Invalid request.\n\n"sha" wasn\'t supplied.')
    if (current !== undefined && body.sha !== blobSha(current)) {
      state.conflicts++
      return fail(409, `${path} does not match ${body.sha ?? ''}`)
    }
    if (typeof body.content !== 'string' || typeof body.message !== 'string') return fail(422, 'Invalid request.')
    const text = Buffer.from(body.content, 'base64').toString('utf8')
    const parent = branch.head
    state.setFile(name, path, text)
    branch.parents = [parent]
    return {
      status: current === undefined ? 201 : 200,
      body: { content: { path, sha: blobSha(text) }, commit: { sha: branch.head, message: body.message } },
    }
  })

  fake.route('GET', new RegExp(`^${esc(base)}/git/ref/heads/(.+)$`), (ctx) => {
    const branch = branches.get(ctx.match[1]!)
    if (!branch) return fail(404, 'Not Found')
    return { status: 200, body: { ref: `refs/heads/${ctx.match[1]!}`, object: { sha: branch.head, type: 'commit' } } }
  })

  fake.route('POST', new RegExp(`^${esc(base)}/git/trees$`), (ctx) => {
    if (ctx.token.readOnly) return fail(403, 'Resource not accessible by integration')
    const body = ctx.record.body as { tree?: { path: string; content?: string }[]; base_tree?: string }
    const files = new Map<string, string>()
    for (const item of body.tree ?? []) files.set(item.path, item.content ?? '')
    const sha = newSha()
    trees.set(sha, files)
    return { status: 201, body: { sha, tree: [] } }
  })

  fake.route('POST', new RegExp(`^${esc(base)}/git/commits$`), (ctx) => {
    if (ctx.token.readOnly) return fail(403, 'Resource not accessible by integration')
    const body = ctx.record.body as { tree?: string; parents?: string[] }
    if (!body.tree || !trees.has(body.tree)) return fail(422, 'Tree SHA does not exist')
    const sha = newSha()
    commits.set(sha, { tree: body.tree, parents: body.parents ?? [] })
    return { status: 201, body: { sha } }
  })

  fake.route('POST', new RegExp(`^${esc(base)}/git/refs$`), (ctx) => {
    if (ctx.token.readOnly) return fail(403, 'Resource not accessible by integration')
    const body = ctx.record.body as { ref?: string; sha?: string }
    const name = /^refs\/heads\/(.+)$/.exec(body.ref ?? '')?.[1]
    const commit = body.sha ? commits.get(body.sha) : undefined
    if (!name || !commit) return fail(422, 'Invalid request.')
    const race = races.get(name)
    if (race) {
      races.delete(name)
      for (const [path, text] of Object.entries(race)) state.setFile(name, path, text)
    }
    if (branches.has(name)) return fail(422, 'Reference already exists')
    branches.set(name, { head: body.sha!, files: new Map(trees.get(commit.tree)), parents: commit.parents })
    return { status: 201, body: { ref: body.ref, object: { sha: body.sha, type: 'commit' } } }
  })

  return state
}
