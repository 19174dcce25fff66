import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'
import { DEFAULT_TOKEN } from './fake-github.js'

/** The repository root (this file is `__tests__/helpers/run-action.ts`). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface RunActionOptions {
  /** The workspace: cwd and GITHUB_WORKSPACE, usually a GitRepo's `dir`. */
  workspace: string
  /** GITHUB_API_URL: the fake's `url` (or `${url}/api/v3`). */
  apiUrl: string
  /** GITHUB_EVENT_NAME; default `pull_request`. */
  eventName?: string
  /** The event payload, written to the file GITHUB_EVENT_PATH names (see events.ts). */
  payload: Record<string, unknown>
  /** Replaces `${{ github.token }}` in input defaults; default the fake's DEFAULT_TOKEN. */
  token?: string
  /** Inputs by their action.yml name, over the defaults; `undefined` unsets one. */
  inputs?: Record<string, string | undefined>
  /** Environment variables over the ones built here; `undefined` unsets one. */
  env?: Record<string, string | undefined>
  /** GITHUB_REPOSITORY; default `acme/fraud-model`. */
  repository?: string
  /** GITHUB_SHA; default the payload's head (PR head, push `after`, merge group head). */
  sha?: string
  /** The node binary; default the one running the tests (see nodeBinaries). */
  node?: string
  /** The script to run; default `MODEL_GATE_ACTION_BUNDLE` when set (a bundle built elsewhere), else `dist/index.js` of this repository. */
  entry?: string
  /** The child is killed and the run rejected after this long; default 60 s. */
  timeoutMs?: number
}

export interface ActionRun {
  code: number
  stdout: string
  stderr: string
  /** What the step set with core.setOutput (parsed from the GITHUB_OUTPUT file). */
  outputs: Record<string, string>
  /** The job summary the step wrote (GITHUB_STEP_SUMMARY), '' if none. */
  summary: string
  /** RUNNER_TEMP of this run (the report file lands here); not deleted. */
  runnerTemp: string
  /** The environment the step ran with. */
  env: Record<string, string>
}

export interface NodeBinary {
  label: string
  path: string
}

let binaries: NodeBinary[] | undefined

/**
 * The Node.js binaries the action must run under: the one running the tests and Node 24 (the
 * `runs.using: node24` runtime, installed once by scripts/node24.mjs). Call it in beforeAll: the
 * first call may download Node 24.
 */
export function nodeBinaries(): NodeBinary[] {
  if (!binaries) {
    const node24 = execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'node24.mjs')], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim()
    binaries = [
      { label: `node${process.versions.node.split('.')[0]}`, path: process.execPath },
      { label: 'node24', path: node24 },
    ]
  }
  return binaries
}

/** The env name the runner gives an input: `github-token` → `INPUT_GITHUB-TOKEN` (hyphens kept). */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** action.yml's inputs with their defaults, `${{ github.token }}` replaced by `token`. */
export function actionDefaults(token: string): Record<string, string | undefined> {
  const file = join(REPO_ROOT, 'action.yml')
  if (!existsSync(file)) throw new Error(`${file} does not exist: the harness reads the inputs from it.`)
  const action = parse(readFileSync(file, 'utf8')) as { inputs?: Record<string, { default?: unknown } | null> }
  const defaults: Record<string, string | undefined> = {}
  for (const [name, spec] of Object.entries(action.inputs ?? {})) {
    const value = spec?.default
    defaults[name] = value === undefined || value === null ? undefined : String(value).replace(/\$\{\{\s*github\.token\s*\}\}/g, token)
  }
  return defaults
}

/** Parses the GITHUB_OUTPUT file: `name<<DELIMITER` heredocs and plain `name=value` lines. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value: string[] = []
      while (++i < lines.length && lines[i] !== delimiter) value.push(lines[i]!)
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: no closing ${delimiter} for ${name}`)
      outputs[name!] = value.join('\n')
      continue
    }
    const plain = /^([^=]+)=(.*)$/.exec(line)
    if (plain) outputs[plain[1]!] = plain[2]!
    else if (line !== '') throw new Error(`GITHUB_OUTPUT: cannot parse line ${JSON.stringify(line)}`)
  }
  return outputs
}

/**
 * Runs the bundled action the way the runner does: `node dist/index.js` spawned directly (no
 * shell: input names keep their hyphens), cwd the workspace, an environment built from scratch
 * (PATH plus a fresh HOME; nothing else inherited), INPUT_* from action.yml's defaults and
 * `opts.inputs`, the event payload, output and summary files, and the API URL of the fake.
 */
export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const token = opts.token ?? DEFAULT_TOKEN
  const eventName = opts.eventName ?? 'pull_request'
  const repository = opts.repository ?? 'acme/fraud-model'
  const temp = mkdtempSync(join(tmpdir(), 'model-gate-run-'))
  const runnerTemp = join(temp, 'runner-temp')
  const home = join(temp, 'home')
  mkdirSync(runnerTemp)
  mkdirSync(home)
  const files = {
    event: join(temp, 'event.json'),
    output: join(temp, 'github-output'),
    summary: join(temp, 'step-summary.md'),
    env: join(temp, 'github-env'),
    path: join(temp, 'github-path'),
    state: join(temp, 'github-state'),
  }
  writeFileSync(files.event, JSON.stringify(opts.payload))
  for (const file of [files.output, files.summary, files.env, files.path, files.state]) writeFileSync(file, '')

  const apiUrl = opts.apiUrl.replace(/\/+$/, '')
  const refs = eventRefs(eventName, opts.payload)
  const sha = opts.sha ?? refs.sha
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: home,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: 'model-gate',
    GITHUB_ACTOR: 'octocat',
    GITHUB_JOB: 'gate',
    GITHUB_WORKFLOW: 'model-gate',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: new URL(apiUrl).origin,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0],
    GITHUB_SHA: sha,
    GITHUB_REF: refs.ref,
    GITHUB_HEAD_REF: refs.headRef,
    GITHUB_BASE_REF: refs.baseRef,
    GITHUB_WORKSPACE: opts.workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GIT_CONFIG_NOSYSTEM: '1',
  }
  const inputs = { ...actionDefaults(token), ...opts.inputs }
  for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value
  Object.assign(env, opts.env)
  const childEnv = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined))

  const entry = opts.entry ?? (process.env.MODEL_GATE_ACTION_BUNDLE || join(REPO_ROOT, 'dist', 'index.js'))
  if (!existsSync(entry)) throw new Error(`${entry} does not exist: build the bundle first (npm run package).`)
  const { code, stdout, stderr } = await spawnNode(opts.node ?? process.execPath, entry, opts.workspace, childEnv, opts.timeoutMs ?? 60_000)
  return {
    code,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    runnerTemp,
    env: childEnv,
  }
}

function spawnNode(
  node: string,
  entry: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [entry], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code !== null) return resolve({ code, stdout, stderr })
      const why = timedOut ? `timed out after ${timeoutMs} ms` : `was killed by ${signal}`
      reject(new Error(`${node} ${entry} ${why}\n--- stdout\n${stdout}\n--- stderr\n${stderr}`))
    })
  })
}

/** GITHUB_SHA / GITHUB_REF / head and base refs as the runner sets them for an event. */
function eventRefs(
  eventName: string,
  payload: Record<string, unknown>,
): { sha?: string; ref?: string; headRef?: string; baseRef?: string } {
  const get = (path: string): string | undefined => {
    const value = path
      .split('.')
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), payload)
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined
  }
  switch (eventName) {
    case 'pull_request':
    case 'pull_request_target': {
      const number = get('pull_request.number') ?? get('number')
      return {
        sha: get('pull_request.head.sha'),
        ref: `refs/pull/${number}/merge`,
        headRef: get('pull_request.head.ref'),
        baseRef: get('pull_request.base.ref'),
      }
    }
    case 'push':
      return { sha: get('after'), ref: get('ref') }
    case 'merge_group':
      return { sha: get('merge_group.head_sha'), ref: get('merge_group.head_ref') }
    default:
      return { ref: get('ref') ?? 'refs/heads/main' }
  }
}
