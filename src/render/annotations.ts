/**
 * A gate result as check-run annotations and conclusion (pure): one annotation per failing or
 * warning check on the policy line of its gate or the card line of its declaration, one on the
 * metrics file line of its metric when that line is known, and one per problem that made the
 * verdict `error`. Waived checks (an override) are notices.
 */
import type { AnnotationLevel, CheckAnnotation } from '../core/annotation.js'
import type { Check, GateResult, Mode, Verdict } from '../core/types.js'
import { blocksMerge } from '../core/verdict.js'

export type { AnnotationLevel, CheckAnnotation }

export interface AnnotationOptions {
  /** The 1-based line of a metric in the model's metrics file, when the reader knows it. */
  metricLine?: (model: string, metric: string) => number | undefined
  /** `model\u0000checkId` keys of checks an override waives: annotated as notices. */
  waived?: ReadonlySet<string>
}

/** GitHub's limits: a title of 255 characters, a message of 64 KiB; we keep well below. */
const TITLE_LIMIT = 255
const MESSAGE_LIMIT = 4000

/** The key AnnotationOptions.waived uses for a check of a model. */
export function waivedKey(model: string, checkId: string): string {
  return `${model}\u0000${checkId}`
}

/** The check run's conclusion: `success` when approved, `neutral` in advisory mode, else `failure`. */
export function checkRunConclusion(verdict: Verdict, mode: Mode): 'success' | 'failure' | 'neutral' {
  if (verdict === 'approved') return 'success'
  return mode === 'advisory' ? 'neutral' : 'failure'
}

/** The annotations for a result, in order: problems, then checks model by model. */
export function checkAnnotations(result: GateResult, opts: AnnotationOptions = {}): CheckAnnotation[] {
  const out: CheckAnnotation[] = []
  const multi = result.evaluations.length > 1
  for (const ev of result.evaluations) {
    const prefix = multi ? `model ${ev.model}: ` : ''
    for (const problem of ev.problems) {
      if (!isRepoPath(problem.file)) continue
      out.push(
        annotation(
          problem.file,
          problem.line,
          'failure',
          `${problem.message}${problem.fix ? ` Fix: ${problem.fix}` : ''}`,
          `${prefix}cannot evaluate`,
        ),
      )
    }
    for (const check of ev.checks) {
      if (check.status !== 'fail' && check.status !== 'warn' && check.status !== 'inconclusive') continue
      const blocks = check.status === 'fail' || blocksMerge(check)
      const waived = blocks && opts.waived?.has(waivedKey(ev.model, check.id))
      const level: AnnotationLevel = waived ? 'notice' : blocks ? 'failure' : 'warning'
      const title = `${prefix}${check.metric ?? check.id}${waived ? ' (waived by override)' : ''}`
      const message = checkMessage(check)
      if (check.location && isRepoPath(check.location.file))
        out.push(annotation(check.location.file, check.location.line, level, message, title))
      const metricsFile = ev.candidate.path
      const line = check.metric !== undefined && metricsFile ? opts.metricLine?.(ev.model, check.metric) : undefined
      if (line !== undefined && metricsFile && isRepoPath(metricsFile)) out.push(annotation(metricsFile, line, level, message, title))
    }
  }
  return out
}

function checkMessage(check: Check): string {
  return `${check.rule}: ${check.message}`
}

function annotation(path: string, line: number | undefined, level: AnnotationLevel, message: string, title: string): CheckAnnotation {
  const at = line !== undefined && Number.isSafeInteger(line) && line >= 1 ? line : 1
  return {
    path,
    start_line: at,
    end_line: at,
    annotation_level: level,
    message: cut(message, MESSAGE_LIMIT),
    title: cut(title, TITLE_LIMIT),
  }
}

/** A path relative to the repository root, as annotations need (no absolute path, no `..`). */
function isRepoPath(path: string): boolean {
  return path !== '' && !path.startsWith('/') && !/^[A-Za-z]:/.test(path) && !path.split(/[\\/]/).includes('..')
}

function cut(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`
}
