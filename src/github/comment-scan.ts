import { parseMarker } from '../core/marker.js'
import type { GitHubClient } from './client.js'

export interface IssueRef {
  owner: string
  repo: string
  issueNumber: number
}

/** A comment that carries a model-gate marker: the fields the sticky comment logic reads. */
export interface MarkedComment {
  id: number
  body: string
  user?: { login?: string } | null
  created_at?: string
  html_url: string
}

/**
 * The issue's comments whose body starts with a model-gate marker (for any model, by anyone),
 * oldest first. The pages are scanned one at a time and only those comments are kept, so memory
 * does not grow with the number of other comments on the PR.
 */
export async function scanMarkedComments(client: GitHubClient, issue: IssueRef): Promise<MarkedComment[]> {
  const marked: MarkedComment[] = []
  const pages = client.paginate.iterator(client.rest.issues.listComments, {
    owner: issue.owner,
    repo: issue.repo,
    issue_number: issue.issueNumber,
    per_page: 100,
  })
  for await (const page of pages) {
    for (const comment of page.data) {
      if (typeof comment.body !== 'string' || !parseMarker(comment.body)) continue
      const login = comment.user?.login
      marked.push({
        id: comment.id,
        body: comment.body,
        user: login === undefined ? null : { login },
        created_at: comment.created_at,
        html_url: comment.html_url,
      })
    }
  }
  return marked
}
