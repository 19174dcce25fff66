import { describe, expect, test } from '@jest/globals'
import { Octokit } from '@octokit/core'
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { ROUTES, restMethods } from '../../src/github/rest.js'

// The plugin's own table of every endpoint: route, defaults, decorations.
const pluginIndex = createRequire(import.meta.url).resolve('@octokit/plugin-rest-endpoint-methods')
const generated = (await import(pathToFileURL(join(dirname(pluginIndex), 'generated', 'endpoints.js')).href)) as {
  default: Record<string, Record<string, unknown[]>>
}
const methods = Object.entries(ROUTES).flatMap(([scope, routes]) =>
  Object.entries(routes).map(([name, route]) => [scope, name, route] as [string, string, string]),
)

type Method = { endpoint: (params: Record<string, unknown>) => unknown }
const scoped = (rest: unknown, scope: string, name: string): Method =>
  (rest as Record<string, Record<string, Method>>)[scope]?.[name] as Method

describe('the REST methods model-gate calls', () => {
  test.each(methods)('%s.%s is the plugin route, with no defaults or decorations', (scope, name, route) => {
    expect(generated.default[scope]?.[name]).toEqual([route])
  })

  const ours = new (Octokit.plugin(restMethods))({ auth: 'token' })
  const plugin = new (Octokit.plugin(restEndpointMethods))({ auth: 'token' })
  test.each(methods)('%s.%s builds the request the plugin builds', (scope, name, route) => {
    const params: Record<string, unknown> = { per_page: 100, body: 'text' }
    for (const [, key] of route.matchAll(/\{(\w+)\}/g)) params[key as string] = `${key}-1`
    // `request` holds each client's own hook: everything else must be the same
    const shape = (method: Method) => ({ ...(method.endpoint(params) as object), request: undefined })
    expect(shape(scoped(ours.rest, scope, name))).toEqual(shape(scoped(plugin.rest, scope, name)))
  })

  test('every method the source calls is in the table (the type checker holds the rest)', () => {
    expect(methods).toHaveLength(30)
    expect(Object.keys(ours.rest.issues)).toEqual(Object.keys(ROUTES.issues))
    expect(ours.rest.issues.listComments).toBe(ours.rest.issues.listComments)
  })
})
