/**
 * The run-wide lines of a multi-model comment: the models `changed_only: true` skipped, and why,
 * and the run's notes (e.g. that the pull request's files could not be listed).
 */
import type { GateResult } from '../core/types.js'
import { code, prose } from './escape.js'

/** Markdown for the skipped models and the run's notes, or undefined when there are none. */
export function skippedBlock(result: GateResult): string | undefined {
  const lines: string[] = []
  for (const note of result.notes ?? []) lines.push(`> [!NOTE]\n> ${prose(note)}`)
  const skipped = result.skipped ?? []
  if (skipped.length > 0) {
    lines.push(
      `**Skipped (\`changed_only: true\`):** ${skipped.length} model${skipped.length === 1 ? '' : 's'} not gated.\n` +
        skipped.map((s) => `- ${code(s.model)}: ${prose(s.reason)}`).join('\n'),
    )
  }
  return lines.length ? lines.join('\n\n') : undefined
}
