import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { GateResult, Mode } from '../core/types.js'
import { renderContextFromEnv } from '../gate/links.js'
import { logSafe } from '../gate/log-text.js'
import { runGate } from '../gate/run.js'
import { reportFileContents, utf8 } from '../report/write.js'
import pkg from '../../package.json' with { type: 'json' }
import { defaultBase, gitSource, isClean, repoRoot, resolveCommit } from '../sources/git.js'
import { workspaceSource } from '../sources/workspace.js'
import { renderText, SHOWN_PASSING } from './text.js'

export const USAGE = `Usage: model-gate check [options]
       model-gate metrics FILE|DIR [--format F] [--json]   (list the metrics a file yields)
       model-gate dashboard --history FILE --out DIR       (a static site of the model over time)
       model-gate --version

Evaluates the working tree against a base ref: the policy and the baseline are read from the
base ref with git, the candidate metrics and the model card from the working tree.

Options:
  --base REF             base ref for the policy and baseline (default: the merge-base of HEAD
                         with origin/HEAD, else main, else master)
  --policy PATH          policy file (default: .github/model-gate.yml)
  --policy-source SRC    base (default): read the policy at --base; workspace: the working tree's copy
  --mode MODE            enforce or advisory; overrides the policy's mode
  --model NAME           in a multi-model policy, gate only this model
  --report FILE          write the JSON report to FILE
  --markdown FILE        write the PR comment, exactly as the Action would post it, to FILE
  --junit FILE           write JUnit XML (a test suite per model, a test case per check) to FILE
  --now DATE             judge review dates as of DATE (YYYY-MM-DD) instead of today
  -C DIR                 run as if started in DIR (paths are relative to it)
  -q, --quiet            print only the verdict line
  -v, --verbose          list every passing check (by default the first ${SHOWN_PASSING} of each model, then their count)
  -h, --help             show this help
  -V, --version          print the version

Exit status: 0 approved, 1 blocked, 2 error (advisory mode: always 0).`

export interface CliIO {
  cwd: string
  env: Record<string, string | undefined>
  stdout: (text: string) => void
  stderr: (text: string) => void
}

class UsageError extends Error {}

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} is "${value}"; expected one of: ${allowed.join(', ')}`)
}

function parse(argv: string[]) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      base: { type: 'string' },
      policy: { type: 'string' },
      'policy-source': { type: 'string' },
      mode: { type: 'string' },
      model: { type: 'string' },
      report: { type: 'string' },
      markdown: { type: 'string' },
      junit: { type: 'string' },
      now: { type: 'string' },
      C: { type: 'string', short: 'C' },
      quiet: { type: 'boolean', short: 'q' },
      verbose: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'V' },
    },
  })
  return { values, positionals }
}

async function check(values: ReturnType<typeof parse>['values'], io: CliIO): Promise<number> {
  const dir = resolve(io.cwd, values.C ?? '.')
  const mode = oneOf<Mode>('--mode', values.mode, ['enforce', 'advisory'])
  const policySource = oneOf('--policy-source', values['policy-source'], ['base', 'workspace'] as const) ?? 'base'
  const policyPath = values.policy ?? '.github/model-gate.yml'
  const now = values.now === undefined ? new Date() : new Date(`${values.now}T00:00:00Z`)
  if (values.now !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(values.now) || Number.isNaN(now.getTime()))) {
    throw new UsageError(`--now is "${values.now}"; expected a date like 2026-11-25`)
  }

  // The git look-ups that print nothing run at once; their answers are taken in the order they were asked.
  const root = repoRoot(dir)
  const head = settled(resolveCommit(dir, 'HEAD'))
  // `--base HEAD` (the quick start's) is the same look-up as the head's: asked once.
  const given = values.base === undefined ? undefined : values.base === 'HEAD' ? head : settled(resolveCommit(dir, values.base))
  if (!(await root)) throw new UsageError(`${dir} is not inside a git repository; model-gate check reads the base with git`)
  const headSha = await head
  const base = await chooseBase(dir, values.base, io, given)
  const baseSha = base.sha
  // Asked before the gate runs only when its answer may be needed (the base is HEAD itself).
  const clean = baseSha === headSha ? settled(isClean(dir)) : undefined

  const result = await runGate({
    policyPath,
    policySource,
    mode,
    model: values.model,
    base: gitSource(dir, baseSha),
    workspace: workspaceSource(dir, headSha),
    headSha,
    now,
  })
  if (
    baseSha === headSha &&
    result.evaluations.some((ev) => ev.baseline.source !== 'none' && ev.baseline.path === ev.candidate.path) &&
    (await (clean ?? isClean(dir)))
  ) {
    io.stderr(
      `model-gate: warning: the base is HEAD itself (${baseSha.slice(0, 7)}) and the working tree has no changes, so the baseline equals the candidate; pass --base with the commit to compare with.\n`,
    )
  }
  await publish(result, values, io, policyPath, dir)
  if (result.mode === 'advisory') return 0
  return result.verdict === 'approved' ? 0 : result.verdict === 'blocked' ? 1 : 2
}

/**
 * A promise whose rejection is held until it is awaited: one started early and then not needed
 * (an earlier error ended the run) is not an unhandled rejection.
 */
function settled<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}

/** The base commit: --base as given, else the merge-base with the default branch, else HEAD; says which on stderr. */
async function chooseBase(
  dir: string,
  given: string | undefined,
  io: CliIO,
  resolved: Promise<string | undefined> | undefined,
): Promise<{ ref: string; sha: string }> {
  if (given !== undefined) {
    const sha = await (resolved ?? resolveCommit(dir, given))
    if (!sha) throw new UsageError(`--base ${given}: no such commit in this repository (fetch it first, e.g. git fetch origin ${given})`)
    return { ref: given, sha }
  }
  const found = await defaultBase(dir)
  if (found) {
    io.stderr(`model-gate: base: the merge-base of HEAD and ${found.ref} (${found.sha.slice(0, 7)}); pass --base REF to choose another.\n`)
    return found
  }
  const head = await resolveCommit(dir, 'HEAD')
  if (!head) throw new UsageError('this repository has no commit yet; commit the policy and the baseline first')
  io.stderr(
    `model-gate: base: HEAD (${head.slice(0, 7)}): no origin/HEAD, main or master to take the merge-base with; pass --base REF to choose another.\n`,
  )
  return { ref: 'HEAD', sha: head }
}

async function publish(
  result: GateResult,
  values: ReturnType<typeof parse>['values'],
  io: CliIO,
  policyPath: string,
  dir: string,
): Promise<void> {
  const report = values.report ? writeFile(resolve(io.cwd, values.report), reportFileContents(result)) : undefined
  // The text is rendered while the report file is written, and printed after every file is.
  let text: string
  try {
    text = logSafe(renderText(result, { quiet: values.quiet ?? false, verbose: values.verbose ?? false, dir }))
  } finally {
    await report
  }
  // The renderers of --markdown and --junit are loaded only for them (chunk files of the bundle: issue 13).
  if (values.markdown) {
    const { renderComment } = await import('../render/comment.js')
    await writeFile(resolve(io.cwd, values.markdown), utf8(renderComment(result, renderContextFromEnv(io.env, policyPath))))
  }
  if (values.junit) {
    const { renderJUnit } = await import('../render/junit.js')
    await writeFile(resolve(io.cwd, values.junit), utf8(renderJUnit(result)))
  }
  io.stdout(text)
}

/** Runs the CLI; resolves to the exit status. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  // The other subcommands are loaded only when asked for: a check does not parse their code (issue 13).
  if (argv[0] === 'metrics') return (await import('./metrics.js')).metricsCommand(argv.slice(1), io)
  if (argv[0] === 'dashboard') return (await import('./dashboard.js')).runDashboard(argv.slice(1), io)
  try {
    const { values, positionals } = parse(argv)
    if (values.help) {
      io.stdout(USAGE + '\n')
      return 0
    }
    if (values.version) {
      io.stdout(`model-gate ${pkg.version}\n`)
      return 0
    }
    if (positionals.length !== 1 || positionals[0] !== 'check') {
      throw new UsageError(positionals.length === 0 ? 'missing command: check' : `unknown command: ${positionals.join(' ')}`)
    }
    return await check(values, io)
  } catch (err) {
    const usage = err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    io.stderr(`model-gate: ${logSafe((err as Error).message)}\n${usage ? "Run 'model-gate --help' for the options.\n" : ''}`)
    return 2
  }
}
