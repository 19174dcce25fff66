/**
 * The part of `fetch` Octokit uses, over node:http and node:https. Node's own fetch loads its
 * bundled undici on the first call, which costs 40–50 ms of compiling on every action run (issue 13,
 * bench/PROFILE.md); node:http is much lighter. It keeps fetch's behaviour where Octokit can see
 * it: redirects followed (at most 20; 303, and 301/302 of a POST, become a GET; the Authorization
 * header is dropped on a redirect to another origin), gzip, deflate and brotli bodies decoded, header
 * names lower-cased, the standard's "bad ports" refused, network failures rejected as
 * `TypeError('fetch failed')` with the cause.
 * Anything else (a body that is not text or bytes, a `signal`, a non-HTTP URL) goes to node's fetch.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import type { Readable } from 'node:stream'

type Fetch = typeof globalThis.fetch

/** What Octokit reads of a fetch response. */
interface FetchedResponse {
  status: number
  statusText: string
  url: string
  headers: { get(name: string): string | null; [Symbol.iterator](): IterableIterator<[string, string]> }
  body: AsyncIterable<Uint8Array> | null
  text(): Promise<string>
  arrayBuffer(): Promise<ArrayBuffer>
}

const MAX_REDIRECTS = 20
const IDLE_TIMEOUT_MS = 300_000

/** The ports fetch refuses to connect to (the Fetch standard's "bad ports"). */
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117,
  119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636,
  989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
])

interface Sent {
  method: string
  url: URL
  headers: Record<string, string>
  body?: string | Uint8Array
}

/** A fetch for Octokit on node:http(s); see the module comment for what it keeps of fetch. */
export const httpFetch: Fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : undefined
  const body = init?.body ?? undefined
  const simple =
    url !== undefined &&
    /^https?:/i.test(url) &&
    !init?.signal &&
    (init?.redirect ?? 'follow') === 'follow' &&
    (body === undefined || typeof body === 'string' || body instanceof Uint8Array)
  if (!simple) return globalThis.fetch(input, init)
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries((init?.headers ?? {}) as Record<string, string>)) headers[name.toLowerCase()] = String(value)
  headers['accept-encoding'] ??= 'gzip, deflate, br'
  const sent: Sent = { method: (init?.method ?? 'GET').toUpperCase(), url: new URL(url), headers }
  if (body !== undefined) sent.body = body as string | Uint8Array
  return follow(sent, 0) as unknown as Promise<Response>
}

async function follow(sent: Sent, redirects: number): Promise<FetchedResponse> {
  const res = await send(sent)
  const status = res.statusCode ?? 0
  const location = res.headers.location
  if ([301, 302, 303, 307, 308].includes(status) && typeof location === 'string') {
    res.resume()
    if (redirects >= MAX_REDIRECTS) throw fetchFailed(new Error('redirect count exceeded'))
    const next = new URL(location, sent.url)
    const toGet = status === 303 ? sent.method !== 'HEAD' : (status === 301 || status === 302) && sent.method === 'POST'
    const headers = { ...sent.headers }
    if (next.origin !== sent.url.origin) delete headers.authorization
    if (toGet)
      for (const name of ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'])
        delete headers[name]
    const again: Sent = { method: toGet ? 'GET' : sent.method, url: next, headers }
    if (!toGet && sent.body !== undefined) again.body = sent.body
    return follow(again, redirects + 1)
  }
  return response(res, sent.url.href, sent.method)
}

function send(sent: Sent): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const port = Number(sent.url.port || (sent.url.protocol === 'https:' ? 443 : 80))
    if (BAD_PORTS.has(port)) return reject(fetchFailed(new Error('bad port')))
    const request = (sent.url.protocol === 'https:' ? httpsRequest : httpRequest)(sent.url, { method: sent.method, headers: sent.headers })
    // undici's (fetch's) default: no answer, or a body stalled, for 300 s fails the request
    request.setTimeout(IDLE_TIMEOUT_MS, () => request.destroy(new Error('Headers Timeout Error')))
    request.on('response', resolve)
    request.on('error', (error) => reject(fetchFailed(error)))
    request.end(sent.body)
  })
}

function fetchFailed(cause: unknown): TypeError {
  return Object.assign(new TypeError('fetch failed'), { cause })
}

function response(res: IncomingMessage, url: string, method: string): FetchedResponse {
  const names = Object.keys(res.headers).sort()
  const header = (name: string): string | null => {
    const value = res.headers[name.toLowerCase()]
    if (value === undefined) return null
    return Array.isArray(value) ? value.join(', ') : value
  }
  const status = res.statusCode ?? 0
  const empty = method === 'HEAD' || status === 204 || status === 205 || status === 304
  const body = empty ? null : decoded(res, header('content-encoding'))
  if (!body) res.resume()
  let used = false
  const bytes = async (): Promise<Buffer> => {
    if (used) throw new TypeError('Body is unusable: Body has already been read')
    used = true
    const chunks: Buffer[] = []
    if (body) for await (const chunk of body) chunks.push(Buffer.from(chunk as Uint8Array))
    return Buffer.concat(chunks)
  }
  return {
    status,
    statusText: res.statusMessage ?? '',
    url,
    headers: {
      get: header,
      *[Symbol.iterator]() {
        for (const name of names) yield [name, header(name) as string] as [string, string]
      },
    },
    body,
    text: async () => new TextDecoder().decode(await bytes()),
    arrayBuffer: async () => {
      const buffer = await bytes()
      return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer
    },
  }
}

/**
 * The body with its content encoding undone, as fetch does (gzip, deflate, br; anything else as
 * sent): a node stream either way, so that readers of it (the comment scan) can use its events.
 * node:zlib is loaded only for an encoded answer.
 */
function decoded(res: IncomingMessage, encoding: string | null): Readable {
  const codings = (encoding ?? '')
    .toLowerCase()
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c && c !== 'identity')
  if (codings.length === 0 || codings.some((c) => !['gzip', 'x-gzip', 'deflate', 'br'].includes(c))) return res
  const zlib = process.getBuiltinModule('node:zlib')
  let stream: Readable = res
  for (const coding of codings.reverse()) {
    const next =
      coding === 'br'
        ? zlib.createBrotliDecompress()
        : coding === 'deflate'
          ? zlib.createInflate()
          : zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH })
    stream.on('error', (error) => next.destroy(error))
    stream = stream.pipe(next)
  }
  return stream
}
