/**
 * Repository text bound for a log (the Action's log lines, the CLI's output inside a CI step).
 * The GitHub runner reads a line whose first non-blank characters are `::` as a workflow command
 * (`::error::`, `::add-mask::`, `::stop-commands::`…), and the legacy form `##[command]` anywhere
 * in a line. Neither may be started by text from the repository.
 */

/** U+2060 WORD JOINER: invisible, not whitespace to the runner, and it splits the two markers. */
const JOINER = '\u2060'

/** `::` after only blanks at a line start (the runner trims .NET whitespace, which includes NEL). */
const LEADING_COMMAND = /^([\s\u0085]*):(?=:)/gm
const LEGACY_COMMAND = /#(?=#\[)/g

/**
 * The text with every workflow-command opening broken by an invisible joiner: a line-leading `::`
 * becomes `:⁠:`, any `##[` becomes `#⁠#[`. Line breaks are kept; everything else is unchanged.
 */
export function logSafe(text: string): string {
  return text.replace(LEADING_COMMAND, `$1:${JOINER}`).replace(LEGACY_COMMAND, `#${JOINER}`)
}
