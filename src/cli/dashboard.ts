/**
 * `model-gate dashboard --history FILE --out DIR`: the static dashboard of a history file, for
 * GitHub Pages (or opening from disk). Bad lines are reported on stderr and skipped.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { parseHistory } from '../core/history/entry.js'
import { buildDashboard } from '../dashboard/build.js'

export const DASHBOARD_USAGE = `Usage: model-gate dashboard --history FILE --out DIR [options]

Builds a static site (index.html and one page per model) from a model-gate history file.

Options:
  --history FILE   the history (JSON Lines), e.g. history.jsonl from the model-gate-data branch
  --out DIR        directory to write the site to (created if missing)
  --title TEXT     page title (default: model-gate dashboard)
  --now DATE       judge review dates as of DATE (default: the newest entry's time)
  -h, --help       show this help

Exit status: 0 written, 2 error.`

export interface DashboardIO {
  cwd: string
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** Runs the dashboard command; returns the exit status. */
export async function runDashboard(argv: string[], io: DashboardIO): Promise<number> {
  let values: { history?: string; out?: string; title?: string; now?: string; help?: boolean }
  try {
    values = parseArgs({
      args: argv,
      options: {
        history: { type: 'string' },
        out: { type: 'string' },
        title: { type: 'string' },
        now: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values
  } catch (error) {
    io.stderr(`model-gate dashboard: ${error instanceof Error ? error.message : String(error)}\n\n${DASHBOARD_USAGE}\n`)
    return 2
  }
  if (values.help) {
    io.stdout(`${DASHBOARD_USAGE}\n`)
    return 0
  }
  if (!values.history || !values.out) {
    io.stderr(`model-gate dashboard: --history and --out are required.\n\n${DASHBOARD_USAGE}\n`)
    return 2
  }
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) {
    io.stderr(`model-gate dashboard: --now is "${values.now}"; expected a date such as 2026-12-01.\n`)
    return 2
  }
  const historyPath = resolve(io.cwd, values.history)
  let text: string
  try {
    text = await readFile(historyPath, 'utf8')
  } catch (error) {
    io.stderr(
      `model-gate dashboard: cannot read the history ${values.history}: ${(error as NodeJS.ErrnoException).code ?? String(error)}. Fetch it with: git show origin/model-gate-data:history.jsonl > history.jsonl\n`,
    )
    return 2
  }
  const parsed = parseHistory(text, { file: values.history })
  for (const warning of parsed.warnings) io.stderr(`warning: ${warning.message}\n`)
  const files = buildDashboard(parsed.entries, {
    ...(values.title ? { title: values.title } : {}),
    ...(values.now ? { now: new Date(values.now).toISOString() } : {}),
  })
  const out = resolve(io.cwd, values.out)
  for (const [path, content] of files) {
    const target = join(out, ...path.split('/'))
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, content)
  }
  io.stdout(
    `Dashboard of ${parsed.entries.length} entries written to ${values.out} (${files.size} pages): open ${join(values.out, 'index.html')}\n`,
  )
  return 0
}
