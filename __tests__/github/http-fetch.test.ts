import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { httpFetch } from '../../src/github/http-fetch.js'

/** Two servers (two origins): each answers by path, and echoes what it was sent. */
let one: Server
let two: Server
const base = (server: Server): string => `http://127.0.0.1:${(server.address() as AddressInfo).port}`

function handler(req: IncomingMessage, res: ServerResponse): void {
  const chunks: Buffer[] = []
  req.on('data', (c: Buffer) => chunks.push(c))
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'http://x')
    const echo = JSON.stringify({
      method: req.method,
      path: url.pathname,
      auth: req.headers.authorization ?? null,
      body: Buffer.concat(chunks).toString(),
    })
    const text = 'héllo ✓ '.repeat(50)
    switch (url.pathname) {
      case '/json':
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', link: '<x>; rel="next"', 'x-many': ['a', 'b'] })
        return void res.end(echo)
      case '/gzip':
        res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' })
        return void res.end(gzipSync(text))
      case '/br':
        res.writeHead(200, { 'content-encoding': 'br', 'content-type': 'text/plain' })
        return void res.end(brotliCompressSync(text))
      case '/deflate':
        res.writeHead(200, { 'content-encoding': 'deflate', 'content-type': 'text/plain' })
        return void res.end(deflateSync(text))
      case '/empty':
        res.writeHead(204)
        return void res.end()
      case '/missing':
        res.writeHead(404, { 'content-type': 'application/json' })
        return void res.end('{"message":"Not Found"}')
      case '/bytes':
        res.writeHead(200, { 'content-type': 'application/octet-stream' })
        return void res.end(Buffer.from([0, 1, 2, 255]))
      default: {
        const m = /^\/redirect\/(\d+)(\/other)?$/.exec(url.pathname)
        if (m) {
          res.writeHead(Number(m[1]), { location: `${m[2] ? base(two) : ''}/json` })
          return void res.end()
        }
        if (url.pathname === '/loop') {
          res.writeHead(302, { location: '/loop' })
          return void res.end()
        }
        res.writeHead(500)
        res.end()
      }
    }
  })
}

beforeAll(async () => {
  one = createServer(handler)
  two = createServer(handler)
  await Promise.all([one, two].map((s) => new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve))))
})
afterAll(async () => {
  for (const s of [one, two]) s.closeAllConnections()
  await Promise.all([one, two].map((s) => new Promise((resolve) => s.close(resolve))))
})

/** What Octokit reads of a response. */
async function seen(response: Response, read: 'text' | 'bytes' = 'text'): Promise<unknown> {
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !['date', 'keep-alive', 'connection'].includes(name)))
  const body = read === 'text' ? await response.text() : [...new Uint8Array(await response.arrayBuffer())]
  return { status: response.status, url: response.url, contentType: response.headers.get('content-type'), headers, body }
}

describe('httpFetch answers as node’s fetch does', () => {
  test.each([
    { name: 'GET with a JSON answer', path: '/json', init: { headers: { authorization: 'token x' } } },
    { name: 'POST with a body', path: '/json', init: { method: 'POST', body: '{"a":1}', headers: { 'content-type': 'application/json' } } },
    { name: 'gzip', path: '/gzip' },
    { name: 'brotli', path: '/br' },
    { name: 'deflate', path: '/deflate' },
    { name: '204', path: '/empty' },
    { name: '404', path: '/missing' },
    { name: '301 GET followed', path: '/redirect/301', init: { headers: { authorization: 'token x' } } },
    { name: '302 POST becomes a GET', path: '/redirect/302', init: { method: 'POST', body: 'x' } },
    { name: '303 PATCH becomes a GET', path: '/redirect/303', init: { method: 'PATCH', body: 'x' } },
    { name: '307 POST keeps its body', path: '/redirect/307', init: { method: 'POST', body: 'kept' } },
    { name: '308 PUT keeps its body', path: '/redirect/308', init: { method: 'PUT', body: 'kept' } },
    { name: 'a redirect to another origin drops the token', path: '/redirect/302/other', init: { headers: { authorization: 'token x' } } },
  ] as { name: string; path: string; init?: RequestInit }[])('$name', async ({ path, init }) => {
    const url = `${base(one)}${path}`
    const expected = await seen(await fetch(url, init))
    expect(await seen(await httpFetch(url, init))).toEqual(expected)
  })

  test('bytes', async () => {
    const url = `${base(one)}/bytes`
    expect(await seen(await httpFetch(url), 'bytes')).toEqual(await seen(await fetch(url), 'bytes'))
  })

  test('a HEAD request has no body', async () => {
    const url = `${base(one)}/json`
    expect((await httpFetch(url, { method: 'HEAD' })).status).toBe((await fetch(url, { method: 'HEAD' })).status)
  })

  test('the body streams as bytes', async () => {
    const response = await httpFetch(`${base(one)}/gzip`)
    const chunks: Uint8Array[] = []
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk)
    expect(Buffer.concat(chunks).toString()).toBe('héllo ✓ '.repeat(50))
  })

  test('too many redirects, a refused connection and a bad port fail as fetch fails', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const refused = base(closed)
    await new Promise((resolve) => closed.close(resolve))
    for (const url of [`${base(one)}/loop`, `${refused}/nothing`, 'http://127.0.0.1:9/nothing', 'http://127.0.0.1:6000/']) {
      const theirs = await fetch(url).catch((error: Error) => error)
      const ours = await httpFetch(url).catch((error: Error) => error)
      expect(ours).toBeInstanceOf(TypeError)
      const shown = (error: unknown): unknown[] => {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause
        return [(error as Error).message, cause?.code, cause?.message]
      }
      expect(shown(ours)).toEqual(shown(theirs))
    }
  })
})
