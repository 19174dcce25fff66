import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { setTimeout as sleep } from 'node:timers/promises'

/** The REST client every adapter in src/github takes as its first parameter. */
export type GitHubClient = ReturnType<typeof getOctokit>

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
  const { status, message, response } = error as { status?: number; message?: string; response?: { headers?: Record<string, string | undefined> } }
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

  const octokit = getOctokit(
    token,
    {
      ...(opts.baseUrl ? { baseUrl: opts.baseUrl.replace(/\/+$/, '') } : {}),
      log: { debug: () => undefined, info: () => undefined, warn: log, error: log },
      retry: { retries, retryAfterBaseValue: opts.minRetryDelayMs ?? 1000, doNotRetry: CLIENT_ERRORS },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        ...(spaceWrites ? {} : ({ write: UNSPACED, notifications: UNSPACED } as object))
      }
    },
    retry,
    throttling
  )
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
