#!/usr/bin/env node
// Bundles the Action (dist/index.js) and the CLI (dist/cli/index.js) with ncc, after regenerating
// the precompiled schema validators (scripts/validators.mjs) so that a bundle never holds stale ones.
// Both are minified: V8 then parses about half the text at start-up (issue 13, bench/PROFILE.md).
import { execFileSync } from 'node:child_process'
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
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
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--minify', '--license', 'licenses.txt', '--quiet'], {
    cwd: root,
    stdio: 'inherit',
  })
}
const cli = join(root, 'dist', 'cli', 'index.js')
const text = readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) writeFileSync(cli, `#!/usr/bin/env node\n${text}`)
chmodSync(cli, 0o755)
