/** A check as one plain sentence, for a terminal line or an annotation: where, what, and the fix. */
import type { Check } from './types.js'

/** A fix as a sentence: a full stop when it ends without one. */
export function asSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`
}

/** `MODEL_CARD.md line 12: \`ownership.on_call\` is missing. Fix: add …` */
export function checkSentence(check: Check): string {
  const at = check.location
  const where = check.kind === 'declaration' && at?.line !== undefined ? `${at.file} line ${at.line}: ` : ''
  const status = check.status === 'not_evaluated' ? 'not evaluated: ' : ''
  const more = check.fix !== undefined || check.note !== undefined
  const message = more ? asSentence(check.message) : check.message
  return `${where}${status}${message}${check.fix ? ` Fix: ${asSentence(check.fix)}` : ''}${check.note ? ` ${check.note}` : ''}`
}
