import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { httpFetch } from './http-fetch.js'
import { requestPolicy } from './request-policy.js'
import { restMethods } from './rest.js'

/**
 * @actions/github's client class (`getOctokit`): Octokit with the REST methods (the ones
 * model-gate calls, rest.ts) and pagination; retries, rate limits and write spacing come from
 * request-policy.ts. Built here because importing @actions/github loads @actions/http-client and
 * undici at start-up (issue 13): requests use fetch's behaviour on node:http (http-fetch.ts), and
 * undici's proxy agent is loaded only when a proxy applies (see `fetchFor`).
 */
const Client = Octokit.plugin(restMethods, paginateRest)

/** The REST client every adapter in src/github takes as its first parameter. */
export type GitHubClient = InstanceType<typeof Client>

type Fetch = typeof globalThis.fetch

/**
 * The fetch @actions/github would use for `baseUrl`: through the proxy that `https_proxy`,
 * `http_proxy` and `no_proxy` give (undici's ProxyAgent, as @actions/http-client builds it, loaded
 * on the first request), else fetch's behaviour on node:http (http-fetch.ts).
 */
function fetchFor(baseUrl: string): Fetch {
  if (!getProxyUrl(new URL(baseUrl))?.hostname) return httpFetch
  let proxied: Promise<Fetch> | undefined
  const load = async (): Promise<Fetch> => {
    const [{ HttpClient }, undici] = await Promise.all([import('@actions/http-client'), import('undici')])
    const dispatcher = new HttpClient().getAgentDispatcher(baseUrl)
    return ((input: string, init?: object) =>
      undici.fetch(input, { ...init, dispatcher } as Parameters<typeof undici.fetch>[1])) as unknown as Fetch
  }
  return async (input, init) => (await (proxied ??= load()))(input, init)
}

/** @actions/github's user agent: the runner's orchestration id, when it gives one. */
function userAgent(): string | undefined {
  const id = process.env.ACTIONS_ORCHESTRATION_ID?.trim()
  return id ? `actions_orchestration_id/${id.replace(/[^a-z0-9_.-]/gi, '_')}` : undefined
}

export interface ClientOptions {
  /** REST API root; defaults to `GITHUB_API_URL` (read by @actions/github), else api.github.com. */
  baseUrl?: string
  /** How often one request is retried after a server error, and apart from that re-sent after a rate limit. Default 3. */
  retries?: number
  /** Delay before the first retry of a server error; the n-th waits n² times this. Default 1000. */
  minRetryDelayMs?: number
  /** Receives one line per rate-limit wait (or giving up) and client warning. */
  log?: (message: string) => void
  /**
   * Space writes as GitHub asks integrators to (request-policy.ts: one write per second, one
   * notifying write, such as a comment or a review, per three seconds), against secondary rate
   * limits. Default: on, except for an API on a loopback address, which is never GitHub (a local
   * stand-in, as in the end-to-end tests). Rate-limit answers are handled either way.
   */
  spaceWrites?: boolean
}

/** True for an API URL on this machine (`localhost`, 127.0.0.0/8, `::1`). */
export function isLoopbackApi(baseUrl: string | undefined): boolean {
  if (!baseUrl) return false
  try {
    const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '')
    return host === 'localhost' || host === '::1' || /^127(?:\.\d{1,3}){3}$/.test(host)
  } catch {
    return false
  }
}

/**
 * An Octokit for the GitHub REST API with retries of server and network errors (backoff) and
 * rate-limit handling (primary and secondary, 403 or 429: waits when GitHub says how long, up to
 * `retries` times). Logs through `opts.log` only, so it is usable outside the Actions runtime.
 */
export function createClient(token: string, opts: ClientOptions = {}): GitHubClient {
  if (!token) throw new Error('Parameter token or opts.auth is required')
  const retries = opts.retries ?? 3
  const log = opts.log ?? (() => undefined)
  const spaceWrites = opts.spaceWrites ?? !isLoopbackApi(opts.baseUrl ?? process.env.GITHUB_API_URL)

  const baseUrl = opts.baseUrl ? opts.baseUrl.replace(/\/+$/, '') : process.env.GITHUB_API_URL || 'https://api.github.com'
  const agent = userAgent()
  const octokit = new Client({
    auth: `token ${token}`,
    baseUrl,
    ...(agent ? { userAgent: agent } : {}),
    request: { fetch: fetchFor(baseUrl) },
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
  })
  const policy = requestPolicy({ retries, retryBaseMs: opts.minRetryDelayMs ?? 1000, spaceWrites, log })
  octokit.hook.wrap('request', (request, options) => policy(request, options))
  return octokit
}
