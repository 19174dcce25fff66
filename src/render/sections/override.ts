/**
 * The override section of a model's part of the comment (docs/oversight.md): who overrode the
 * gate, on what authority and why, which failing checks the override waives, which failures it
 * does not cover (a later push), or why a label that asks for an override does not count.
 */
import type { NewFailure, OverrideSummary, WaivedCheck } from '../../core/override.js'
import type { CommentSection, SectionInput } from '../comment.js'
import { code, inline, prose } from '../escape.js'
import { formatNumber, shortSha } from '../format.js'

/** Checks listed by name; the rest are counted (the JSON report lists them all). */
const LISTED = 10

/** The override section; it renders nothing without an override (GateResult.override). */
export const OVERRIDE_SECTION: CommentSection = { id: 'override', render: renderOverride }

function renderOverride({ ev, result }: SectionInput): string | undefined {
  const override = result.override
  if (!override) return undefined
  const first = result.evaluations[0] === ev
  const waived = override.record?.waived.filter((w) => w.model === ev.model) ?? []
  const fresh = override.newFailures.filter((f) => f.model === ev.model)
  // With several models, the section is shown once, and again only where it names checks.
  if (!first && waived.length === 0 && fresh.length === 0) return undefined
  if (override.state === 'refused' || !override.record) return `**Override label ignored:** ${prose(override.explanation)}`
  return [given(override), ...waivedLines(waived, override), ...newLines(fresh)].join('\n')
}

function given(override: OverrideSummary): string {
  const record = override.record!
  const who = `${inline(record.by)} (${inline(record.authority)}) at ${code(shortSha(record.headSha))}, ${code(record.at)}`
  const reason = record.reason !== null ? ` — reason: “${inline(record.reason)}”` : ''
  if (override.state === 'exceeded') {
    return `**Override no longer covers this change:** given by ${who}${reason}. Failures it does not cover block the merge until someone allowed to override re-approves (re-applies the label, or comments \`/model-gate override <reason>\` again).`
  }
  const what = override.overridden ? 'the failing checks below are waived for this change only' : 'no check fails now'
  return `**Overridden** by ${who}${reason}: ${what}. A later push that adds a failure, or makes a waived metric worse, blocks again.`
}

function value(v: number | null | undefined): string {
  return typeof v === 'number' ? formatNumber(v) : 'no value'
}

function subject(id: string, metric: string | undefined): string {
  return metric !== undefined ? `${code(metric)} (${code(id)})` : code(id)
}

function waivedLines(waived: readonly WaivedCheck[], override: OverrideSummary): string[] {
  if (!override.overridden || waived.length === 0) return []
  const lines = waived.slice(0, LISTED).map((w) => `- waived: ${subject(w.id, w.metric)} at ${value(w.value)}`)
  if (waived.length > LISTED) lines.push(`- … and ${waived.length - LISTED} more waived checks in the JSON report`)
  return lines
}

function newLines(fresh: readonly NewFailure[]): string[] {
  const lines = fresh
    .slice(0, LISTED)
    .map((f) =>
      f.why === 'new'
        ? `- ❌ new since the override: ${subject(f.id, f.metric)} fails at ${value(f.value)}`
        : `- ❌ worse since the override: ${subject(f.id, f.metric)} was ${value(f.waivedValue)} when waived, ${value(f.value)} now`,
    )
  if (fresh.length > LISTED) lines.push(`- … and ${fresh.length - LISTED} more in the JSON report`)
  return lines
}
