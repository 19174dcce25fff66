import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The token startFakeGitHub registers: an installation token (like GITHUB_TOKEN) writing as the Actions bot. */
export const DEFAULT_TOKEN = 'ghs_fake_installation_token'
export const BOT_LOGIN = 'github-actions[bot]'

export interface TokenInfo {
  /** The login its writes are attributed to. */
  login: string
  /** An installation token: GET /user answers 403 "Resource not accessible by integration". */
  installation?: boolean
  /** May read but not write (a fork's pull request): writes answer 403. */
  readOnly?: boolean
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: 'User' | 'Bot' }
  created_at: string
  updated_at: string
  html_url: string
  url: string
}

export interface RequestRecord {
  method: string
  /** The path, percent-decoded, without the query and without an `/api/v3` prefix. */
  path: string
  query: Record<string, string>
  /** True when the request came in under `/api/v3` (GitHub Enterprise Server style). */
  enterprise: boolean
  accept?: string
  token?: string
  body?: unknown
  status: number
  /** When the request arrived (Date.now()). */
  at: number
}

export interface Fault {
  method: string
  path: RegExp
  /** 0 drops the connection without an answer. */
  status: number
  headers: Record<string, string>
  body: unknown
  times: number
  /** The request is carried out (a comment stored, say) before its answer is replaced. */
  afterHandling: boolean
}

export interface FakePullRequest {
  headSha: string
  baseSha?: string
  /** The head branch; default `feature`. */
  headRef?: string
  /** `owner/name` of the head repository: a fork's for a PR from a fork. Default the repository itself. */
  headRepo?: string
  /** Default `open`. */
  state?: 'open' | 'closed'
}

/** A pull request as the REST API shows it (the fields model-gate reads). */
interface PullJson {
  number: number
  state: string
  html_url: string
  head: { sha: string; ref: string; label: string; repo: { full_name: string } }
  base: { sha: string | null; ref: string; repo: { full_name: string } }
}

/** What a custom route sees: the request, the regular expression's match and the caller's token. */
export interface RouteContext {
  record: RequestRecord
  match: RegExpExecArray
  url: URL
  token: TokenInfo
}

/** A custom route's answer; `status` 204 sends no body. */
export interface RouteAnswer {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export interface FakeOptions {
  /** Milliseconds every answer waits before it is sent, like a distant API. */
  latencyMs?: number
}

export interface FakeGitHub {
  /** Base URL of the REST API, e.g. `http://127.0.0.1:4711` (serve `${url}/api/v3` for GHES). */
  url: string
  addToken(token: string, info: TokenInfo): void
  /** Stores a file at a commit; `ref` may be a SHA or any name the test reads it by. */
  setFile(owner: string, repo: string, ref: string, path: string, content: string | Buffer): void
  setFiles(owner: string, repo: string, ref: string, files: Record<string, string | Buffer>): void
  /** Adds a comment as if `login` had written it; returns it (with its id). */
  addComment(owner: string, repo: string, issueNumber: number, comment: { login: string; body: string }): FakeComment
  /** The issue's comments, oldest first (copies). */
  comments(owner: string, repo: string, issueNumber: number): FakeComment[]
  /**
   * The next `times` requests whose method matches and whose path (no query, no /api/v3) matches
   * `path` get this response instead. Faults are consumed in the order they were added.
   */
  failNext(method: string, path: RegExp, status: number, headers?: Record<string, string>, body?: unknown, times?: number): void
  /**
   * Like failNext, but the request is carried out first and only its answer replaced: a POST of a
   * comment stores it and then answers `status` (0: the connection is dropped without an answer).
   */
  failAfter(method: string, path: RegExp, status: number, headers?: Record<string, string>, body?: unknown, times?: number): void
  /**
   * Sets the pull request GET /repos/{owner}/{repo}/pulls/{number} answers (its head and base); the
   * PR lists (GET …/pulls, GET …/commits/{sha}/pulls) find it too.
   */
  setPullRequest(owner: string, repo: string, number: number, pr: FakePullRequest): void
  /** Records a commit and its parents, for GET /repos/{owner}/{repo}/compare/{base}...{head}. */
  setCommit(owner: string, repo: string, sha: string, parents: string[]): void
  /**
   * Serves `method` requests whose path (no query, no /api/v3) matches `path` with `handler`,
   * before the built-in routes. For endpoints a test or a feature's own fake module adds. A
   * handler that throws answers 500; one that needs write access checks `token.readOnly` itself.
   */
  route(method: string, path: RegExp, handler: (ctx: RouteContext) => RouteAnswer | Promise<RouteAnswer>): void
  /** Every request served, in order. */
  requests: RequestRecord[]
  close(): Promise<void>
}

const GHES_PREFIX = '/api/v3'
const JSON_TYPE = 'application/json; charset=utf-8'
/** Over this size the JSON form of the contents API carries no content (as GitHub's does). */
const JSON_CONTENT_LIMIT = 1024 * 1024
const RAW_ACCEPT = /application\/vnd\.github(?:\.v3)?\.raw/
/** GitHub's limit for a comment body, in characters. */
export const COMMENT_BODY_LIMIT = 65_536
const EPOCH = Date.parse('2025-01-01T00:00:00Z')

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: unknown[],
  ) {
    super(message)
  }
}

/** A response that goes nowhere: the request's effects happen, a fault answers instead. */
class DiscardedResponse {
  headersSent = false
  setHeader(): this {
    return this
  }
  writeHead(): this {
    this.headersSent = true
    return this
  }
  end(): this {
    return this
  }
}

/** Starts an in-memory GitHub REST API on 127.0.0.1 (a random port) for the endpoints model-gate uses. */
export async function startFakeGitHub(options: FakeOptions = {}): Promise<FakeGitHub> {
  const customRoutes: { method: string; path: RegExp; handler: (ctx: RouteContext) => RouteAnswer | Promise<RouteAnswer> }[] = []
  const tokens = new Map<string, TokenInfo>([[DEFAULT_TOKEN, { login: BOT_LOGIN, installation: true }]])
  const files = new Map<string, Buffer>()
  const issues = new Map<string, FakeComment[]>()
  const commentIssue = new Map<number, string>()
  const pulls = new Map<string, FakePullRequest>()
  const parentsOf = new Map<string, string[]>()
  const faults: Fault[] = []
  const requests: RequestRecord[] = []
  let nextId = 1000
  let clock = 0
  let url = ''

  const fileKey = (owner: string, repo: string, ref: string, path: string): string => `${owner}/${repo}@${ref}:${path}`
  const issueKey = (owner: string, repo: string, n: number): string => `${owner}/${repo}#${n}`
  const timestamp = (): string => new Date(EPOCH + ++clock * 1000).toISOString()

  function newComment(owner: string, repo: string, issueNumber: number, login: string, body: string): FakeComment {
    const id = nextId++
    const at = timestamp()
    const comment: FakeComment = {
      id,
      body,
      user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' },
      created_at: at,
      updated_at: at,
      html_url: `${url}/${owner}/${repo}/pull/${issueNumber}#issuecomment-${id}`,
      url: `${url}/repos/${owner}/${repo}/issues/comments/${id}`,
    }
    const key = issueKey(owner, repo, issueNumber)
    issues.set(key, [...(issues.get(key) ?? []), comment])
    commentIssue.set(id, key)
    return comment
  }

  function findComment(owner: string, repo: string, id: number): { key: string; list: FakeComment[]; index: number } {
    const key = commentIssue.get(id)
    if (!key || !key.startsWith(`${owner}/${repo}#`)) throw new HttpError(404, 'Not Found')
    const list = issues.get(key) ?? []
    return { key, list, index: list.findIndex((c) => c.id === id) }
  }

  function authenticate(req: IncomingMessage): { token: string; info: TokenInfo } {
    const header = req.headers.authorization ?? ''
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(header)?.[1]
    const info = token ? tokens.get(token) : undefined
    if (!token || !info) throw new HttpError(401, 'Bad credentials')
    return { token, info }
  }

  function requireWrite(info: TokenInfo): void {
    if (info.readOnly) throw new HttpError(403, 'Resource not accessible by integration')
  }

  function bodyText(body: unknown): string {
    const text = (body as { body?: unknown } | undefined)?.body
    if (typeof text !== 'string') throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.')
    if ([...text].length > COMMENT_BODY_LIMIT) {
      throw new HttpError(422, 'Validation Failed', [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${COMMENT_BODY_LIMIT} characters)`,
        },
      ])
    }
    return text
  }

  /** Commits reachable from `sha` (itself included) in the recorded graph. */
  function ancestors(owner: string, repo: string, sha: string): Set<string> {
    const seen = new Set<string>()
    const stack = [sha]
    while (stack.length) {
      const next = stack.pop()!
      if (seen.has(next)) continue
      seen.add(next)
      stack.push(...(parentsOf.get(`${owner}/${repo}@${next}`) ?? []))
    }
    return seen
  }

  function compare(owner: string, repo: string, base: string, head: string, res: ServerResponse): void {
    for (const sha of [base, head]) if (!parentsOf.has(`${owner}/${repo}@${sha}`)) throw new HttpError(404, 'Not Found')
    const fromBase = ancestors(owner, repo, base)
    const fromHead = ancestors(owner, repo, head)
    const aheadBy = [...fromHead].filter((sha) => !fromBase.has(sha)).length
    const behindBy = [...fromBase].filter((sha) => !fromHead.has(sha)).length
    const status = aheadBy === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : aheadBy === 0 ? 'behind' : 'diverged'
    sendJson(res, 200, { status, ahead_by: aheadBy, behind_by: behindBy, total_commits: aheadBy, commits: [], files: [] })
  }

  function pullJson(owner: string, repo: string, number: number, pr: FakePullRequest): PullJson {
    const headRepo = pr.headRepo ?? `${owner}/${repo}`
    const ref = pr.headRef ?? 'feature'
    return {
      number,
      state: pr.state ?? 'open',
      html_url: `${url}/${owner}/${repo}/pull/${number}`,
      head: { sha: pr.headSha, ref, label: `${headRepo.split('/')[0]}:${ref}`, repo: { full_name: headRepo } },
      base: { sha: pr.baseSha ?? null, ref: 'main', repo: { full_name: `${owner}/${repo}` } },
    }
  }

  function pullsOf(owner: string, repo: string): PullJson[] {
    const prefix = `${owner}/${repo}#`
    return [...pulls]
      .filter(([key]) => key.startsWith(prefix))
      .map(([key, pr]) => pullJson(owner, repo, Number(key.slice(prefix.length)), pr))
  }

  function listComments(req: URL, owner: string, repo: string, n: number, res: ServerResponse): void {
    const all = issues.get(issueKey(owner, repo, n)) ?? []
    const perPage = Math.min(Math.max(Number(req.searchParams.get('per_page') ?? 30) || 30, 1), 100)
    const page = Math.max(Number(req.searchParams.get('page') ?? 1) || 1, 1)
    const last = Math.max(Math.ceil(all.length / perPage), 1)
    const pageUrl = (p: number): string => {
      const next = new URL(`${url}${req.pathname}`)
      req.searchParams.forEach((value, key) => next.searchParams.set(key, value))
      next.searchParams.set('per_page', String(perPage))
      next.searchParams.set('page', String(p))
      return next.toString()
    }
    const links: string[] = []
    if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`)
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`)
    if (links.length > 0) res.setHeader('Link', links.join(', '))
    sendJson(res, 200, all.slice((page - 1) * perPage, page * perPage))
  }

  function getContents(req: IncomingMessage, query: URLSearchParams, owner: string, repo: string, path: string, res: ServerResponse): void {
    const ref = query.get('ref') ?? ''
    const clean = path.replace(/^\/+|\/+$/g, '')
    const content = files.get(fileKey(owner, repo, ref, clean))
    if (content === undefined) {
      const dirPrefix = fileKey(owner, repo, ref, clean === '' ? '' : `${clean}/`)
      const entries = [...files.keys()].filter((key) => key.startsWith(dirPrefix))
      if (entries.length === 0) throw new HttpError(404, 'Not Found')
      const names = [...new Set(entries.map((key) => key.slice(dirPrefix.length).split('/')[0]!))]
      sendJson(
        res,
        200,
        names.map((name) => ({ type: 'dir', name, path: clean ? `${clean}/${name}` : name })),
      )
      return
    }
    if (RAW_ACCEPT.test(req.headers.accept ?? '')) {
      res.writeHead(200, { 'Content-Type': 'application/vnd.github.raw', 'Content-Length': content.length })
      res.end(content)
      return
    }
    const small = content.length <= JSON_CONTENT_LIMIT
    sendJson(res, 200, {
      type: 'file',
      name: clean.split('/').pop(),
      path: clean,
      size: content.length,
      encoding: small ? 'base64' : 'none',
      content: small ? content.toString('base64') : '',
    })
  }

  function setFile(owner: string, repo: string, ref: string, path: string, content: string | Buffer): void {
    files.set(fileKey(owner, repo, ref, path.replace(/^\/+/, '')), Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'))
  }

  async function route(req: IncomingMessage, res: ServerResponse, record: RequestRecord, reqUrl: URL): Promise<void> {
    const method = record.method
    const path = record.path
    const fault = faults.find((f) => f.times > 0 && f.method === method && f.path.test(path))
    if (fault) {
      fault.times--
      if (fault.afterHandling)
        await handle(req, new DiscardedResponse() as unknown as ServerResponse, record, reqUrl).catch(() => undefined)
      if (fault.status === 0) res.socket?.destroy()
      else sendJson(res, fault.status, fault.body, fault.headers)
      return
    }
    await handle(req, res, record, reqUrl)
  }

  async function handle(req: IncomingMessage, res: ServerResponse, record: RequestRecord, reqUrl: URL): Promise<void> {
    const method = record.method
    const path = record.path
    const { info } = authenticate(req)
    const seg = path.split('/').slice(1)
    let m: RegExpExecArray | null

    for (const custom of customRoutes) {
      if (custom.method !== method || !(m = custom.path.exec(path))) continue
      const answer = await custom.handler({ record, match: m, url: reqUrl, token: info })
      if (answer.status === 204) res.writeHead(204).end()
      else sendJson(res, answer.status, answer.body ?? {}, answer.headers)
      return
    }

    if (method === 'GET' && path === '/user') {
      if (info.installation) throw new HttpError(403, 'Resource not accessible by integration')
      sendJson(res, 200, { login: info.login, id: 1, type: 'User' })
      return
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(path))) {
      const [owner, repo, n] = [seg[1]!, seg[2]!, Number(m[3])]
      if (method === 'GET') return listComments(reqUrl, owner, repo, n, res)
      if (method === 'POST') {
        requireWrite(info)
        sendJson(res, 201, newComment(owner, repo, n, info.login, bodyText(record.body)))
        return
      }
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(path))) {
      const [owner, repo, id] = [seg[1]!, seg[2]!, Number(m[3])]
      if (method === 'GET') {
        const { list, index } = findComment(owner, repo, id)
        sendJson(res, 200, list[index])
        return
      }
      if (method === 'PATCH') {
        requireWrite(info)
        const text = bodyText(record.body)
        const { list, index } = findComment(owner, repo, id)
        const updated = { ...list[index]!, body: text, updated_at: timestamp() }
        list[index] = updated
        sendJson(res, 200, updated)
        return
      }
      if (method === 'DELETE') {
        requireWrite(info)
        const { key, list, index } = findComment(owner, repo, id)
        issues.set(
          key,
          list.filter((_, i) => i !== index),
        )
        commentIssue.delete(id)
        res.writeHead(204).end()
        return
      }
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/contents(\/.*)?$/.exec(path))) {
      return getContents(req, reqUrl.searchParams, seg[1]!, seg[2]!, m[3] ?? '', res)
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/pulls\/(\d+)$/.exec(path))) {
      const pr = pulls.get(issueKey(seg[1]!, seg[2]!, Number(m[3])))
      if (!pr) throw new HttpError(404, 'Not Found')
      sendJson(res, 200, pullJson(seg[1]!, seg[2]!, Number(m[3]), pr))
      return
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls$/.test(path)) {
      const state = reqUrl.searchParams.get('state') ?? 'open'
      const head = reqUrl.searchParams.get('head')
      const listed = pullsOf(seg[1]!, seg[2]!).filter(
        (pr) => (state === 'all' || pr.state === state) && (head === null || pr.head.label === head),
      )
      sendJson(res, 200, listed)
      return
    }
    // Like GitHub's, in practice: a PR from a fork is not found by its head commit, whose
    // objects live in the fork (find it by its branch, GET …/pulls?head=owner:branch).
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/commits\/([^/]+)\/pulls$/.exec(path))) {
      const [owner, repo, sha] = [seg[1]!, seg[2]!, m[3]!]
      sendJson(
        res,
        200,
        pullsOf(owner, repo).filter((pr) => pr.head.sha === sha && pr.head.repo.full_name === `${owner}/${repo}`),
      )
      return
    }
    if (method === 'GET' && (m = /^\/repos\/([^/]+)\/([^/]+)\/compare\/([^/.]+)\.\.\.([^/.]+)$/.exec(path))) {
      return compare(seg[1]!, seg[2]!, m[3]!, m[4]!, res)
    }
    throw new HttpError(404, 'Not Found')
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const reqUrl = new URL(req.url ?? '/', 'http://127.0.0.1')
      const enterprise = reqUrl.pathname === GHES_PREFIX || reqUrl.pathname.startsWith(`${GHES_PREFIX}/`)
      const prefix = enterprise ? GHES_PREFIX : ''
      const raw = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      try {
        body = raw ? JSON.parse(raw) : undefined
      } catch {
        body = raw
      }
      const record: RequestRecord = {
        method: req.method ?? 'GET',
        path: decodePath(reqUrl.pathname.slice(prefix.length)) || '/',
        query: Object.fromEntries(reqUrl.searchParams),
        enterprise,
        accept: req.headers.accept,
        token: /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1],
        body,
        status: 0,
        at: Date.now(),
      }
      requests.push(record)
      res.on('finish', () => {
        record.status = res.statusCode
      })
      const latency = options.latencyMs ?? 0
      const delay = latency > 0 ? new Promise<void>((resolve) => setTimeout(resolve, latency)) : Promise.resolve()
      delay
        .then(() => route(req, res, record, reqUrl))
        .catch((error: unknown) => {
          if (error instanceof HttpError) {
            const errors = error.errors ? { errors: error.errors } : {}
            sendJson(res, error.status, { message: error.message, ...errors, documentation_url: 'https://docs.github.com/rest' })
          } else sendJson(res, 500, { message: error instanceof Error ? error.message : String(error) })
        })
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    url,
    requests,
    addToken: (token, info) => void tokens.set(token, info),
    setFile,
    setFiles(owner, repo, ref, entries) {
      for (const [path, content] of Object.entries(entries)) setFile(owner, repo, ref, path, content)
    },
    addComment: (owner, repo, issueNumber, { login, body }) => ({ ...newComment(owner, repo, issueNumber, login, body) }),
    comments: (owner, repo, issueNumber) =>
      (issues.get(issueKey(owner, repo, issueNumber)) ?? []).map((c) => ({ ...c, user: { ...c.user } })),
    failNext(method, path, status, headers = {}, body = { message: `injected ${status}` }, times = 1) {
      faults.push({ method: method.toUpperCase(), path, status, headers, body, times, afterHandling: false })
    },
    failAfter(method, path, status, headers = {}, body = { message: `injected ${status}` }, times = 1) {
      faults.push({ method: method.toUpperCase(), path, status, headers, body, times, afterHandling: true })
    },
    setPullRequest: (owner, repo, number, pr) => void pulls.set(issueKey(owner, repo, number), { ...pr }),
    setCommit: (owner, repo, sha, parents) => void parentsOf.set(`${owner}/${repo}@${sha}`, [...parents]),
    route(method, path, handler) {
      customRoutes.push({ method: method.toUpperCase(), path, handler })
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return
  const text = JSON.stringify(body)
  res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': Buffer.byteLength(text), ...headers })
  res.end(text)
}

function decodePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}
