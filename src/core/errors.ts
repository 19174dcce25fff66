import type { GateProblem } from './types.js'

/** An input problem that must stop the gate with verdict `error`. Carries where and how to fix. */
export class GateError extends Error {
  readonly problems: GateProblem[]

  constructor(problems: GateProblem | GateProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems]
    super(list.map(formatProblem).join('\n'))
    this.name = 'GateError'
    this.problems = list
  }
}

/** `file:line:column: message (fix)` — the form editors and humans both read. */
export function formatProblem(p: GateProblem): string {
  const where = [p.file, p.line, p.line !== undefined ? p.column : undefined].filter((part) => part !== undefined).join(':')
  return `${where}: ${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}`
}
