/**
 * Repository text in every place the comment shows it (metric names, rules, messages, sections,
 * paths, notes, problems, policy targets, model names) must render as literal text in cmark-gfm:
 * no broken table, no HTML, no image or link, no mention or reference, no second marker.
 */
import type { Check, DeclarationSummary, GateResult } from '../../src/core/types.js'
import { renderComment } from '../../src/render/comment.js'
import { parseMarker } from '../../src/core/marker.js'
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
  '**bold** ~~gone~~ $x$',
]

const literal = (text: string): string => text.replace(/\r\n|[\n\r\u2028\u2029]/g, ' ')
const hasBacktick = (text: string): boolean => text.includes('`')

function hostileChecks(): Check[] {
  return HOSTILE.flatMap((name, i): Check[] => [
    fx.threshold(name, 'min', i % 3 === 0 ? 'fail' : 'pass', `at least 0.${i + 1}`, 0.5 + i / 100, {
      baseline: 0.45,
      message: `value of ${name} is off`,
    }),
    fx.vsBaseline(name, i % 4 === 0 ? 'not_evaluated' : 'pass', 'may drop at most 1%', null, 0.5 + i / 100, {
      message: `no baseline for ${name}`,
    }),
    fx.declaration(`sec ${name}`, i % 2 === 0 ? 'fail' : 'pass', `card says ${name}`),
  ])
}

/** A card whose every value is hostile: owners, team, on-call, regulations, dates. */
function hostileSummary(): DeclarationSummary {
  return fx.summary({
    file: `card ${HOSTILE[0]}.md`,
    regulations: HOSTILE,
    legalBasis: HOSTILE.slice(5),
    anonymisation: HOSTILE[10],
    specialCategories: HOSTILE.slice(0, 4),
    owners: HOSTILE,
    team: HOSTILE.join(' '),
    onCall: HOSTILE[10],
    nextReview: HOSTILE[11],
  })
}

/** Declaration checks located in a hostile file, about hostile fields. */
function hostileFieldChecks(): Check[] {
  return HOSTILE.map((text, i) => ({
    ...fx.fieldCheck(`ownership.${text}`, i % 2 ? 'pass' : 'fail', i + 1, `regulation ${text} needs a DPIA`),
    location: { file: `card ${text}.md`, line: i + 1 },
  }))
}

function hostileBlocked(): GateResult {
  const ev = fx.evaluation({
    verdict: 'blocked',
    declarations: hostileSummary(),
    checks: [
      ...hostileChecks(),
      ...hostileFieldChecks(),
      fx.threshold('gone', 'present', 'fail', 'must be present', null, { message: `missing from ${HOSTILE.join(' ')}` }),
    ],
    policy: { source: 'base', path: `policy ${HOSTILE[7]}.yml`, sha: fx.BASE_SHA, note: `note ${HOSTILE[9]}` },
    baseline: { source: 'base', path: `base ${HOSTILE[0]}.json`, sha: fx.BASE_SHA, note: `note ${HOSTILE[14]}` },
    policyChanges: HOSTILE.map((target) => ({
      target,
      field: 'min',
      from: 0.9,
      to: 0.8,
      effect: 'loosens' as const,
      words: `min lowered ${target}`,
      description: `\`${target}\`: min lowered ${target}`,
    })),
  })
  return fx.result([ev])
}

function hostileError(): GateResult {
  const ev = fx.evaluation({
    verdict: 'error',
    checks: [],
    problems: HOSTILE.map((text, i) => ({ file: `f ${text}`, line: i + 1, column: 2, message: `bad ${text}`, fix: `fix ${text}` })),
  })
  return fx.result([ev])
}

function hostileMultiModel(): GateResult {
  const models = HOSTILE.slice(0, 6).map((model, i) =>
    fx.evaluation({ model, verdict: i % 2 ? 'approved' : 'blocked', checks: hostileChecks().slice(0, 6) }),
  )
  return fx.result(models, { modelKey: HOSTILE[5] ?? '', mode: 'advisory' })
}

describe.each<[string, () => GateResult, string[]]>([
  ['blocked', hostileBlocked, HOSTILE],
  ['error', hostileError, HOSTILE],
  ['multi-model, advisory', hostileMultiModel, HOSTILE.slice(0, 6)],
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
    expect(declared).toHaveLength(4)
    const message = textOf(declared?.[3] ?? '')
    if (!hasBacktick(name)) expect(message).toBe(`card says ${literal(name)}`)
  })
})

describe('hostile card values at a glance', () => {
  const markdown = renderComment(hostileBlocked(), fx.CTX)
  const html = renderGfm(markdown)
  const glance = /<strong>Ownership:<\/strong>([^\n]*)<\/p>/.exec(html)?.[1] ?? ''
  const privacy = /<p><strong>Privacy:<\/strong>([^\n]*)<br \/>/.exec(html)?.[1] ?? ''

  test('an `@org/team` owner handle is a code span, which GitHub never turns into a mention', () => {
    expect(glance).toContain('<code>@org/team</code>')
    expect(glance).toContain('<code>@octocat</code>')
    expect(textOutsideCode(glance)).not.toMatch(/(^|[^\w`])@[a-z0-9]/im)
  })

  test('a regulation with `|` and a line break stays on one line and keeps every table whole', () => {
    const card = fx.summary({ regulations: ['GDPR | HIPAA', 'CCPA\n| x | y |\n|---|---|'] })
    const checks = [fx.fieldCheck('privacy.regulations', 'fail', 7, 'regulation `GDPR | HIPAA` and `CCPA\n| x |` need a legal basis')]
    const out = renderComment(fx.result([fx.evaluation({ verdict: 'blocked', checks, declarations: card })]), fx.CTX)
    const rendered = renderGfm(out)
    const line = /<p><strong>Privacy:<\/strong>([^\n]*)<br \/>/.exec(rendered)?.[1] ?? ''
    expect(textOf(line)).toContain('regulations: GDPR | HIPAA, CCPA | x | y | |---|---|')
    expect(out.split('\n').filter((l) => l.startsWith('**Privacy:**'))).toHaveLength(1)
    const tables = tablesOf(rendered)
    expect(tables).toHaveLength(1)
    for (const table of tables) for (const row of table) expect(row).toHaveLength(4)
    expect(textOf(tables[0]?.[1]?.[3] ?? '')).toBe('regulation GDPR | HIPAA and CCPA | x | need a legal basis')
  })

  test('every hostile regulation, owner and team text is shown literally', () => {
    for (const text of HOSTILE) {
      expect(textOf(privacy)).toContain(literal(text))
      expect(textOf(glance)).toContain(literal(text))
    }
  })
})
