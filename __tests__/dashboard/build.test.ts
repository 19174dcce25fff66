import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { parseHistory, type HistoryEntry } from '../../src/core/history/entry.js'
import { downsample, lineChart, ticks } from '../../src/dashboard/chart.js'
import { buildDashboard, modelSlugs } from '../../src/dashboard/build.js'
import { launchChromium, type TestBrowser } from '../helpers/chromium.js'

const FIXTURE = resolve('__tests__/fixtures/history/history.jsonl')
const history = parseHistory(readFileSync(FIXTURE, 'utf8')).entries

function write(files: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'model-gate-dashboard-'))
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

/** `count` merges of one model with six metrics, two KPIs, overrides and advisory stretches. */
function bigHistory(count: number): HistoryEntry[] {
  let seed = 7
  const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  return Array.from({ length: count }, (_, i) => ({
    v: 1,
    time: new Date(Date.UTC(2015, 0, 1) + i * 3_600_000 * 7).toISOString(),
    sha: ((i * 2654435761) % 2 ** 32).toString(16).padStart(8, '0').repeat(5),
    model: i % 2 ? 'ranker' : 'fraud',
    verdict: i % 97 === 0 ? 'blocked' : 'approved',
    mode: i % 1000 < 80 ? 'advisory' : 'enforce',
    metrics: Object.fromEntries(
      ['recall', 'precision', 'auc', 'f1', 'latency_ms', 'ece'].map((m, k) => [m, 0.8 + k / 100 + random() / 50]),
    ),
    limits: { recall: { better: 'higher', min: 0.8 } },
    kpis: { revenue: { value: 1e6 + i * 10 + random() * 1e4, unit: 'EUR' }, users: { value: 5e4 + i } },
    declarations: { ok: true, problems: 0, nextReview: '2027-03-01' },
    ...(i % 500 === 3 ? { override: { by: 'ana', reason: 'ok' } } : {}),
  }))
}

describe('buildDashboard (pure)', () => {
  const files = buildDashboard(history, { now: '2026-11-25T13:00:00.000Z' })

  test('an index and one page per model, no script anywhere, a CSP that forbids fetches', () => {
    expect([...files.keys()].sort()).toEqual(['index.html', 'models/churn-model.html', 'models/fraud-detector.html'])
    for (const html of files.values()) {
      expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org)/i)
      expect(html).toContain("default-src 'none'")
    }
  })

  test('repository text is escaped', () => {
    const hostile = buildDashboard([{ ...history[0]!, model: '<img src=x onerror=alert(1)>', metrics: { '"><script>x</script>': 1 } }])
    const all = [...hostile.values()].join('\n')
    expect(all).not.toMatch(/<img|<script/)
    expect(all).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  test('empty history: an index that says so', () => {
    const empty = buildDashboard([])
    expect([...empty.keys()]).toEqual(['index.html'])
    expect(empty.get('index.html')).toContain('the history is empty')
  })

  test('slugs are unique and file-safe', () => {
    expect([...modelSlugs(['Fraud v2', 'fraud-v2', '../etc', '指标']).values()]).toEqual(['fraud-v2', 'fraud-v2-2', 'etc', 'model'])
  })

  test('downsampling keeps the extremes and bounds the points', () => {
    const values = Array.from({ length: 5000 }, (_, i) => Math.sin(i / 50) + (i === 1234 ? 9 : 0) - (i === 4321 ? 9 : 0))
    const kept = downsample(values, 400)
    expect(kept.length).toBeLessThanOrEqual(400)
    expect(kept).toEqual(expect.arrayContaining([0, 1234, 4321, 4999]))
    expect(downsample([1, 2, 3], 400)).toEqual([0, 1, 2])
    expect(ticks(0.897, 0.933)).toEqual([0.9, 0.91, 0.92, 0.93])
    expect(lineChart([], { title: 'x' })).toContain('No values recorded')
  })
})

describe('dashboard in headless Chromium', () => {
  let chrome: TestBrowser
  let dir: string
  const errors: string[] = []
  const remote: string[] = []

  async function open(path: string): Promise<Page> {
    const page = await chrome.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('request', (request) => {
      if (!request.url().startsWith('file://')) remote.push(request.url())
    })
    await page.goto(pathToFileURL(join(dir, path)).href, { waitUntil: 'load' })
    return page
  }

  beforeAll(async () => {
    chrome = await launchChromium()
    dir = write(buildDashboard(history, { now: '2026-11-25T13:00:00.000Z' }))
  })
  afterAll(async () => {
    await chrome?.close()
    rmSync(dir, { recursive: true, force: true })
  })

  test('the index lists both models with their status and review dates', async () => {
    const page = await open('index.html')
    const text = await page.locator('main').innerText()
    expect(text).toContain('fraud-detector')
    expect(text).toMatch(/churn-model\tapproved\tenforce\t40\t69e7b48 2026-11-05\t1 problem\(s\)\t2026-11-20 \(overdue by 6 days\)/)
    expect(text).toMatch(/fraud-detector\tapproved\tenforce\t60\t1501d44 2026-11-25\tsound\t2027-01-15/)
    await page.click('text=fraud-detector')
    expect(page.url()).toMatch(/models\/fraud-detector\.html$/)
    await page.close()
  })

  test('a model page shows the fixture’s numbers, thresholds, overrides and advisory period', async () => {
    const page = await open('models/fraud-detector.html')
    const text = await page.locator('main').innerText()
    expect(text).toMatch(/recall\t0\.915\t≥ 0\.91\t\d+(st|nd|rd|th) drop in a row, −[\d.]+% over 20 merges/)
    expect(text).toMatch(/precision\t0\.8865\t≥ 0\.85/)
    expect(text).toMatch(/merges recorded\n60\n/i)
    expect(text).toContain('ana\thotfix for holiday traffic')
    expect(text).toContain('bo\tlabel noise in the eval set')
    expect(text).toContain('2026-07-31 – 2026-08-21 (b21e137…2037010)')
    expect(await page.locator('svg.chart').count()).toBe(5)
    expect(await page.locator('svg.chart .threshold').count()).toBe(3)
    expect(await page.locator('svg.chart .override').count()).toBe(10)
    expect(await page.locator('svg.chart .advisory').count()).toBe(5)
    const latest = await page.locator('svg.chart .latest').allTextContents()
    expect(latest).toEqual(['2,304,755 EUR', '28.5', '0.915', '0.8865', '0.9565'])
    if (process.env.MODEL_GATE_SCREENSHOT) await page.screenshot({ path: process.env.MODEL_GATE_SCREENSHOT, fullPage: true })
    await page.close()
  })

  test('5,000 entries: bounded points per chart, loads within 3 s', async () => {
    const big = write(buildDashboard(bigHistory(5000)))
    const page = await chrome.newPage()
    page.on('pageerror', (error) => errors.push(error.message))
    const started = Date.now()
    await page.goto(pathToFileURL(join(big, 'models/fraud.html')).href, { waitUntil: 'load' })
    const elapsed = Date.now() - started
    const timing = await page.evaluate(
      () => (performance.getEntriesByType('navigation' as never)[0] as unknown as { loadEventEnd: number }).loadEventEnd,
    )
    expect(elapsed).toBeLessThan(3000)
    expect(timing).toBeLessThan(3000)
    expect(await page.locator('svg.chart').count()).toBe(8)
    const sizes = await page
      .locator('svg.chart polyline.value')
      .evaluateAll((lines) => lines.map((l) => l.getAttribute('points')!.split(' ').length))
    expect(Math.max(...sizes)).toBeLessThanOrEqual(400)
    expect(await page.locator('main').innerText()).toMatch(/merges recorded\n2500\n/i)
    await page.close()
    rmSync(big, { recursive: true, force: true })
  })

  test('no console error, no request leaves file://', () => {
    expect(errors).toEqual([])
    expect(remote).toEqual([])
  })
})
