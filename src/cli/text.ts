import { checkSentence } from '../core/check-text.js'
import { formatProblem } from '../core/errors.js'
import type { Check, GateResult, Provenance, Status } from '../core/types.js'
import { failedCount } from '../core/verdict.js'

const ORDER: Status[] = ['fail', 'inconclusive', 'warn', 'not_evaluated', 'skip', 'pass']
const RANK = Object.fromEntries(ORDER.map((status, i) => [status, i])) as Record<Status, number>
const MARK: Record<Status, string> = { fail: '✗', inconclusive: '~', warn: '!', not_evaluated: '?', skip: '-', pass: '✓' }

/** What `plain` changes: the control characters it replaces and the line feed. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/

/** Repository text goes to a terminal: no control characters (escape sequences, carriage returns). */
function plain(text: string): string {
  if (!UNSAFE.test(text)) return text
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g, '�').replace(/\n/g, ' ')
}

function where(p: Provenance): string {
  const at = p.source === 'workspace' ? 'the working tree' : p.sha ? `${p.sha.slice(0, 7)}` : p.source
  return `${plain(p.path ?? '')} at ${at}`
}

function checkLine(check: Check): string {
  const name = check.metric ?? check.id
  const mark = check.status === 'inconclusive' && check.severity === 'block' ? '✗' : MARK[check.status]
  return `  ${mark} ${plain(name)}: ${plain(checkSentence(check))}`
}

export interface TextOptions {
  quiet: boolean
  dir: string
}

/** The result for a terminal: the verdict line, then the checks that need attention, then the rest. */
export function renderText(result: GateResult, opts: TextOptions): string {
  const failed = failedCount(result.evaluations)
  const advisory = result.mode === 'advisory' ? ' (advisory: not enforced)' : ''
  const outcome =
    result.verdict === 'error' ? 'the gate could not be evaluated' : `${failed} failed blocking check${failed === 1 ? '' : 's'}`
  const lines = [`model-gate: ${result.verdict.toUpperCase()}${advisory} — ${outcome}`]
  if (opts.quiet) return lines.join('\n') + '\n'
  for (const evaluation of result.evaluations) {
    if (result.evaluations.length > 1) lines.push('', `model ${plain(evaluation.model)}: ${evaluation.verdict}`)
    for (const problem of evaluation.problems) lines.push(`  ✗ ${plain(formatProblem(problem))}`)
    const sorted = [...evaluation.checks].sort((a, b) => RANK[a.status] - RANK[b.status])
    for (const check of sorted) lines.push(checkLine(check))
    if (evaluation.policyChanges.length > 0) {
      lines.push('  This change edits the policy (applies after merge):')
      for (const change of evaluation.policyChanges) lines.push(`    ${change.effect}: ${plain(change.description)}`)
    }
    if (evaluation.problems.length > 0) continue
    lines.push(
      `  policy ${where(evaluation.policy)}; baseline ${evaluation.baseline.source === 'none' ? 'none' : where(evaluation.baseline)}; candidate ${where(evaluation.candidate)}`,
    )
    for (const p of [evaluation.policy, evaluation.baseline]) if (p.note) lines.push(`  note: ${plain(p.note)}`)
  }
  lines.push(`  (in ${opts.dir})`)
  return lines.join('\n') + '\n'
}
