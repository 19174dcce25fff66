/**
 * The REST methods model-gate calls (`client.rest.<scope>.<method>`), built as
 * @octokit/plugin-rest-endpoint-methods builds them, `octokit.request.defaults({ method, url })`,
 * for these routes only: the plugin's table of every GitHub endpoint is about 100 KB that each run
 * would evaluate at start-up (issue 13). The routes are the plugin's own (none of them carries
 * defaults or decorations there), which __tests__/github/rest.test.ts checks against the plugin.
 */
import type { Octokit } from '@octokit/core'
import type { Api } from '@octokit/plugin-rest-endpoint-methods'

/** Scope → method → route, as in the plugin's generated endpoints. */
export const ROUTES = {
  checks: {
    create: 'POST /repos/{owner}/{repo}/check-runs',
    update: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  },
  git: {
    createCommit: 'POST /repos/{owner}/{repo}/git/commits',
    createRef: 'POST /repos/{owner}/{repo}/git/refs',
    createTree: 'POST /repos/{owner}/{repo}/git/trees',
    getRef: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
  },
  issues: {
    create: 'POST /repos/{owner}/{repo}/issues',
    createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    get: 'GET /repos/{owner}/{repo}/issues/{issue_number}',
    listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    listEvents: 'GET /repos/{owner}/{repo}/issues/{issue_number}/events',
    listForRepo: 'GET /repos/{owner}/{repo}/issues',
    update: 'PATCH /repos/{owner}/{repo}/issues/{issue_number}',
    updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  },
  pulls: {
    createReview: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    dismissReview: 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals',
    get: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    list: 'GET /repos/{owner}/{repo}/pulls',
    listFiles: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files',
    listReviews: 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    updateReview: 'PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}',
  },
  repos: {
    compareCommitsWithBasehead: 'GET /repos/{owner}/{repo}/compare/{basehead}',
    createOrUpdateFileContents: 'PUT /repos/{owner}/{repo}/contents/{path}',
    getCollaboratorPermissionLevel: 'GET /repos/{owner}/{repo}/collaborators/{username}/permission',
    getContent: 'GET /repos/{owner}/{repo}/contents/{path}',
    listPullRequestsAssociatedWithCommit: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
  },
  teams: {
    getByName: 'GET /orgs/{org}/teams/{team_slug}',
    getMembershipForUserInOrg: 'GET /orgs/{org}/teams/{team_slug}/memberships/{username}',
  },
  users: {
    getAuthenticated: 'GET /user',
  },
} as const

type Routes = typeof ROUTES
type Rest = Api['rest']
/** The plugin's types for the methods in ROUTES. */
export type RestMethods = { [S in keyof Routes]: Pick<Rest[S], keyof Routes[S] & keyof Rest[S]> }

/** The Octokit plugin: `rest` with the methods of ROUTES, each made on first use. */
export function restMethods(octokit: Octokit): { rest: RestMethods } {
  const rest: Record<string, Record<string, unknown>> = {}
  for (const [scope, methods] of Object.entries(ROUTES)) {
    const scoped: Record<string, unknown> = {}
    for (const [name, route] of Object.entries(methods)) {
      const [method, url] = route.split(' ')
      let made: unknown
      Object.defineProperty(scoped, name, {
        enumerable: true,
        get: () => (made ??= octokit.request.defaults({ method, url })),
      })
    }
    rest[scope] = scoped
  }
  return { rest: rest as unknown as RestMethods }
}
