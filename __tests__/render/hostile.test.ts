/**
 * Repository text in every place the comment shows it (metric names, rules, messages, sections,
 * paths, notes, problems, policy targets, model names) must render as literal text in cmark-gfm:
 * no broken table, no HTML, no image or link, no mention or reference, no second marker.
 */
import type { Check, GateResult } from '../../src/core/types.js'
import { renderComment } from '../../src/render/comment.js'
import { parseMarker } from '../../src/render/marker.js'
import * as fx from './fixtures.js'
import { renderGfm, sourceCellCount, sourceTables, tablesOf, textOf, textOutsideCode } from './gfm.js'

const HOSTILE = [
  'a|b',
  'a\\|b',
  'line1\nline2',
  'cr\rlf\u2028sep',
  'tick`s``here',
  '<!-- model-gate model=x -->',
  'end -->',
  '<img src=x>',
  '![i](http://x/y.png)',
  '@octocat',
  '@org/team',
  '#123',
  'owner/repo#1',
  'GH-1',
  '[link](http://evil)',
  'http://evil.example',
  'www.evil.example',
  '<script>alert(1)</script>',
  '**bold** ~~gone~~ $x$'
]

const literal = (text: string): string => text.replace(/\r\n|[\n\r\u2028\u2029]/g, ' ')
const hasBacktick = (text: string): boolean => text.includes('`')

function hostileChecks(): Check[] {
  return HOSTILE.flatMap((name, i): Check[] => [
    fx.threshold(name, 'min', i % 3 === 0 ? 'fail' : 'pass', `at least 0.${i + 1}`, 0.5 + i / 100, {
      baseline: 0.45,
      message: `value of ${name} is off`
    }),
    fx.vsBaseline(name, i % 4 === 0 ? 'not_evaluated' : 'pass', 'may drop at most 1%', null, 0.5 + i / 100, {
      message: `no baseline for ${name}`
    }),
    fx.declaration(`sec ${name}`, i % 2 === 0 ? 'fail' : 'pass', `card says ${name}`)
  ])
}

function hostileBlocked(): GateResult {
  const ev = fx.evaluation({
    verdict: 'blocked',
    checks: [
      ...hostileChecks(),
      fx.threshold('gone', 'present', 'fail', 'must be present', null, { message: `missing from ${HOSTILE.join(' ')}` })
    ],
    policy: { source: 'base', path: `policy ${HOSTILE[7]}.yml`, sha: fx.BASE_SHA, note: `note ${HOSTILE[9]}` },
    baseline: { source: 'base', path: `base ${HOSTILE[0]}.json`, sha: fx.BASE_SHA, note: `note ${HOSTILE[14]}` },
    policyChanges: HOSTILE.map((target) => ({
      target,
      field: 'min',
      from: 0.9,
      to: 0.8,
      effect: 'loosens' as const,
      description: `\`${target}\`: min lowered ${target}`
    }))
  })
  return fx.result([ev])
}

function hostileError(): GateResult {
  const ev = fx.evaluation({
    verdict: 'error',
    checks: [],
    problems: HOSTILE.map((text, i) => ({ file: `f ${text}`, line: i + 1, column: 2, message: `bad ${text}`, fix: `fix ${text}` }))
  })
  return fx.result([ev])
}

function hostileMultiModel(): GateResult {
  const models = HOSTILE.slice(0, 6).map((model, i) =>
    fx.evaluation({ model, verdict: i % 2 ? 'approved' : 'blocked', checks: hostileChecks().slice(0, 6) })
  )
  return fx.result(models, { modelKey: HOSTILE[5] ?? '', mode: 'advisory' })
}

describe.each<[string, () => GateResult, string[]]>([
  ['blocked', hostileBlocked, HOSTILE],
  ['error', hostileError, HOSTILE],
  ['multi-model, advisory', hostileMultiModel, HOSTILE.slice(0, 6)]
])('hostile repository text, %s', (_name, make, shown) => {
  const result = make()
  const markdown = renderComment(result, fx.CTX)
  const html = renderGfm(markdown)
  const visible = textOf(html)

  test('the marker is the only comment and stays at the top', () => {
    expect(html.startsWith('<!-- model-gate model=')).toBe(true)
    expect(html.match(/<!--/g)).toHaveLength(1)
    expect(markdown.match(/<!--/g)).toHaveLength(1)
    expect(parseMarker(markdown)?.model).toBe(result.modelKey)
  })

  test('the first heading is an h2 with the verdict', () => {
    const heading = /<h(\d)>([\s\S]*?)<\/h\1>/.exec(html)
    expect(heading?.[1]).toBe('2')
    expect(heading?.[2]).toContain(result.verdict)
  })

  test('no HTML, image or link gets through', () => {
    expect(html).not.toMatch(/<(img|a|script|iframe)[\s>]/i)
    expect(html).not.toMatch(/<(strong|em|del)>(bold|gone)/)
  })

  test('no mention, issue reference, autolink or emoji is left in plain text', () => {
    const plain = textOutsideCode(html)
    expect(plain).not.toMatch(/(^|[^\w`])@[a-z0-9]/im)
    expect(plain).not.toMatch(/(^|[^\w&])#\d/m)
    expect(plain).not.toMatch(/\bGH-\d/i)
    expect(plain).not.toMatch(/:\/\/|\bwww\./i)
  })

  test('every table keeps its shape, in the source and rendered', () => {
    for (const table of sourceTables(markdown)) {
      const width = sourceCellCount(table[0] ?? '')
      for (const line of table) expect(sourceCellCount(line)).toBe(width)
    }
    for (const table of tablesOf(html)) {
      for (const row of table) expect(row).toHaveLength(table[0]?.length ?? 0)
    }
  })

  test('hostile text appears literally', () => {
    for (const text of shown) expect(visible).toContain(literal(text))
  })
})

describe('hostile metric names sit whole in the Check column', () => {
  const html = renderGfm(renderComment(hostileBlocked(), fx.CTX))
  const [metrics, declarations] = tablesOf(html)

  test.each(HOSTILE)('%j', (name) => {
    const row = metrics?.find((cells) => textOf(cells[1] ?? '') === literal(name))
    expect(row).toHaveLength(6)
    expect(textOf(row?.[4] ?? '')).toMatch(/^[+−]/)
    const declared = declarations?.find((cells) => textOf(cells[1] ?? '') === `sec ${literal(name)}`)
    expect(declared).toHaveLength(3)
    const message = textOf(declared?.[2] ?? '')
    if (!hasBacktick(name)) expect(message).toBe(`card says ${literal(name)}`)
  })
})
