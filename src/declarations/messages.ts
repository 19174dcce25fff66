/**
 * Builds declaration checks in one shape: a stable id, the field's dot path, the line in the card,
 * and an example of the fix, so every declaration problem reads the same in the comment and as an
 * annotation.
 */
import { joinPath, splitPath } from '../core/metric-path.js'
import type { Check, DeclarationsDoc, Severity, Status } from '../core/types.js'

export interface DeclarationCheckInput {
  /** The field's dot path (`privacy.legal_basis`) or a section name (`ownership`). */
  field: string
  status: Status
  /**
   * What is wrong (or, for a pass, what is sound), as a sentence. When it does not name the field
   * in backticks, "`field`: " is put before it.
   */
  message: string
  /** An example of the fix, e.g. "add `ownership.on_call: '@payments-oncall'`". Shown after "Fix:". */
  fix?: string
  /** The document (for its file name and lines); for a missing file, `{ file, lineOf: () => undefined }`. */
  doc: Pick<DeclarationsDoc, 'file' | 'lineOf'>
  /** Defaults to `declaration:<field>`. */
  id?: string
  /** The rule in words; defaults to "`<field>` declared and valid". */
  rule?: string
  severity?: Severity
  /** Locate this path instead of `field` (e.g. the other side of a contradiction). */
  at?: string
}

/** One declaration Check, located at the field's line (or its nearest existing parent's, or line 1). */
export function declarationCheck(input: DeclarationCheckInput): Check {
  const { field, status, doc } = input
  const line = lineFor(doc, input.at ?? field)
  const named = input.message.includes(`\`${field}\``) ? input.message : `\`${field}\`: ${input.message}`
  const check: Check = {
    id: input.id ?? `declaration:${field}`,
    kind: 'declaration',
    status,
    severity: input.severity ?? 'block',
    rule: input.rule ?? `\`${field}\` declared and valid`,
    message: named,
    field,
    location: { file: doc.file, line },
  }
  if (input.fix) check.fix = input.fix
  return check
}

/** The line of `path`, else of its nearest parent that exists, else 1. */
export function lineFor(doc: Pick<DeclarationsDoc, 'lineOf'>, path: string): number {
  const segments = splitPath(path)
  for (let n = segments.length; n > 0; n--) {
    const line = doc.lineOf(joinPath(segments.slice(0, n)))
    if (line !== undefined) return line
  }
  return 1
}

const ORDER: Record<Status, number> = { fail: 0, inconclusive: 1, warn: 1, not_evaluated: 2, skip: 3, pass: 4 }

/** Checks with failing ones first, then warnings, then the rest; stable within each status. */
export function failuresFirst(checks: readonly Check[]): Check[] {
  return checks
    .map((check, i) => ({ check, i }))
    .sort((a, b) => ORDER[a.check.status] - ORDER[b.check.status] || a.i - b.i)
    .map(({ check }) => check)
}

/** What the consistency rules share: the document, and the places already reported (by the schema or as placeholders). */
export interface RuleContext {
  doc: Pick<DeclarationsDoc, 'file' | 'lineOf'>
  /** True when `path`, a parent or a child of it already has a check: a rule then stays silent about it. */
  reported: (path: string) => boolean
}

/** Collects failing checks for a rule module, skipping places already reported. */
export function failures(ctx: RuleContext): { checks: Check[]; fail: (field: string, message: string, fix: string, at?: string) => void } {
  const checks: Check[] = []
  const seen = new Set<string>()
  const fail = (field: string, message: string, fix: string, at?: string): void => {
    if (ctx.reported(field) || seen.has(field)) return
    seen.add(field)
    checks.push(declarationCheck({ field, status: 'fail', message, fix, doc: ctx.doc, at }))
  }
  return { checks, fail }
}
