import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import type { TrendSeries } from '../../src/core/history/trend.js'
import { mermaidNumber, mermaidText, renderTrendSection, trendChart, yRange } from '../../src/render/trend.js'
import { launchChromium, type TestBrowser } from '../helpers/chromium.js'
import { decodeEntities, renderGfm } from './gfm.js'

const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js')

const series = (over: Partial<TrendSeries> = {}): TrendSeries => ({
  name: 'recall',
  kind: 'metric',
  better: 'higher',
  min: 0.9,
  points: [
    { label: 'a1b2c3d', value: 0.93, candidate: false },
    { label: 'e4f5a6b', value: 0.925, candidate: false },
    { label: 'PR', value: 0.918, candidate: true },
  ],
  ...over,
})

const HOSTILE_NAMES = [
  'recall',
  'a "quoted" name',
  'x-axis ["evil"]\nline [1]',
  '```\n</details><img src=x onerror=alert(1)>',
  '%%{init: {"theme":"dark"}}%%',
  'ping @org/team #12 <!-- model-gate -->',
  'per_class.f1\\.macro',
  'ünïcode 指标 🚀',
  '',
  ';;;{}[]',
  'a'.repeat(300),
]

let chrome: TestBrowser
let page: Page
beforeAll(async () => {
  chrome = await launchChromium()
  page = await chrome.newPage()
  await page.setContent('<!doctype html><html><body></body></html>')
  await page.addScriptTag({ path: MERMAID })
  await page.evaluate(() =>
    (globalThis as unknown as { mermaid: { initialize(o: object): void } }).mermaid.initialize({ startOnLoad: false }),
  )
})
afterAll(() => chrome?.close())

/** Mermaid's own verdict on a chart: undefined when it parses, else its error message. */
async function parseError(text: string): Promise<string | undefined> {
  return page.evaluate(async (source) => {
    try {
      await (globalThis as unknown as { mermaid: { parse(t: string): Promise<unknown> } }).mermaid.parse(source)
      return undefined
    } catch (error) {
      return String((error as Error).message ?? error)
    }
  }, text)
}

describe('trendChart', () => {
  test('the chart: title, short SHAs, padded range, values and the threshold line', () => {
    expect(trendChart(series())).toBe(
      [
        'xychart-beta',
        '  title "recall"',
        '  x-axis ["a1b2c3d", "e4f5a6b", "PR"]',
        '  y-axis "recall" 0.897 --> 0.933',
        '  line [0.93, 0.925, 0.918]',
        '  line [0.9, 0.9, 0.9]',
      ].join('\n'),
    )
  })

  test('Mermaid parses every chart, hostile names and odd numbers included', async () => {
    const charts = [
      ...HOSTILE_NAMES.map((name) => trendChart(series({ name, unit: name.slice(0, 5) }))!),
      trendChart(series({ min: undefined, max: 1e-7, points: [{ label: 'x', value: 1.5e-8, candidate: false }] }))!,
      trendChart(
        series({
          min: -3,
          max: 3,
          points: [
            { label: 'zero', value: 0, candidate: false },
            { label: 'PR', value: -1e21, candidate: true },
          ],
        }),
      )!,
      trendChart(
        series({ points: Array.from({ length: 21 }, (_, i) => ({ label: `${i}`.repeat(7), value: 0.9 - i * 1e-4, candidate: i === 20 })) }),
      )!,
    ]
    for (const chart of charts) expect(await parseError(chart)).toBeUndefined()
  })

  test('property: any name, unit, labels and finite values give a chart Mermaid accepts', async () => {
    const value = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 })
    const samples = fc.sample(
      fc.record({
        name: fc.string({ unit: 'binary', maxLength: 40 }),
        unit: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }),
        values: fc.array(fc.tuple(fc.string({ maxLength: 10 }), value), { minLength: 1, maxLength: 25 }),
        min: fc.option(value, { nil: undefined }),
      }),
      { numRuns: 150, seed: 42 },
    )
    for (const sample of samples) {
      const chart = trendChart(
        series({
          name: sample.name,
          unit: sample.unit,
          min: sample.min,
          points: sample.values.map(([label, v]) => ({ label, value: v, candidate: false })),
        }),
      )!
      expect([chart, await parseError(chart)]).toEqual([chart, undefined])
    }
  })

  test('the parser check can fail: broken charts are rejected', async () => {
    expect(await parseError('xychart-beta\n  line [0.2, ')).toMatch(/Parse error/)
    expect(await parseError('xychart-beta\n  title "a "quoted" name"\n  line [1, 2]')).toMatch(/error/i)
  })

  test('no point, no chart', () => {
    expect(trendChart(series({ points: [] }))).toBeUndefined()
  })
})

describe('escaping', () => {
  test.each(HOSTILE_NAMES)('%j stays one safe Mermaid string', (name) => {
    const text = mermaidText(name)
    expect(text).not.toMatch(/["\n\r`<>#%;{}[\]@]/)
    expect([...text].length).toBeLessThanOrEqual(60)
  })

  test.each([
    [0.1, '0.1'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [-2.5e-10, '-0.00000000025'],
    [0.1 + 0.2, '0.3'],
    [123456789, '123457000'],
  ])('number %d → %s', (value, text) => {
    expect(mermaidNumber(value)).toBe(text)
  })

  test('range padding', () => {
    expect(yRange([1, 2])).toEqual([0.9, 2.1])
    expect(yRange([2, 2])).toEqual([1.9, 2.1])
    expect(yRange([0, 0])).toEqual([-1, 1])
  })
})

describe('renderTrendSection', () => {
  test('a collapsed section with one fenced chart per series', () => {
    const section = renderTrendSection([series(), series({ name: 'latency', better: 'lower', min: undefined, max: 50 })], {
      headline: 'recall: 2nd drop in a row <b>',
    })
    expect(section.startsWith('<details>\n<summary>recall: 2nd drop in a row &lt;b&gt;</summary>')).toBe(true)
    expect(section.match(/```mermaid\n/g)).toHaveLength(2)
    expect(section.trimEnd().endsWith('</details>')).toBe(true)
  })

  test('no history: no section at all (a candidate alone is no trend)', () => {
    expect(renderTrendSection([])).toBe('')
    expect(renderTrendSection([series({ points: [{ label: 'PR', value: 1, candidate: true }] })])).toBe('')
  })

  test('rendered as GitHub does (cmark-gfm), each code block is a chart Mermaid accepts', async () => {
    const section = renderTrendSection(
      HOSTILE_NAMES.map((name) => series({ name })),
      { headline: 'recall: 6th drop in a row' },
    )
    const html = renderGfm(section)
    const blocks = [...html.matchAll(/<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g)].map((m) => decodeEntities(m[1]!))
    expect(blocks).toHaveLength(HOSTILE_NAMES.length)
    expect(html).toContain('<details>')
    expect(html).toContain('<summary>recall: 6th drop in a row</summary>')
    for (const block of blocks) expect(await parseError(block)).toBeUndefined()
    expect(html.replace(/<pre>[\s\S]*?<\/pre>/g, '')).not.toMatch(/<img|<script|@org/)
  })

  test('a hostile name cannot close the code fence or the details', () => {
    const section = renderTrendSection(HOSTILE_NAMES.map((name) => series({ name })))
    const fences = section.split('\n').filter((line) => line.startsWith('```'))
    expect(fences).toHaveLength(HOSTILE_NAMES.length * 2)
    expect(section.match(/<\/details>/g)).toHaveLength(1)
    expect(section).not.toMatch(/<img|<!--|@org/)
  })
})
