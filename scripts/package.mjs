#!/usr/bin/env node
// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with ncc, after regenerating
// the precompiled schema validators (scripts/validators.mjs) so that a bundle never holds stale ones.
// Both entry files are minified: V8 then parses about half the text at start-up (issue 13,
// bench/PROFILE.md). What a bundle loads only for some runs (`import()`: in src/action the report
// reader, monitoring, history, oversight, the proxy agent; in src/cli the metrics and dashboard
// subcommands; in src/gate the declarations machinery, ajv's compiler for `declarations.schema` and
// the predictions reader) ncc writes to chunk files next to the entry (`<id>.index.js`, ids fixed
// by the module paths; ncc minifies only the entry, so terser minifies these here), which node
// reads only when a run asks for them; the `yaml` package is a CommonJS file beside each entry,
// yaml.cjs, required only by documents the fast YAML reader hands over (src/parse/yaml-library.ts);
// each file's licenses are merged into one licenses.txt per bundle. The npm package ships the CLI's
// chunk files with it (package.json `files`: `dist/cli/`).
import { execFileSync } from 'node:child_process'
import { chmodSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { minify } from 'terser'
import { writeValidators } from './validators.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')
const bundles = [
  { entry: 'src/action/index.ts', out: 'dist' },
  { entry: 'src/cli/index.ts', out: 'dist/cli' },
]

writeValidators(root)
rmSync(join(root, 'dist'), { recursive: true, force: true })
for (const { entry, out } of bundles) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--minify', '--license', '[name].licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  })
  writeYamlLibrary(join(root, out))
  mergeLicenses(join(root, out))
  await minifyChunks(join(root, out))
}

/**
 * The `yaml` package as a file of its own beside a bundle's entry, `yaml.cjs` (CommonJS, so that
 * src/parse/yaml-library.ts can require it synchronously, on Node 20.16 too), and its license as
 * `yaml.licenses.txt` for mergeLicenses. The entries do not bundle it: most runs never load it.
 */
function writeYamlLibrary(dir) {
  // Built in a folder of the output (no temporary directory needed), then moved beside the entry.
  const scratch = join(dir, 'yaml-build')
  try {
    execFileSync(
      process.execPath,
      [ncc, 'build', join(root, 'scripts', 'yaml-library.cjs'), '-o', scratch, '--minify', '--license', 'licenses.txt', '--quiet'],
      { cwd: root, stdio: 'inherit' },
    )
    renameSync(join(scratch, 'index.cjs'), join(dir, 'yaml.cjs'))
    renameSync(join(scratch, 'licenses.txt'), join(dir, 'yaml.licenses.txt'))
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

/**
 * Minifies a bundle's chunk files (`<id>.index.js`, ES modules) in place. Their licenses are in
 * licenses.txt already, so comments go too.
 */
async function minifyChunks(dir) {
  for (const name of readdirSync(dir).filter((file) => /^\d+\.index\.js$/.test(file))) {
    const path = join(dir, name)
    const { code } = await minify(readFileSync(path, 'utf8'), { module: true, ecma: 2022, format: { comments: false } })
    if (code === undefined) throw new Error(`terser gave no output for ${path}`)
    writeFileSync(path, `${code}\n`)
  }
}
/**
 * The licenses of every chunk of a bundle (`main.licenses.txt`, `<id>.licenses.txt`) as one
 * `licenses.txt` in ncc's own layout: one block per package (`name`, license id, license text),
 * sorted by name, separated by blank lines. A block starts at a line naming an npm package after
 * a blank line, followed by a line with a license id.
 */
function mergeLicenses(dir) {
  const files = readdirSync(dir).filter((name) => name.endsWith('.licenses.txt'))
  const blocks = new Map()
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n')
    const starts = lines.flatMap((line, i) =>
      (i === 0 || lines[i - 1] === '') && /^(?:@[\w.~-]+\/)?[\w.~-]+$/.test(line) && /^[\w.+() -]{1,60}$/.test(lines[i + 1] ?? '')
        ? [i]
        : [],
    )
    starts.forEach((start, k) => {
      // a block keeps the blank lines after it: the text of the last one ends with the file's newline
      const name = lines[start]
      const block = lines.slice(start, starts[k + 1] ?? lines.length).join('\n')
      if (!blocks.has(name)) blocks.set(name, block.endsWith('\n') ? block : `${block}\n`)
    })
    rmSync(join(dir, file))
  }
  const names = [...blocks.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  writeFileSync(join(dir, 'licenses.txt'), names.map((name) => blocks.get(name)).join('\n'))
}

const cli = join(root, 'dist', 'cli', 'index.js')
const text = readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
chmodSync(cli, 0o755)
