import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { Octokit } from '@octokit/core'
import { paginateRest } from '@octokit/plugin-paginate-rest'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { setTimeout as sleep } from 'node:timers/promises'
import { httpFetch } from './http-fetch.js'
import { restMethods } from './rest.js'

/**
 * @actions/github's client class (`getOctokit`): Octokit with the REST methods (the ones
 * model-gate calls, rest.ts) and pagination, plus the retry and throttling plugins. Built here because importing @actions/github loads
 * @actions/http-client and undici at start-up (issue 13): requests use fetch's behaviour on node:http (http-fetch.ts), and
 * undici's proxy agent is loaded only when a proxy applies (see `fetchFor`).
 */
const Client = Octokit.plugin(restMethods, paginateRest, retry, throttling)

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
  /** How often one request is retried (server errors) or re-sent after a rate limit. Default 3. */
  retries?: number
  /** Delay before the first retry of a server error; the n-th waits n² times this. Default 1000. */
  minRetryDelayMs?: number
  /** Receives one line per retry, rate limit and client warning. */
  log?: (message: string) => void
  /**
   * Space writes as GitHub asks integrators to (the throttling plugin: one write per second, one
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

/** A limiter group that lets every job through at once, in the shape the throttling plugin schedules on. */
const UNSPACED = { key: () => ({ schedule: <T>(_options: unknown, job: () => Promise<T>): Promise<T> => job() }) }

/** Longest rate-limit wait (seconds) worth sitting out; a later reset gives up instead. */
const MAX_RATE_LIMIT_WAIT_S = 60

/** Client errors are final: the throttling plugin alone decides about 403/429 rate limits. */
const CLIENT_ERRORS = Array.from({ length: 100 }, (_, i) => 400 + i)

type LimitHandler = (retryAfter: number, options: { method: string; url: string }, octokit: unknown, retryCount: number) => boolean

/**
 * The seconds to wait for a 429 that the throttling plugin does not recognise as a rate limit (it
 * only knows answers that name a secondary limit or say no requests remain) but that says when
 * to come back; undefined for any other error.
 */
function bareTooManyRequests(error: unknown): number | undefined {
  const { status, message, response } = error as {
    status?: number
    message?: string
    response?: { headers?: Record<string, string | undefined> }
  }
  const headers = response?.headers ?? {}
  if (status !== 429 || headers['x-ratelimit-remaining'] === '0' || /secondary rate/i.test(message ?? '')) return undefined
  const seconds = Number(headers['retry-after'])
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined
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

  const onLimit =
    (kind: string): LimitHandler =>
    (retryAfter, options, _octokit, retryCount) => {
      const request = `${options.method} ${options.url}`
      if (retryCount < retries && retryAfter <= MAX_RATE_LIMIT_WAIT_S) {
        log(`GitHub ${kind} rate limit on ${request}: retrying in ${retryAfter}s (${retryCount + 1}/${retries})`)
        return true
      }
      log(`GitHub ${kind} rate limit on ${request}: giving up after ${retryCount} retries`)
      return false
    }

  const baseUrl = opts.baseUrl ? opts.baseUrl.replace(/\/+$/, '') : process.env.GITHUB_API_URL || 'https://api.github.com'
  const agent = userAgent()
  const octokit = new Client({
    auth: `token ${token}`,
    baseUrl,
    ...(agent ? { userAgent: agent } : {}),
    request: { fetch: fetchFor(baseUrl) },
    log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
    retry: { retries, retryAfterBaseValue: opts.minRetryDelayMs ?? 1000, doNotRetry: CLIENT_ERRORS },
    throttle: {
      onRateLimit: onLimit('primary'),
      onSecondaryRateLimit: onLimit('secondary'),
      ...(spaceWrites ? {} : ({ write: UNSPACED, notifications: UNSPACED } as object)),
    },
  })
  // plugin-retry counts retries on `options.request`, an object Octokit shares between calls: give
  // each call its own copy, or one request's retries lengthen the next request's backoff (1 s → 25 s).
  octokit.hook.before('request', (options) => {
    options.request = { ...options.request }
  })
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options)
      } catch (error) {
        const wait = bareTooManyRequests(error)
        if (wait === undefined || attempt >= retries || wait > MAX_RATE_LIMIT_WAIT_S) throw error
        log(`GitHub answered 429 on ${options.method} ${options.url}: retrying in ${wait}s (${attempt + 1}/${retries})`)
        await sleep(wait * 1000)
      }
    }
  })
  return octokit
}
