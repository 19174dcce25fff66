/**
 * The override record in the sticky comment's hidden state: the line right after the marker,
 * `<!-- model-gate-override v1 <base64url of the record's JSON> -->`. Base64url keeps check ids
 * and reasons (repository and user text) from closing the HTML comment or adding fields.
 *
 * Trust: the state is read only from the second line of a body that starts with the model-gate
 * marker, and callers read it only from the comment that is ours by marker and author (see
 * src/github/override.ts); repository text in the body cannot contain a raw `<!--`
 * (src/render/escape.ts), so it cannot plant a line of its own. Anything that does not parse or
 * does not have exactly the record's shape is ignored, which makes the next grant start afresh.
 */
import { parseMarker } from './marker.js'
import type { OverrideRecord, WaivedCheck } from './override.js'
import { MAX_REASON_LENGTH, MAX_WAIVED_CHECKS } from './override.js'

const PREFIX = '<!-- model-gate-override v1 '
const SUFFIX = ' -->'
const STATE_LINE = /^<!-- model-gate-override v1 ([A-Za-z0-9_-]{1,200000}) -->$/
const SHA = /^[0-9a-f]{7,64}$/
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/
const MAX_TEXT = 500

/** The hidden state line for a record. */
export function overrideStateLine(record: OverrideRecord): string {
  return `${PREFIX}${toBase64Url(JSON.stringify(record))}${SUFFIX}`
}

/**
 * The body with the record's state line right after its marker line (replacing any there);
 * without a record, the body without a state line. A body that does not start with a marker is
 * returned unchanged.
 */
export function withOverrideState(body: string, record: OverrideRecord | undefined): string {
  if (!parseMarker(body)) return body
  const newline = body.indexOf('\n')
  if (newline < 0) return record ? `${body}\n${overrideStateLine(record)}` : body
  const marker = body.slice(0, newline)
  let rest = body.slice(newline + 1)
  const second = rest.indexOf('\n')
  const line = second < 0 ? rest : rest.slice(0, second)
  if (STATE_LINE.test(line.replace(/\r$/, ''))) rest = second < 0 ? '' : rest.slice(second + 1)
  return record ? `${marker}\n${overrideStateLine(record)}\n${rest}` : `${marker}\n${rest}`
}

/**
 * The record in a comment body's hidden state: only from the line right after a model-gate
 * marker at the very start; undefined when there is none or it does not parse as a record.
 */
export function parseOverrideState(body: string): OverrideRecord | undefined {
  if (!parseMarker(body)) return undefined
  const line = body.split('\n', 2)[1]?.replace(/\r$/, '')
  const match = line === undefined ? null : STATE_LINE.exec(line)
  if (!match) return undefined
  let data: unknown
  try {
    data = JSON.parse(fromBase64Url(match[1]!))
  } catch {
    return undefined
  }
  return asRecord(data)
}

/** UTF-8 text as base64url without padding (RFC 4648 §5). */
function toBase64Url(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The UTF-8 text of base64url; throws when it is not valid base64 or not UTF-8. */
function fromBase64Url(data: string): string {
  const binary = atob(data.replace(/-/g, '+').replace(/_/g, '/'))
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)))
}

function isText(v: unknown, max = MAX_TEXT): v is string {
  return typeof v === 'string' && v.length > 0 && v.length <= max
}

function isValue(v: unknown): v is number | null {
  return v === null || (typeof v === 'number' && Number.isFinite(v))
}

const RECORD_KEYS = ['by', 'at', 'authority', 'reason', 'reasonCommentId', 'waived', 'headSha']

function asRecord(data: unknown): OverrideRecord | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined
  const r = data as Record<string, unknown>
  if (Object.keys(r).some((k) => !RECORD_KEYS.includes(k))) return undefined
  if (!isText(r.by, 100) || !isText(r.at, 40) || !ISO_TIME.test(r.at) || !isText(r.authority)) return undefined
  if (r.reason !== null && !isText(r.reason, MAX_REASON_LENGTH)) return undefined
  if (r.reasonCommentId !== null && !(Number.isSafeInteger(r.reasonCommentId) && (r.reasonCommentId as number) > 0)) return undefined
  if (typeof r.headSha !== 'string' || !SHA.test(r.headSha)) return undefined
  if (!Array.isArray(r.waived) || r.waived.length > MAX_WAIVED_CHECKS) return undefined
  const waived: WaivedCheck[] = []
  for (const item of r.waived as unknown[]) {
    const w = asWaived(item)
    if (!w) return undefined
    waived.push(w)
  }
  return {
    by: r.by,
    at: r.at,
    authority: r.authority,
    reason: r.reason,
    reasonCommentId: r.reasonCommentId as number | null,
    waived,
    headSha: r.headSha,
  }
}

function asWaived(item: unknown): WaivedCheck | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return undefined
  const w = item as Record<string, unknown>
  if (Object.keys(w).some((k) => !['model', 'id', 'metric', 'value'].includes(k))) return undefined
  if (!isText(w.model) || !isText(w.id, 2000) || !isValue(w.value)) return undefined
  if (w.metric !== undefined && !isText(w.metric, 2000)) return undefined
  return { model: w.model, id: w.id, ...(w.metric !== undefined ? { metric: w.metric as string } : {}), value: w.value }
}
