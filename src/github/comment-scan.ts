import { Readable } from 'node:stream'
import { parseMarker } from '../core/marker.js'
import type { GitHubClient } from './client.js'
import { httpStatus } from './http-error.js'
import { JsonArrayReader, NotAJsonArray } from './json-array-stream.js'

export interface IssueRef {
  owner: string
  repo: string
  issueNumber: number
}

/** A comment that carries a model-gate marker: the fields the sticky comment logic reads. */
export interface MarkedComment {
  id: number
  body: string
  user?: { login?: string } | null
  created_at?: string
  html_url: string
}

/** The media types Octokit parses as JSON (with parameters such as `; charset=utf-8`). */
const JSON_TYPE = /^application\/(?:scim\+)?json\s*(?:;|$)/i

/** GitHub's largest page of comments. */
const PER_PAGE = 100

/** The comment if its body starts with a model-gate marker, with only the fields kept. */
function markedComment(comment: unknown): MarkedComment | undefined {
  const c = comment as { id: number; body?: unknown; user?: { login?: string } | null; created_at?: string; html_url: string } | null
  if (typeof c?.body !== 'string' || !parseMarker(c.body)) return undefined
  const login = c.user?.login
  return { id: c.id, body: c.body, user: login === undefined ? null : { login }, created_at: c.created_at, html_url: c.html_url }
}

/** The error Octokit's paginator met on a page whose data is not a list (`'total_count' in data` or iterating it). */
const notAList = (): TypeError => new TypeError('a page of comments is not a JSON array')

/** A page's data as Octokit parsed it (JSON, else the text) and its paginator unwrapped it, as a list of comments. */
function listOf(data: unknown): Iterable<unknown> {
  if (!data) return []
  if (typeof data !== 'object') throw notAList()
  const record = data as Record<string, unknown>
  if (!('total_count' in record || 'total_commits' in record) || 'url' in record) {
    if (!Array.isArray(data)) throw notAList()
    return data
  }
  const key = Object.keys(record).find((k) => !['incomplete_results', 'repository_selection', 'total_count', 'total_commits'].includes(k))
  const list = key === undefined ? undefined : record[key]
  if (!Array.isArray(list)) throw notAList()
  return list
}

/** Whether Octokit reads an answer of this type as text (else as bytes, which are no list either). */
function readsAsText(contentType: string | undefined): boolean {
  if (!contentType) return true
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  return type.startsWith('text/') || (/;\s*charset\s*=\s*"?utf-8"?\s*(?:;|$)/i.test(contentType) && type !== 'application/octet-stream')
}

/** The body's text; '' when it breaks off (as Octokit's `response.text().catch()` gives). */
async function textOf(body: AsyncIterable<Uint8Array>): Promise<string> {
  const decoder = new TextDecoder()
  let text = ''
  try {
    await eachChunk(body, (chunk) => (text += decoder.decode(chunk, { stream: true })))
    return text + decoder.decode()
  } catch {
    return ''
  }
}

/**
 * The marked comments of one page, read from the answer's body as it streams in (JsonArrayReader),
 * so that only one comment at a time is held. A page that is not a JSON array gives what Octokit's
 * paginator gave for it: a page that breaks off gives no comments, any other fails the scan.
 */
async function scanPage(body: unknown, contentType: string | undefined): Promise<MarkedComment[]> {
  const found: MarkedComment[] = []
  if (!isByteStream(body)) {
    for (const comment of listOf(body)) pushMarked(found, comment)
    return found
  }
  if (!contentType || !JSON_TYPE.test(contentType.trim())) {
    const text = readsAsText(contentType) ? await textOf(body) : undefined
    if (text === '') return found
    throw notAList()
  }
  const reader = new JsonArrayReader()
  const each = (comment: unknown): void => pushMarked(found, comment)
  try {
    await eachChunk(body, (chunk) => reader.push(chunk, each))
    reader.end()
  } catch (error) {
    // A body that breaks off was read as '' by Octokit: no comments.
    if (!(error instanceof NotAJsonArray)) return []
    if (error.text === undefined) throw notAList()
    let data: unknown = error.text
    try {
      data = JSON.parse(error.text)
    } catch {
      // not JSON: Octokit kept the text
    }
    const again: MarkedComment[] = []
    for (const comment of listOf(data)) pushMarked(again, comment)
    return again
  }
  return found
}

/**
 * Calls `read` with each chunk of the body. A node stream (node:http's answer) is read through its
 * 'data' events: its async iterator adds several functions per chunk that V8 then optimizes (and
 * holds the compiler's memory for) on a run that reads thousands of comments.
 */
async function eachChunk(body: AsyncIterable<Uint8Array>, read: (chunk: Uint8Array) => void): Promise<void> {
  if (!(body instanceof Readable)) {
    for await (const chunk of body) read(chunk)
    return
  }
  await new Promise<void>((resolve, reject) => {
    const fail = (error: unknown): void => {
      body.destroy()
      reject(error)
    }
    body.on('data', (chunk: Uint8Array) => {
      try {
        read(chunk)
      } catch (error) {
        fail(error)
      }
    })
    body.once('end', resolve)
    body.once('error', fail)
    body.once('close', () => reject(new Error('the answer broke off')))
  })
}

function pushMarked(into: MarkedComment[], comment: unknown): void {
  const marked = markedComment(comment)
  if (marked) into.push(marked)
}

function isByteStream(body: unknown): body is AsyncIterable<Uint8Array> {
  return typeof body === 'object' && body !== null && Symbol.asyncIterator in body
}

/** Pages asked for at once when the number of comments is known (scanMarkedComments' `expected`). */
export const PAGES_IN_FLIGHT = 4

/** What scanMarkedComments may know before it asks. */
export interface ScanOptions {
  /**
   * How many comments the issue had when the event was sent (`pull_request.comments` in the
   * payload). The pages it implies are asked for PAGES_IN_FLIGHT at a time instead of one after the
   * other; a stale count only changes how many are asked at once: the listing still ends where
   * GitHub's `Link: rel="next"` ends it, and a page past that end is never read or reported.
   */
  expected?: number
}

type Answer = { headers: Record<string, string | number | undefined>; data: unknown }

/** The `rel="next"` URL of a page's answer, if any. */
function nextLink(response: Answer): string | undefined {
  const link = response.headers.link
  return typeof link === 'string' ? /<([^<>]+)>;\s*rel="next"/.exec(link)?.[1] : undefined
}

/**
 * The issue's comments whose body starts with a model-gate marker (for any model, by anyone),
 * oldest first. The pages are read one at a time as they stream in (100 comments each), and only
 * those comments are kept, so memory does not grow with the number or size of other comments.
 * Pages follow GitHub's `Link: rel="next"`, as Octokit's paginator does (a 409 ends the listing).
 * With `expected`, the pages that count implies are asked for ahead (see ScanOptions).
 */
export async function scanMarkedComments(client: GitHubClient, issue: IssueRef, options: ScanOptions = {}): Promise<MarkedComment[]> {
  const marked: MarkedComment[] = []
  // Asked as Octokit's paginator asks (the URL expanded first, so logs and retries name it), the body left unparsed.
  const { method, url, headers } = client.rest.issues.listComments.endpoint({
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.issueNumber,
    per_page: PER_PAGE,
  })
  /** A page's answer, or undefined when GitHub ends the listing with a 409. */
  const ask = async (pageUrl: string): Promise<Answer | undefined> => {
    try {
      return await client.request({ method, url: pageUrl, headers, request: { parseSuccessResponseBody: false } })
    } catch (error) {
      if (httpStatus(error) !== 409) throw error
      return undefined
    }
  }
  const scan = async (response: Answer): Promise<void> => {
    const contentType = response.headers['content-type']
    marked.push(...(await scanPage(response.data, typeof contentType === 'string' ? contentType : undefined)))
  }

  // Pages 2 … known, asked for ahead in order, at most PAGES_IN_FLIGHT with the one being read.
  const known = Math.ceil(Math.max(0, options.expected ?? 0) / PER_PAGE)
  const ahead: Promise<Answer | undefined>[] = []
  let asked = 1
  const askAhead = (): void => {
    while (asked < known && ahead.length < PAGES_IN_FLIGHT - 1) {
      const page = new URL(url)
      page.searchParams.set('page', String(++asked))
      const answer = ask(page.toString())
      // A page past the listing's end is dropped unread: its failure is nobody's.
      answer.catch(() => undefined)
      ahead.push(answer)
    }
  }
  let answer = ask(url)
  askAhead()
  try {
    for (let response = await answer; response; response = await answer) {
      const next = nextLink(response)
      await scan(response)
      if (!next) break
      // The page asked for ahead is the one `next` names (GitHub spells its URL differently).
      answer = ahead.shift() ?? ask(next)
      askAhead()
    }
  } finally {
    for (const rest of ahead) void rest.then(drain, () => undefined)
  }
  return marked
}

/** Reads an unneeded page's body to its end, so that its connection goes back to the pool. */
async function drain(response: Answer | undefined): Promise<void> {
  if (!response || !isByteStream(response.data)) return
  try {
    await eachChunk(response.data, () => undefined)
  } catch {
    // an unneeded page that breaks off is nobody's concern
  }
}
