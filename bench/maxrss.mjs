// Preloaded with `node --import` by bench/run.mjs: writes the process's peak resident set size
// (bytes) to the file MODEL_GATE_BENCH_MAXRSS names when it exits.
import { writeFileSync } from 'node:fs'

const file = process.env.MODEL_GATE_BENCH_MAXRSS
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS * 1024)))
