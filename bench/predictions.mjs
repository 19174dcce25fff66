#!/usr/bin/env node
// Timing of the predictions pipeline on 1,000,000 paired binary predictions (CSV): read both
// files (streamed), join on id, every computed metric for both models, DeLong, McNemar, the
// paired bootstrap (2000 replicates) and the flips. Prints seconds per phase, wall and CPU (the
// CPU figure is the one to trust on a loaded machine), the ratio to reading the same two files'
// bytes alone, and the peak RSS. Not a jest test.
// Compiles src/predictions and src/core/predictions with tsc (bench/tsconfig.predictions.json)
// into build/bench-predictions, which git ignores.
// Usage: node bench/predictions.mjs [rows]
import { execFileSync, spawnSync } from 'node:child_process'
import { createReadStream, mkdtempSync, openSync, rmSync, writeFileSync, writeSync, closeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const OUT = join(ROOT, 'build', 'bench-predictions')

if (process.argv[2] === '--measure') {
  await measure(process.argv[3], process.argv[4])
} else if (process.argv[2] === '--measure-gate') {
  await measureGate(process.argv[3], process.argv[4])
} else {
  const rows = Number(process.argv[2] ?? 1_000_000)
  execFileSync('npx', ['tsc', '-p', join(ROOT, 'bench', 'tsconfig.predictions.json')], { stdio: 'inherit', cwd: ROOT })
  const dir = mkdtempSync(join(tmpdir(), 'mg-pred-'))
  try {
    const cand = join(dir, 'candidate.csv')
    const base = join(dir, 'baseline.csv')
    generate(cand, base, rows)
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure', cand, base], {
      stdio: 'inherit',
    })
    const g = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--measure-gate', cand, base], {
      stdio: 'inherit',
    })
    process.exitCode = r.status || g.status || 0
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Two CSVs of the same ids and labels; the baseline in another row order, scores correlated. */
function generate(candPath, basePath, rows) {
  let s = 12345
  const rand = () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 4294967296
  const labels = new Uint8Array(rows)
  const cand = new Float64Array(rows)
  const base = new Float64Array(rows)
  for (let i = 0; i < rows; i++) {
    labels[i] = rand() < 0.3 ? 1 : 0
    const b = Math.min(1, Math.max(0, 0.35 + 0.3 * labels[i] + 0.25 * (rand() - 0.5) * 2))
    base[i] = Math.round(b * 1e4) / 1e4
    cand[i] = Math.round(Math.min(1, Math.max(0, b + 0.1 * (rand() - 0.52))) * 1e4) / 1e4
  }
  const write = (path, order, values) => {
    const fd = openSync(path, 'w')
    let buf = 'id,label,score\n'
    for (let k = 0; k < rows; k++) {
      const i = order(k)
      buf += `ex-${i},${labels[i]},${values[i]}\n`
      if (buf.length > 1 << 20) {
        writeSync(fd, buf)
        buf = ''
      }
    }
    writeSync(fd, buf)
    closeSync(fd)
  }
  write(candPath, (k) => k, cand)
  write(basePath, (k) => rows - 1 - k, base)
}

async function measure(candPath, basePath) {
  const load = (p) => import(pathToFileURL(join(OUT, p)).href)
  const { readPredictions } = await load('src/predictions/read.js')
  const { joinPredictions } = await load('src/predictions/join.js')
  const { compareBinary } = await load('src/core/predictions/paired.js')
  const t = () => performance.now()

  const t0 = t()
  let bytes = 0
  for (const p of [candPath, basePath]) for await (const c of createReadStream(p)) bytes += c.length
  const rawMs = t() - t0

  const cpu0 = process.cpuUsage()
  const t1 = t()
  const options = { task: 'binary' }
  const [cand, base] = await Promise.all([
    readPredictions(createReadStream(candPath), 'candidate.csv', options),
    readPredictions(createReadStream(basePath), 'baseline.csv', options),
  ])
  const t2 = t()
  const joined = joinPredictions(cand, base)
  const t3 = t()
  const result = compareBinary(joined.ids, joined.labels, joined.candidate, joined.baseline, {
    threshold: 0.5,
    confidence: 0.95,
    seed: 1,
  })
  const t4 = t()
  const total = (t4 - t1) / 1000
  const cpu = process.cpuUsage(cpu0)
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  const rssMiB = process.resourceUsage().maxRSS / 1024
  const fmt = (ms) => (ms / 1000).toFixed(2)
  console.log(`rows ${joined.ids.length}, ${(bytes / 1048576).toFixed(1)} MiB in two CSV files`)
  console.log(`raw read ${fmt(rawMs)} s | parse ${fmt(t2 - t1)} s | join ${fmt(t3 - t2)} s | metrics + tests ${fmt(t4 - t3)} s`)
  console.log(
    `total ${total.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU (${(total / (rawMs / 1000)).toFixed(1)}× the raw read); peak RSS ${rssMiB.toFixed(0)} MiB`,
  )
  console.log(
    `candidate auc ${result.candidate.roc_auc.toFixed(4)}, baseline ${result.baseline.roc_auc.toFixed(4)}; DeLong p ${result.intervals.roc_auc.p_value.toExponential(2)}; fixes ${result.flips.fixed}, breaks ${result.flips.broken}`,
  )
  // bench/run.mjs reads the figures from this file
  if (process.env.MODEL_GATE_BENCH_PREDICTIONS_JSON) {
    const figures = {
      rows: joined.ids.length,
      mib: bytes / 1048576,
      seconds: total,
      cpuSeconds,
      rawSeconds: rawMs / 1000,
      maxRss: process.resourceUsage().maxRSS * 1024,
    }
    writeFileSync(process.env.MODEL_GATE_BENCH_PREDICTIONS_JSON, JSON.stringify(figures))
  }
  if (total > 5 || rssMiB > 1024) {
    console.log('over the goal (5 s, 1 GiB)')
    process.exitCode = 1
  }
}

/**
 * The gate's whole path in a process of its own: readModelPredictions (both files through the
 * workspace source, streamed), the join, every metric and test, the consistency checks and the
 * worsening intervals, as src/gate/run.ts calls it. Its own peak RSS.
 */
async function measureGate(candPath, basePath) {
  const load = (p) => import(pathToFileURL(join(OUT, p)).href)
  const { readModelPredictions } = await load('src/gate/predictions.js')
  const { workspaceSource } = await load('src/sources/workspace.js')
  const dir = dirname(candPath)
  const t0 = performance.now()
  let bytes = 0
  for (const p of [candPath, basePath]) for await (const c of createReadStream(p)) bytes += c.length
  const rawMs = performance.now() - t0
  const cpu0 = process.cpuUsage()
  const t1 = performance.now()
  const source = workspaceSource(dir)
  const result = await readModelPredictions({
    settings: { file: 'candidate.csv', baselineFile: 'baseline.csv', task: 'binary', threshold: 0.5 },
    sources: { workspace: source, base: source },
    candidate: new Map([['roc_auc', { value: 0.5 }]]),
    metricsFile: 'eval/metrics.json',
  })
  const seconds = (performance.now() - t1) / 1000
  const cpu = process.cpuUsage(cpu0)
  const rssMiB = process.resourceUsage().maxRSS / 1024
  console.log(
    `gate path (readModelPredictions, ${result.summary.rows} rows, ${(bytes / 1048576).toFixed(1)} MiB): ${seconds.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU, ${(seconds / (rawMs / 1000)).toFixed(1)}× reading the two files alone (${(rawMs / 1000).toFixed(2)} s); peak RSS ${rssMiB.toFixed(0)} MiB; ${result.pairedIntervals.size} paired intervals; fixes ${result.summary.flips?.fixed}, breaks ${result.summary.flips?.broken}`,
  )
  // Judged on CPU seconds: wall time on the shared 2-core machine includes other processes' turns.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6
  if (cpuSeconds > 5 || rssMiB > 1024) {
    console.log('over the goal (5 s CPU, 1 GiB)')
    process.exitCode = 1
  }
}
