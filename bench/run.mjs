#!/usr/bin/env node
// Benchmark of model-gate's start-to-verdict time, as ratios to a bare `node -e 0` measured in
// the same run (so the numbers compare across machines):
//   - the bundled action (dist/index.js) on examples/fraud-model, run as the runner runs it;
//   - a large case (50,000 metrics, 5,000 gates with a wildcard) through the CLI and the action,
//     run interleaved round by round with its floor and a bare `node -e 0`, whose median there is
//     what these rows are ratios to (the machine's speed drifts over a run of several minutes);
//   - a regressing pull request with 150 comments against the fake GitHub API on loopback, also
//     as a ratio to the minimal reference action (bench/reference/, bundled with ncc here) run on
//     the same scenario, with no added latency and with 100 ms added to every API answer;
//   - the action's peak memory (RSS) on a pull request with 3,000 comments and with 30;
//   - 1,000,000 paired predictions (bench/predictions.mjs): seconds, peak RSS, and the ratio to
//     reading the same two files alone (`MODEL_GATE_BENCH_PREDICTIONS=0` skips it).
// Every run is checked: an unexpected exit status or verdict fails the benchmark (exit 1).
// `MODEL_GATE_BENCH_ACTION=path/index.js` (and `MODEL_GATE_BENCH_CLI`) bench other bundles than dist/;
// `MODEL_GATE_BENCH_COMPARE=path/index.js` adds a second action bundle to the large, PR and memory
// cases (before/after), interleaved with the first.
// Temporary files live under os.tmpdir() and are removed at the end.
import { execFileSync, fork, spawnSync } from 'node:child_process'
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const ACTION = process.env.MODEL_GATE_BENCH_ACTION ? resolve(process.env.MODEL_GATE_BENCH_ACTION) : join(ROOT, 'dist', 'index.js')
const NCC = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const FAKE_SOURCE = join(ROOT, '__tests__', 'helpers', 'fake-github.ts')
const CLI = process.env.MODEL_GATE_BENCH_CLI ? resolve(process.env.MODEL_GATE_BENCH_CLI) : join(ROOT, 'dist', 'cli', 'index.js')
const EXAMPLE = join(ROOT, 'examples', 'fraud-model')

/** `MODEL_GATE_BENCH_RUNS=n`: exactly n runs per case and no warm-up (for profiling, see bench/PROFILE.md). */
const FIXED_RUNS = Number(process.env.MODEL_GATE_BENCH_RUNS) || undefined
/** `MODEL_GATE_BENCH_NODE_ARGS='--cpu-prof …'`: node options for the runs of the action and the CLI (not the reference). */
const NODE_ARGS = (process.env.MODEL_GATE_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean)
/** `MODEL_GATE_BENCH_CASES=pr,memory`: only those groups of cases (of example, large, pr, memory, predictions); default all. */
const CASES = process.env.MODEL_GATE_BENCH_CASES ? new Set(process.env.MODEL_GATE_BENCH_CASES.split(',')) : undefined
const wanted = (group) => !CASES || CASES.has(group)
const RUNS = FIXED_RUNS ?? 15
const WARMUP = FIXED_RUNS ? 0 : 2
/** Per-case time budget: slow cases run fewer times (never fewer than MIN_RUNS). */
const CASE_BUDGET_MS = 10_000
const MIN_RUNS = FIXED_RUNS ?? 5
/** A run at least this long needs no second warm-up. */
const SLOW_RUN_MS = 1_000
/** One run taking longer than this fails the benchmark. */
const RUN_TIMEOUT_MS = 30_000

const LARGE_SLICES = 10_000
const LARGE_LITERAL_GATES = 4_999
/** The one slice whose recall is below the floor: the large case's only blocking failure. */
const LARGE_FAILING_SLICE = 42

class BenchFailure extends Error {}

// ---------------------------------------------------------------------------------------------
// Processes and timing

/** The environment every child gets: enough to run node and git, nothing from GitHub. */
function baseEnv() {
  const env = {}
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'LANG']) {
    if (process.env[name] !== undefined) env[name] = process.env[name]
  }
  return env
}

/** Runs a child with stdout/stderr to files; returns its exit status, wall time and output. */
function timed(args, { cwd, env, scratch }) {
  const outPath = join(scratch, 'stdout.txt')
  const errPath = join(scratch, 'stderr.txt')
  const out = openSync(outPath, 'w')
  const err = openSync(errPath, 'w')
  const start = process.hrtime.bigint()
  const child = spawnSync(process.execPath, args, { cwd, env, stdio: ['ignore', out, err], timeout: RUN_TIMEOUT_MS })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  closeSync(out)
  closeSync(err)
  if (child.error?.code === 'ETIMEDOUT')
    throw new BenchFailure(`node ${args.join(' ')} took more than ${RUN_TIMEOUT_MS / 1000} s (in ${cwd})`)
  if (child.error) throw new BenchFailure(`could not run node ${args.join(' ')}: ${child.error.message}`)
  return {
    status: child.status,
    signal: child.signal,
    ms,
    stdout: () => readFileSync(outPath, 'utf8'),
    stderr: () => readFileSync(errPath, 'utf8'),
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/**
 * Runs `once` (which returns { ms, verdict?, checks?, failed? } or throws) WARMUP times (once
 * for a slow case), then as many times as fit the budget (MIN_RUNS to RUNS), and returns the
 * median time and the last result.
 */
function measure(name, once) {
  let first = WARMUP ? once() : { ms: CASE_BUDGET_MS }
  for (let i = 1; i < WARMUP && first.ms < SLOW_RUN_MS; i++) first = once()
  const runs = Math.max(MIN_RUNS, Math.min(RUNS, Math.floor(CASE_BUDGET_MS / Math.max(first.ms, 1))))
  const times = []
  let last = first
  for (let i = 0; i < runs; i++) {
    last = once()
    times.push(last.ms)
  }
  const { verdict, checks, failed } = last
  return { name, runs, median: median(times), verdict, checks, failed }
}

// ---------------------------------------------------------------------------------------------
// Git and the runner's files

function git(cwd, ...args) {
  return execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env: { ...baseEnv(), GIT_CONFIG_NOSYSTEM: '1' },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim()
}

/** `git init` + one commit of everything in `dir`; returns the commit SHA. */
function commitAll(dir, message) {
  git(dir, '-c', 'init.defaultBranch=main', 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', message)
  return git(dir, 'rev-parse', 'HEAD')
}

/** Parses a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIM … DELIM` blocks. */
function parseOutputs(text) {
  const outputs = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const value = []
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i])
      outputs[name] = value.join('\n')
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1)
    }
  }
  return outputs
}

/** Counts the checks of a JSON report (its top-level `checks` hold every model's). */
function countChecks(report) {
  if (!Array.isArray(report.checks)) throw new BenchFailure('the JSON report has no `checks` array')
  return { checks: report.checks.length, failed: report.checks.filter((c) => c.status === 'fail').length }
}

function describeFailure(run, what) {
  const tail = (text) => text.trim().split('\n').slice(-15).join('\n')
  return `${what} (exit ${run.status ?? run.signal})\n--- stderr ---\n${tail(run.stderr())}\n--- stdout ---\n${tail(run.stdout())}`
}

/** Fails unless a run gave the expected verdict and number of failed blocking checks. */
function expectResult(what, run, result, expected) {
  if (result.verdict !== expected.verdict || result.failed !== expected.failed) {
    throw new BenchFailure(
      describeFailure(
        run,
        `${what}: expected verdict ${expected.verdict} with ${expected.failed} failed, got ${result.verdict} with ${result.failed} failed`,
      ),
    )
  }
  return result
}

/**
 * One run of the bundled action in `repo`, with the environment a runner gives it for a
 * workflow_dispatch event. Nothing is contacted: comments are off and the API URL is loopback.
 */
function runAction(repo, sha, scratch, expected, bundle = ACTION) {
  const outputFile = join(scratch, 'github-output')
  const summaryFile = join(scratch, 'step-summary')
  const eventFile = join(scratch, 'event.json')
  const runnerTemp = join(scratch, 'runner-temp')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, '{}')
  rmSync(runnerTemp, { recursive: true, force: true })
  mkdirSync(runnerTemp)
  const env = {
    ...baseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    INPUT_POLICY: '.github/model-gate.yml',
    'INPUT_POLICY-SOURCE': 'workspace',
    'INPUT_GITHUB-TOKEN': 'x',
    INPUT_COMMENT: 'false',
    INPUT_MODE: '',
    INPUT_MODEL: '',
    GITHUB_EVENT_NAME: 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_WORKSPACE: repo,
    GITHUB_REPOSITORY: 'acme/fraud-model',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: sha,
    GITHUB_REF: 'refs/heads/main',
    GITHUB_REF_NAME: 'main',
    GITHUB_WORKFLOW: 'model-gate',
    GITHUB_JOB: 'gate',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_ACTOR: 'bench',
    GITHUB_API_URL: 'http://127.0.0.1:9',
    GITHUB_SERVER_URL: 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: 'http://127.0.0.1:9/graphql',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: process.platform === 'win32' ? 'Windows' : process.platform === 'darwin' ? 'macOS' : 'Linux',
  }
  const run = timed([...(bundle === ACTION ? NODE_ARGS : []), bundle], { cwd: repo, env, scratch })
  const outputs = parseOutputs(readFileSync(outputFile, 'utf8'))
  const expectedStatus = expected.verdict === 'approved' ? 0 : 1
  if (run.status !== expectedStatus || !outputs.report || !existsSync(outputs.report)) {
    throw new BenchFailure(describeFailure(run, `action: expected exit ${expectedStatus} and a report, got verdict=${outputs.verdict}`))
  }
  const { checks } = countChecks(JSON.parse(readFileSync(outputs.report, 'utf8')))
  return expectResult('action', run, { ms: run.ms, verdict: outputs.verdict, checks, failed: Number(outputs.failed) }, expected)
}

/** One run of the CLI in `repo` against `--base HEAD`. */
function runCli(repo, scratch, expected) {
  const reportFile = join(scratch, 'cli-report.json')
  rmSync(reportFile, { force: true })
  const run = timed([...NODE_ARGS, CLI, 'check', '--base', 'HEAD', '--report', reportFile], { cwd: repo, env: baseEnv(), scratch })
  const expectedStatus = { approved: 0, blocked: 1, error: 2 }[expected.verdict]
  if (run.status !== expectedStatus || !existsSync(reportFile)) {
    throw new BenchFailure(describeFailure(run, `cli: expected exit ${expectedStatus} and a report`))
  }
  const report = JSON.parse(readFileSync(reportFile, 'utf8'))
  return expectResult('cli', run, { ms: run.ms, verdict: report.verdict, ...countChecks(report) }, expected)
}

/** bench/floor.mjs in the large case's repository: the same reads and report with no gate logic. */
function runFloor(repo, scratch, rules) {
  const reportFile = join(scratch, 'floor-report.json')
  const run = timed([join(ROOT, 'bench', 'floor.mjs'), reportFile, String(rules)], { cwd: repo, env: baseEnv(), scratch })
  if (run.status !== 0 || !existsSync(reportFile)) throw new BenchFailure(describeFailure(run, 'floor: expected exit 0 and a report'))
  const report = JSON.parse(readFileSync(reportFile, 'utf8'))
  return { ms: run.ms, verdict: report.verdict, checks: report.checks.length, failed: report.failed }
}

// ---------------------------------------------------------------------------------------------
// The large case

/** A deterministic generator (mulberry32), so every run benches the same files. */
function random(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const sliceName = (i) => `s${String(i).padStart(5, '0')}`
const round4 = (x) => Math.round(x * 10_000) / 10_000

/** Baseline and candidate metrics: LARGE_SLICES slices × 5 metrics, candidate within ±0.3%. */
function largeMetrics() {
  const next = random(20261125)
  const between = (lo, hi) => lo + (hi - lo) * next()
  const baseline = { slices: {} }
  const candidate = { slices: {} }
  for (let i = 1; i <= LARGE_SLICES; i++) {
    const b = {
      recall: round4(between(0.85, 0.99)),
      precision: round4(between(0.85, 0.99)),
      f1: round4(between(0.85, 0.99)),
      auc: round4(between(0.91, 0.99)),
      fpr: round4(between(0.001, 0.03)),
    }
    const c = {}
    for (const [k, v] of Object.entries(b)) c[k] = round4(v * (1 + between(-0.003, 0.003)))
    if (i === LARGE_FAILING_SLICE) c.recall = 0.71
    baseline.slices[sliceName(i)] = b
    candidate.slices[sliceName(i)] = c
  }
  return { baseline, candidate }
}

/** The policy: one wildcard over every slice's recall plus LARGE_LITERAL_GATES literal gates. */
function largePolicy() {
  const gates = ['  "slices.*.recall":', '    min: 0.80']
  const literal = [
    ['precision', ['min: 0.80', 'max_regression: 2%']],
    ['f1', ['min: 0.80']],
    ['auc', ['min: 0.90', 'max_regression: 0.01']],
    ['fpr', ['better: lower', 'max: 0.05', 'max_regression: 10%']],
  ]
  let rules = LARGE_SLICES
  for (let i = 1; i <= LARGE_LITERAL_GATES; i++) {
    const [metric, lines] = literal[i % literal.length]
    gates.push(`  slices.${sliceName(((i * 2 - 1) % LARGE_SLICES) + 1)}.${metric}:`, ...lines.map((l) => `    ${l}`))
    rules += lines.filter((l) => !l.startsWith('better')).length
  }
  const text = [
    'version: 1',
    'mode: enforce',
    'metrics:',
    '  file: eval/metrics.json',
    'baseline:',
    '  source: base',
    '  missing: warn',
    'gates:',
    ...gates,
    '',
  ].join('\n')
  return { text, rules }
}

/** A git repo whose HEAD holds the policy and baseline metrics; the working tree the candidate. */
function makeLargeRepo(dir) {
  const { baseline, candidate } = largeMetrics()
  const policy = largePolicy()
  mkdirSync(join(dir, '.github'), { recursive: true })
  mkdirSync(join(dir, 'eval'), { recursive: true })
  writeFileSync(join(dir, '.github', 'model-gate.yml'), policy.text)
  writeFileSync(join(dir, 'eval', 'metrics.json'), JSON.stringify(baseline, null, 2))
  const sha = commitAll(dir, 'baseline')
  writeFileSync(join(dir, 'eval', 'metrics.json'), JSON.stringify(candidate, null, 2))
  return { sha, rules: policy.rules }
}

// ---------------------------------------------------------------------------------------------

// The pull-request cases: the fake GitHub API in a child process, the reference action

const OWNER = 'acme'
const REPO = 'fraud-model'
const PR_NUMBER = 42
const POLICY_PATH = '.github/model-gate.yml'
const METRICS_PATH = 'eval/metrics.json'
/** The e2e tests' standard policy (__tests__/e2e/fixture.ts). */
const PR_POLICY = [
  'version: 1',
  'mode: enforce',
  'metrics:',
  '  file: eval/metrics.json',
  'baseline:',
  '  source: base',
  'gates:',
  '  accuracy:',
  '    min: 0.90',
  '    max_regression: 1%',
  '  latency_ms.p95:',
  '    better: lower',
  '    max: 120',
  '',
].join('\n')
const prMetrics = (accuracy, p95) => `${JSON.stringify({ accuracy, latency_ms: { p95 } }, null, 2)}\n`
const PR_TOKEN = 'ghs_fake_installation_token'
const COMMENT_CHARS = 600
/**
 * Comment sizes of the memory cases, taken in turn: what a model repository's PRs hold, mostly
 * review remarks of a few hundred characters to a few thousand, and every fifth comment a bot's
 * report (CI, coverage, a model card diff) of 12,000 to 40,000 characters (GitHub's limit is 65,536).
 * Mean 6,500 characters: 3,000 comments are 19.5 MB of bodies, served 100 per page.
 */
const MEMORY_COMMENT_CHARS = [
  400, 1_200, 800, 2_500, 20_000, 300, 600, 3_500, 900, 40_000, 500, 1_500, 700, 5_000, 12_000, 350, 950, 1_800, 650, 36_350,
]

/** Transpiles the TypeScript fake GitHub API into `dir` (types stripped, no checking). */
async function transpileFake(dir) {
  const { default: ts } = await import('typescript')
  const { outputText } = ts.transpileModule(readFileSync(FAKE_SOURCE, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: FAKE_SOURCE,
  })
  const file = join(dir, 'fake-github.mjs')
  writeFileSync(file, outputText)
  return file
}

/** Bundles bench/reference/index.mjs with ncc (as scripts/package.mjs bundles the action) into `dir`. */
function bundleReference(dir) {
  execFileSync(process.execPath, [NCC, 'build', join(ROOT, 'bench', 'reference', 'index.mjs'), '-o', dir, '--quiet'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  return join(dir, 'index.mjs')
}

/** The fake GitHub API in a child process, driven by messages (bench/fake-server.mjs). */
async function startFakeServer(fakeModule) {
  const child = fork(join(ROOT, 'bench', 'fake-server.mjs'), [], {
    env: { ...baseEnv(), FAKE_MODULE: fakeModule },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })
  const waiting = []
  child.on('message', (message) => waiting.shift()?.(message))
  child.on('exit', (code) => {
    for (const reject of waiting.splice(0)) reject({ type: 'error', message: `the fake GitHub server exited (${code})` })
  })
  const next = () =>
    new Promise((resolve, reject) => {
      waiting.push((message) => (message.type === 'error' ? reject(new BenchFailure(`fake GitHub: ${message.message}`)) : resolve(message)))
    })
  await next()
  return {
    async start(scenario) {
      const answer = next()
      child.send({ type: 'start', scenario })
      return (await answer).url
    },
    async requests() {
      const answer = next()
      child.send({ type: 'requests' })
      return (await answer).requests
    },
    stop() {
      child.send({ type: 'stop' })
    },
  }
}

/** A git repository whose `main` holds the policy and the baseline, with a regressing `feature` branch checked out. */
function makePrRepo(dir) {
  mkdirSync(join(dir, '.github'), { recursive: true })
  mkdirSync(join(dir, 'eval'), { recursive: true })
  writeFileSync(join(dir, POLICY_PATH), PR_POLICY)
  writeFileSync(join(dir, METRICS_PATH), prMetrics(0.95, 90))
  const baseSha = commitAll(dir, 'baseline')
  git(dir, 'checkout', '-q', '-b', 'feature')
  writeFileSync(join(dir, METRICS_PATH), prMetrics(0.91, 92))
  git(dir, 'commit', '-q', '-a', '-m', 'PR change')
  return { baseSha, headSha: git(dir, 'rev-parse', 'HEAD') }
}

/** One run of `bundle` on the pull_request event, with the environment the runner gives (see __tests__/helpers/run-action.ts). */
function runPrBundle(bundle, pr, apiUrl, scratch, { maxRss = false, comments = 0 } = {}) {
  const files = {
    event: 'event.json',
    output: 'github-output',
    summary: 'step-summary',
    env: 'github-env',
    path: 'github-path',
    state: 'github-state',
    rss: 'maxrss',
  }
  for (const key of Object.keys(files)) {
    files[key] = join(scratch, files[key])
    writeFileSync(files[key], '')
  }
  writeFileSync(
    files.event,
    JSON.stringify({
      action: 'synchronize',
      number: PR_NUMBER,
      // as GitHub sends it: the PR object carries its comment count
      pull_request: { number: PR_NUMBER, comments, base: { sha: pr.baseSha, ref: 'main' }, head: { sha: pr.headSha, ref: 'feature' } },
      repository: { name: REPO, full_name: `${OWNER}/${REPO}`, owner: { login: OWNER } },
    }),
  )
  const runnerTemp = join(scratch, 'runner-temp')
  rmSync(runnerTemp, { recursive: true, force: true })
  mkdirSync(runnerTemp)
  const env = {
    ...baseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION: 'model-gate',
    GITHUB_ACTOR: 'octocat',
    GITHUB_JOB: 'gate',
    GITHUB_WORKFLOW: 'model-gate',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_NUMBER: '7',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_ENV: files.env,
    GITHUB_PATH: files.path,
    GITHUB_STATE: files.state,
    GITHUB_API_URL: apiUrl,
    GITHUB_GRAPHQL_URL: `${apiUrl}/graphql`,
    GITHUB_SERVER_URL: apiUrl,
    GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: pr.headSha,
    GITHUB_REF: `refs/pull/${PR_NUMBER}/merge`,
    GITHUB_HEAD_REF: 'feature',
    GITHUB_BASE_REF: 'main',
    GITHUB_WORKSPACE: pr.dir,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    GIT_CONFIG_NOSYSTEM: '1',
    INPUT_POLICY: POLICY_PATH,
    'INPUT_POLICY-SOURCE': 'base',
    'INPUT_GITHUB-TOKEN': PR_TOKEN,
    INPUT_COMMENT: 'true',
    INPUT_MODE: '',
    INPUT_MODEL: '',
    INPUT_REPORT: '',
    ...(maxRss ? { MODEL_GATE_BENCH_MAXRSS: files.rss } : {}),
  }
  const nodeArgs = bundle === ACTION ? NODE_ARGS : []
  const args = maxRss ? [...nodeArgs, '--import', pathToFileURL(join(ROOT, 'bench', 'maxrss.mjs')).href, bundle] : [...nodeArgs, bundle]
  const run = timed(args, { cwd: pr.dir, env, scratch })
  const outputs = parseOutputs(readFileSync(files.output, 'utf8'))
  if (run.status !== 1 || outputs.verdict !== 'blocked') {
    throw new BenchFailure(describeFailure(run, `${bundle}: expected exit 1 and verdict blocked, got verdict=${outputs.verdict}`))
  }
  return { ms: run.ms, verdict: outputs.verdict, maxRss: maxRss ? Number(readFileSync(files.rss, 'utf8')) : undefined, run }
}

/**
 * Measures several cases of runs that need the fake restarted before each, interleaved run by run
 * (so that load from other processes falls on all of them alike): warm-up, then as many rounds as
 * fit the budget. Returns one row per case.
 */
async function measureInterleaved(cases) {
  let round = 0
  for (let i = 0; i < WARMUP; i++) for (const c of cases) round += (await c.once()).ms
  if (!WARMUP) round = CASE_BUDGET_MS
  else round /= WARMUP
  const runs = Math.max(MIN_RUNS, Math.min(RUNS, Math.floor((CASE_BUDGET_MS * cases.length) / Math.max(round, 1))))
  const results = cases.map(() => ({ times: [], rss: [], last: undefined }))
  for (let i = 0; i < runs; i++) {
    for (const [k, c] of cases.entries()) {
      const last = await c.once()
      results[k].times.push(last.ms)
      if (last.maxRss !== undefined) results[k].rss.push(last.maxRss)
      results[k].last = last
    }
  }
  return cases.map((c, k) => {
    const { times, rss, last } = results[k]
    return {
      name: c.name,
      runs,
      median: median(times),
      verdict: last.verdict,
      checks: last.checks,
      failed: last.failed,
      requests: last.requests,
      maxRss: rss.length ? median(rss) : undefined,
    }
  })
}

/**
 * One pull-request run against a freshly started fake (`comments` comments on the PR); fails
 * unless the run ended by posting the comment. Returns the requests it made as `METHOD path` lines.
 */
async function prRun(server, bundle, pr, scratch, { comments, latencyMs = 0, bodyChars = COMMENT_CHARS, maxRss = false }) {
  const files = { [POLICY_PATH]: PR_POLICY, [METRICS_PATH]: prMetrics(0.95, 90) }
  const url = await server.start({ latencyMs, owner: OWNER, repo: REPO, baseSha: pr.baseSha, pr: PR_NUMBER, files, comments, bodyChars })
  const started = Date.now()
  const result = runPrBundle(bundle, pr, url, scratch, { maxRss, comments })
  const requests = await server.requests()
  const posted = requests.at(-1)
  if (!posted || posted.method !== 'POST' || posted.status !== 201) {
    throw new BenchFailure(
      describeFailure(
        result.run,
        `${bundle}: expected the run to end by posting its comment, it made ${requests.map((r) => `${r.method} ${r.path} ${r.status}`).join(', ')}`,
      ),
    )
  }
  // each request with when it reached the fake, in ms after the process was started
  const requestLines = requests.map(
    (r) => `+${String(r.at - started).padStart(4)} ms  ${r.method} ${r.path}${r.query.page ? `?page=${r.query.page}` : ''} ${r.status}`,
  )
  return { ...result, requests: requestLines }
}

// ---------------------------------------------------------------------------------------------
// Predictions (issue 9): one run of bench/predictions.mjs, which generates the files and times the pipeline

const PREDICTION_ROWS = 1_000_000
/** The goal of issue 13 for 1,000,000 paired predictions. */
const PREDICTIONS_GOAL = { seconds: 5, rssBytes: 1024 ** 3 }

function runPredictions(scratchRoot) {
  const file = join(scratchRoot, 'predictions.json')
  const child = spawnSync(process.execPath, [join(ROOT, 'bench', 'predictions.mjs'), String(PREDICTION_ROWS)], {
    cwd: ROOT,
    env: { ...baseEnv(), MODEL_GATE_BENCH_PREDICTIONS_JSON: file },
    encoding: 'utf8',
    timeout: 10 * RUN_TIMEOUT_MS,
  })
  if (!existsSync(file))
    throw new BenchFailure(`bench/predictions.mjs gave no result (exit ${child.status ?? child.signal})\n${child.stderr}\n${child.stdout}`)
  const r = JSON.parse(readFileSync(file, 'utf8'))
  const within = r.seconds <= PREDICTIONS_GOAL.seconds && r.maxRss <= PREDICTIONS_GOAL.rssBytes
  return {
    row: {
      name: `predictions: ${PREDICTION_ROWS.toLocaleString('en-US')} paired (read, join, metrics, tests)`,
      runs: 1,
      median: r.seconds * 1000,
      maxRss: r.maxRss,
      absolute: true,
    },
    line:
      `predictions, ${r.rows.toLocaleString('en-US')} paired rows (${r.mib.toFixed(1)} MiB of CSV): ${r.seconds.toFixed(2)} s wall, ${r.cpuSeconds.toFixed(2)} s CPU, ` +
      `${(r.seconds / r.rawSeconds).toFixed(1)}× reading the two files alone (${r.rawSeconds.toFixed(2)} s), peak RSS ${(r.maxRss / 1024 ** 2).toFixed(0)} MiB; ` +
      `${within ? 'within' : 'OVER'} the goal (${PREDICTIONS_GOAL.seconds} s, 1 GiB)`,
  }
}

// ---------------------------------------------------------------------------------------------

function table(rows, bare) {
  const header = ['case', 'runs', 'median ms', '× node -e 0', '× reference', 'peak RSS MB', 'verdict', 'checks', 'failed']
  const body = rows.map((r) => [
    r.name,
    String(r.runs),
    r.median.toFixed(1),
    r.absolute ? '' : (r.median / (r.bare ?? bare)).toFixed(2),
    r.reference === undefined ? '' : (r.median / r.reference).toFixed(2),
    r.maxRss === undefined ? '' : (r.maxRss / 1024 / 1024).toFixed(1),
    r.verdict ?? '',
    r.checks === undefined ? '' : String(r.checks),
    r.failed === undefined ? '' : String(r.failed),
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)))
  const line = (cells) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |'
  return [
    line(header),
    '|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|',
    ...body.map(line),
  ].join('\n')
}

async function main() {
  for (const file of [ACTION, CLI]) {
    if (!existsSync(file)) throw new BenchFailure(`${file} is missing: run \`npm run package\` first`)
  }
  const scratchRoot = mkdtempSync(join(tmpdir(), 'model-gate-bench-'))
  let server
  try {
    const scratch = join(scratchRoot, 'scratch')
    mkdirSync(scratch)
    const env = baseEnv()
    const rows = []

    const bareOnce = () => {
      const run = timed(['-e', '0'], { cwd: scratchRoot, env, scratch })
      if (run.status !== 0) throw new BenchFailure(describeFailure(run, 'node -e 0 failed'))
      return { ms: run.ms }
    }
    const bare = measure('node -e 0', bareOnce)
    rows.push(bare)
    const compare = process.env.MODEL_GATE_BENCH_COMPARE ? resolve(process.env.MODEL_GATE_BENCH_COMPARE) : undefined

    if (wanted('example')) {
      const example = join(scratchRoot, 'fraud-model')
      cpSync(EXAMPLE, example, { recursive: true })
      const exampleSha = commitAll(example, 'fraud model')
      // the fraud-loss KPI rose beyond 5%, recall dropped more than 1%, slices.mobile.recall is under its floor (calibration only warns)
      const exampleExpected = { verdict: 'blocked', failed: 3 }
      rows.push(measure('action: examples/fraud-model', () => runAction(example, exampleSha, scratch, exampleExpected)))
    }

    let rules
    if (wanted('large')) {
      const large = join(scratchRoot, 'large')
      mkdirSync(large)
      const made = makeLargeRepo(large)
      rules = made.rules
      // only the recall of slice LARGE_FAILING_SLICE fails
      const largeExpected = { verdict: 'blocked', failed: 1 }
      const measured = await measureInterleaved([
        { name: 'node -e 0, interleaved with the large case', once: bareOnce },
        { name: 'cli: 50k metrics, 5k gates', once: () => runCli(large, scratch, largeExpected) },
        { name: 'action: 50k metrics, 5k gates', once: () => runAction(large, made.sha, scratch, largeExpected) },
        ...(compare
          ? [{ name: 'compared action: 50k metrics, 5k gates', once: () => runAction(large, made.sha, scratch, largeExpected, compare) }]
          : []),
        { name: 'floor: 50k metrics read, report written', once: () => runFloor(large, scratch, made.rules) },
      ])
      // the large case's ratios are to the `node -e 0` runs between its own
      rows.push(...measured.map((row) => ({ ...row, bare: measured[0].median })))
    }

    const reference = bundleReference(join(scratchRoot, 'reference'))
    server = await startFakeServer(await transpileFake(scratchRoot))
    const prDir = join(scratchRoot, 'pr')
    mkdirSync(prDir)
    const pr = { dir: prDir, ...makePrRepo(prDir) }
    const requestLog = {}
    for (const latencyMs of wanted('pr') ? [0, 100] : []) {
      const label = latencyMs ? `, ${latencyMs} ms per answer` : ''
      const opts = { comments: 150, latencyMs }
      const cases = [
        { name: `reference: PR, 150 comments${label}`, once: () => prRun(server, reference, pr, scratch, opts) },
        { name: `action: PR, 150 comments${label}`, once: () => prRun(server, ACTION, pr, scratch, opts) },
        ...(compare ? [{ name: `compared action: PR, 150 comments${label}`, once: () => prRun(server, compare, pr, scratch, opts) }] : []),
      ]
      const measured = await measureInterleaved(cases)
      rows.push(...measured.map((row) => ({ ...row, reference: measured[0].median })))
      requestLog[`reference${label}`] = measured[0].requests
      requestLog[`action${label}`] = measured[1].requests
      if (compare) requestLog[`compared action${label}`] = measured[2].requests
    }
    // one row per bundle and number of comments: the action, the compared bundle, the reference
    const memory = { action: [], compared: [], reference: [] }
    for (const comments of wanted('memory') ? [30, 3_000] : []) {
      const opts = { comments, bodyChars: MEMORY_COMMENT_CHARS, maxRss: true }
      const label = `PR, ${comments.toLocaleString('en-US')} comments (peak RSS)`
      const bundles = [['action', ACTION], ...(compare ? [['compared', compare]] : []), ['reference', reference]]
      const measured = await measureInterleaved(
        bundles.map(([who, bundle]) => ({
          name: `${who === 'compared' ? 'compared action' : who}: ${label}`,
          once: () => prRun(server, bundle, pr, scratch, opts),
        })),
      )
      for (const [k, [who]] of bundles.entries()) memory[who].push(measured[k])
    }
    rows.push(...memory.action, ...memory.compared, ...memory.reference)
    const predictions = process.env.MODEL_GATE_BENCH_PREDICTIONS === '0' || !wanted('predictions') ? undefined : runPredictions(scratchRoot)
    if (predictions) rows.push(predictions.row)

    console.log(table(rows, bare.median))
    console.log(`\nnode ${process.version}, ${process.platform}/${process.arch}; action ${ACTION}`)
    if (rules !== undefined)
      console.log(`large case: ${LARGE_SLICES * 5} metrics, ${LARGE_LITERAL_GATES + 1} gates, ${rules} rule applications`)
    const meanChars = MEMORY_COMMENT_CHARS.reduce((a, b) => a + b, 0) / MEMORY_COMMENT_CHARS.length
    for (const [who, cases] of Object.entries(memory)) {
      if (cases.length < 2) continue
      console.log(
        `peak RSS of the ${who} (the process's high-water mark, ru_maxrss), 3,000 comments / 30 comments (${MEMORY_COMMENT_CHARS.length} sizes in turn, ${Math.min(...MEMORY_COMMENT_CHARS)} to ${Math.max(...MEMORY_COMMENT_CHARS)} characters, mean ${meanChars}): ${(cases[1].maxRss / cases[0].maxRss).toFixed(3)}`,
      )
    }
    if (predictions) console.log(predictions.line)
    for (const [who, lines] of Object.entries(requestLog))
      console.log(`API requests of the ${who} (PR, 150 comments, last run): ${lines.length}\n  ${lines.join('\n  ')}`)
  } finally {
    server?.stop()
    rmSync(scratchRoot, { recursive: true, force: true })
  }
}

try {
  await main()
} catch (error) {
  console.error(`bench failed: ${error instanceof BenchFailure ? error.message : error.stack}`)
  process.exitCode = 1
}
