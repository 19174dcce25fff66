/**
 * Directory listings at a commit, for metrics formats that read a directory (an MLflow run) at
 * the base commit: the files under a folder, from `git ls-tree`, never the working tree.
 */
import { execFile } from 'node:child_process'
import { GateError } from '../core/errors.js'
import { MAX_LISTED_FILES } from '../metrics/formats/input.js'
import { checkRepoPath } from './source.js'

/** Output `git ls-tree` may print: MAX_LISTED_FILES paths of up to ~200 bytes each. */
const MAX_OUTPUT = 8 * 1024 * 1024

/**
 * Every file (blob) under `path` at `sha`, relative to it and sorted; undefined when `path` is
 * not a directory there. Paths are relative to `dir` (the repository root or a folder in it).
 * More than MAX_LISTED_FILES files is an error, as in the workspace.
 */
export async function gitListDirectory(dir: string, sha: string, path: string): Promise<string[] | undefined> {
  const folder = checkRepoPath(path).replace(/\/+$/, '')
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['ls-tree', '-r', '-z', `${sha}:./${folder}`],
      { cwd: dir, maxBuffer: MAX_OUTPUT, encoding: 'buffer' },
      (err, stdout) => {
        if (err) {
          if (typeof err.code === 'number') resolve(undefined)
          else if (/maxBuffer/i.test(err.message)) reject(tooMany(folder))
          else reject(new Error(`git ls-tree failed: ${err.message}`))
          return
        }
        const files: string[] = []
        for (const record of stdout.toString('utf8').split('\0')) {
          const tab = record.indexOf('\t')
          if (tab < 0) continue
          const [, type] = record.slice(0, tab).split(' ')
          if (type === 'blob') files.push(record.slice(tab + 1))
          if (files.length > MAX_LISTED_FILES) {
            reject(tooMany(folder))
            return
          }
        }
        resolve(files.sort())
      },
    )
  })
}

function tooMany(dir: string): GateError {
  return new GateError({
    file: dir,
    message: `the directory ${dir} holds more than ${MAX_LISTED_FILES.toLocaleString('en-US')} files; model-gate did not read it.`,
    fix: 'Point the metrics path at the run directory itself (mlruns/<experiment>/<run>), not a parent of many runs.',
  })
}
