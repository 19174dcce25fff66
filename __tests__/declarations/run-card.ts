import { stringify } from 'yaml'
import { checkDeclarations, type DeclarationContext, type DeclarationResult } from '../../src/declarations/check.js'
import type { Check, DeclarationSettings } from '../../src/core/types.js'
import { parseDeclarations } from '../../src/declarations/parse.js'

/** The injected clock every declaration test uses. */
export const NOW = new Date('2026-11-25T12:00:00Z')

export interface RunOptions {
  require?: string[]
  file?: string
  existingFiles?: string[]
  settings?: Partial<DeclarationSettings>
  context?: Partial<DeclarationContext>
}

/** Checks a card text (Markdown with front matter, or YAML/JSON by file name). */
export function runText(text: string, options: RunOptions = {}): DeclarationResult {
  const file = options.file ?? 'MODEL_CARD.md'
  const settings: DeclarationSettings = { file, require: options.require ?? ['privacy'], ...options.settings }
  return checkDeclarations({
    doc: parseDeclarations(text, file),
    settings,
    now: NOW,
    existingFiles: new Set(options.existingFiles ?? []),
    ...options.context,
  })
}

/** Checks front matter written from data (keys set to undefined are left out). */
export function runData(data: Record<string, unknown>, options: RunOptions = {}): DeclarationResult {
  return runText(`---\n${stringify(data)}---\n# Card\n`, options)
}

export const failing = (result: DeclarationResult): Check[] => result.checks.filter((c) => c.status === 'fail')
export const failingIds = (result: DeclarationResult): string[] => failing(result).map((c) => c.id)
export const byId = (result: DeclarationResult, id: string): Check | undefined => result.checks.find((c) => c.id === id)
