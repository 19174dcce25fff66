import { checkSentence } from '../core/check-text.js'
import { formatProblem } from '../core/errors.js'
import type { Check, GateResult, Provenance, Status } from '../core/types.js'
import { failedCount, STATUS_RANK as RANK } from '../core/verdict.js'

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

/** Passing checks a model lists before the rest of them are only counted (`verbose` lists them all). */
export const SHOWN_PASSING = 50

export interface TextOptions {
  quiet: boolean
  /** List every passing check, not only the first SHOWN_PASSING of each model. */
  verbose: boolean
  dir: string
}

/**
 * The result for a terminal: the verdict line, then the checks that need attention, then the
 * passing ones: at most SHOWN_PASSING of them per model unless `verbose`, then their count (the
 * report lists every check). Messages are formatted only for the lines shown.
 */
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
    // The checks by status in display order, each status in the order the gate made them.
    const byStatus: Check[][] = Object.values(RANK).map(() => [])
    for (const check of evaluation.checks) byStatus[RANK[check.status]]!.push(check)
    const passing = byStatus[RANK.pass]!
    const shown = opts.verbose ? passing.length : Math.min(passing.length, SHOWN_PASSING)
    for (const group of byStatus.slice(0, RANK.pass)) for (const check of group) lines.push(checkLine(check))
    for (let i = 0; i < shown; i++) lines.push(checkLine(passing[i]!))
    const hidden = passing.length - shown
    if (hidden > 0)
      lines.push(`  ✓ … and ${hidden.toLocaleString('en-US')} more passing check${hidden === 1 ? '' : 's'} (--verbose lists every check)`)
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
