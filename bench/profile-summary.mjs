#!/usr/bin/env node
// Summarises a V8 CPU profile (`node --cpu-prof`) of a bundle built with a source map
// (`ncc build -s`): self time by package or source folder, garbage collection, and the time spent
// evaluating modules (under the bundle's require function or the bundle's top level).
// Usage: node bench/profile-summary.mjs <file.cpuprofile> <bundle.js> [top N]
import { readFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { pathToFileURL } from 'node:url'

const [profilePath, bundlePath, topArg] = process.argv.slice(2)
if (!profilePath || !bundlePath) {
  console.error('usage: node bench/profile-summary.mjs <file.cpuprofile> <bundle.js> [top N]')
  process.exit(2)
}
const top = Number(topArg ?? 25)
const profile = JSON.parse(readFileSync(profilePath, 'utf8'))
const map = new SourceMap(JSON.parse(readFileSync(`${bundlePath}.map`, 'utf8')))
const bundleUrl = pathToFileURL(bundlePath).href

/** Where a frame's code comes from: `pkg:<name>`, `src/<folder>`, `node internals`, or a V8 pseudo-frame. */
function origin(frame) {
  if (!frame.url) return frame.functionName || '(anonymous)'
  if (frame.url !== bundleUrl) return frame.url.startsWith('node:') ? 'node internals' : frame.url
  const entry = map.findEntry(frame.lineNumber, frame.columnNumber)
  const source = entry?.originalSource ?? ''
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source)
  if (pkg) return `pkg:${pkg[1]}`
  const own = /(src\/[^/]+)\//.exec(source)
  if (own) return own[1]
  return source ? source.replace(/^.*?webpack:\/\/[^/]*\//, '') : 'bundle (unmapped)'
}

const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const selfMs = new Map()
for (let i = 0; i < profile.samples.length; i++) {
  const id = profile.samples[i]
  selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000)
}
const total = [...selfMs.values()].reduce((a, b) => a + b, 0)

/** True when a node runs inside module evaluation: under the bundle's require, or the bundle's own top level. */
function inModuleEvaluation(id) {
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at).callFrame
    if (frame.url === bundleUrl && (frame.functionName === '__nccwpck_require__' || (frame.functionName === '' && frame.lineNumber === 0)))
      return true
  }
  return false
}
/** True when a node runs inside an ajv compile (Ajv.compile / _compileSchemaEnv). */
function inAjvCompile(id) {
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at).callFrame
    if (/^(compile|_compileSchemaEnv|compileSchema)$/.test(frame.functionName) && origin(frame) === 'pkg:ajv') return true
  }
  return false
}

const groups = new Map()
const loadGroups = new Map()
let evaluation = 0
let ajvCompile = 0
for (const [id, ms] of selfMs) {
  const key = origin(byId.get(id).callFrame)
  groups.set(key, (groups.get(key) ?? 0) + ms)
  if (inModuleEvaluation(id)) {
    evaluation += ms
    loadGroups.set(key, (loadGroups.get(key) ?? 0) + ms)
  }
  if (inAjvCompile(id)) ajvCompile += ms
}
const pct = (ms) => `${((100 * ms) / total).toFixed(1)}%`
console.log(
  `profile ${profilePath}: ${total.toFixed(1)} ms sampled (interval ${profile.samples.length ? (total / profile.samples.length).toFixed(2) : 0} ms)`,
)
console.log(`  module evaluation (top level + __nccwpck_require__, inclusive): ${evaluation.toFixed(1)} ms (${pct(evaluation)})`)
console.log(`  ajv compile (inclusive): ${ajvCompile.toFixed(1)} ms (${pct(ajvCompile)})`)
console.log(`  self time by origin:`)
for (const [key, ms] of [...groups].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`    ${ms.toFixed(1).padStart(8)} ms ${pct(ms).padStart(6)}  ${key}`)
console.log(`  module evaluation, self time by origin:`)
for (const [key, ms] of [...loadGroups].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`    ${ms.toFixed(1).padStart(8)} ms ${pct(ms).padStart(6)}  ${key}`)
