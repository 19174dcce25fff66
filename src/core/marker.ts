/**
 * The hidden marker that opens every model-gate comment and lets the next run find it again:
 * `<!-- model-gate model=<key> head=<sha> -->`. Characters of the model key outside
 * [A-Za-z0-9._-] are percent-encoded (UTF-8), so the key cannot close the comment or add fields.
 */

const MARKER_LINE = /^<!-- model-gate model=([A-Za-z0-9._%-]*)(?: head=([0-9a-f]{4,64}))? -->(?:\r?\n|$)/

function encodeKey(key: string): string {
  let out = ''
  for (const byte of new TextEncoder().encode(key)) {
    const ch = String.fromCharCode(byte)
    out += /[A-Za-z0-9._-]/.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`
  }
  return out
}

/** The marker line for a model key (a model name, `default` or `all`) and optional head SHA. */
export function markerFor(modelKey: string, headSha?: string): string {
  const head = headSha !== undefined && /^[0-9a-f]{4,64}$/i.test(headSha) ? ` head=${headSha.toLowerCase()}` : ''
  return `<!-- model-gate model=${encodeKey(modelKey)}${head} -->`
}

/**
 * The model key and head SHA of a comment body that STARTS with a model-gate marker line;
 * undefined for any other body (a marker quoted further down does not count).
 */
export function parseMarker(body: string): { model: string; head?: string } | undefined {
  const match = MARKER_LINE.exec(body)
  if (!match) return undefined
  let model: string
  try {
    model = decodeURIComponent(match[1] ?? '')
  } catch {
    return undefined
  }
  return match[2] === undefined ? { model } : { model, head: match[2] }
}
