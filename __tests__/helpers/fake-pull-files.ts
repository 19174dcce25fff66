/**
 * GET /repos/{owner}/{repo}/pulls/{number}/files on the fake GitHub: the files a pull request
 * changes, paginated as GitHub does (`per_page` up to 100, `page`, a Link header with `next`).
 */
import type { FakeGitHub } from './fake-github.js'

/** Serves `files` (paths, or entries with a `previous_filename` for renames) as the PR's files. */
export function servePullFiles(fake: FakeGitHub, files: ReadonlyArray<string | { filename: string; previous_filename: string }>): void {
  fake.route('GET', /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/, ({ url }) => {
    const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100)
    const page = Number(url.searchParams.get('page') ?? 1)
    const entries = files.map((f) => (typeof f === 'string' ? { filename: f, status: 'modified' } : { ...f, status: 'renamed' }))
    const body = entries.slice((page - 1) * perPage, page * perPage)
    const headers: Record<string, string> = {}
    if (page * perPage < entries.length) {
      const next = new URL(`${fake.url}${url.pathname}${url.search}`)
      next.searchParams.set('page', String(page + 1))
      headers.Link = `<${next.toString()}>; rel="next"`
    }
    return { status: 200, body, headers }
  })
}
