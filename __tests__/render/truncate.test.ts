/**
 * Cutting the PR comment to GitHub's 65,536-character limit and the job summary to 1 MiB: the
 * marker, the verdict, the summary line and the failing rows stay; rows and blocks are whole;
 * tables keep their header; the note says where the rest is. The fitter reads the document the
 * renderer built (its blocks and priorities), never the Markdown: comments come from the real
 * renderer's renderCommentDoc, and generated documents hold text that looks like tables, failing
 * rows, headings and `<details>` where the data says otherwise.
 */
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import type { Check, Evaluation, GateProblem, GateResult } from '../../src/core/types.js'
import { renderComment, renderCommentDoc, renderSummary, renderSummaryDoc } from '../../src/render/comment.js'
import { PRIORITY, docMarkdown, type CommentDoc, type DocBlock, type Priority, type TableBlock } from '../../src/render/doc.js'
import { parseMarker } from '../../src/core/marker.js'
import { COMMENT_LIMIT, SUMMARY_LIMIT, commentLength, fitComment, fitSummary, utf8Length } from '../../src/render/truncate.js'
import { renderGfm, sourceCellCount, sourceTables, tablesOf } from './gfm.js'

const HEAD = '4f2c1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a'
const BASE = '1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b'
const RUN_URL = 'https://github.com/acme/fraud-model/actions/runs/4242'
const CTX = { policyPath: '.github/model-gate.yml', runUrl: RUN_URL, repoUrl: 'https://github.com/acme/fraud-model' }

function check(metric: string, status: Check['status']): Check {
  const candidate = status === 'fail' ? 0.5 : 0.95
  return {
    id: `threshold:${metric}:min`,
    kind: 'threshold',
    metric,
    status,
    severity: 'block',
    candidate,
    rule: 'at least 0.9',
    message: `${metric} is ${candidate}; at least 0.9`,
    gate: metric,
  }
}

function evaluation(model: string, checks: Check[], problems: GateProblem[] = []): Evaluation {
  const verdict = problems.length ? 'error' : checks.some((c) => c.status === 'fail') ? 'blocked' : 'approved'
  return {
    model,
    verdict,
    mode: 'enforce',
    checks,
    problems,
    policy: { source: 'base', path: '.github/model-gate.yml', sha: BASE },
    baseline: { source: 'base', path: 'eval/metrics.json', sha: BASE },
    candidate: { source: 'workspace', path: 'eval/metrics.json', sha: HEAD },
    policyChanges: [],
  }
}

function result(evaluations: Evaluation[]): GateResult {
  const verdict = evaluations.some((e) => e.verdict === 'error')
    ? 'error'
    : evaluations.some((e) => e.verdict === 'blocked')
      ? 'blocked'
      : 'approved'
  return {
    verdict,
    mode: 'enforce',
    evaluations,
    modelKey: evaluations.length > 1 ? 'all' : 'default',
    headSha: HEAD,
    baseSha: BASE,
    policyPath: '.github/model-gate.yml',
  }
}

/** A metric name of about `length` characters, unique per `i`. */
const longName = (prefix: string, i: number, length: number): string => `${prefix}_${i}_${'x'.repeat(length)}`

/** `failing` failing and `passing` passing metrics with long names, failing ones listed last in the input. */
function checks(failing: number, passing: number, nameLength: number, prefix = 'm'): Check[] {
  return [
    ...Array.from({ length: passing }, (_, i) => check(longName(`${prefix}_pass`, i, nameLength), 'pass')),
    ...Array.from({ length: failing }, (_, i) => check(longName(`${prefix}_fail`, i, nameLength), 'fail')),
  ]
}

/** Every line of `cut` is a whole line of `full`, except the note's. */
function expectWholeLines(cut: string, full: string): void {
  const lines = new Set(full.split('\n'))
  const foreign = cut.split('\n').filter((line) => !lines.has(line) && !/^\*\*This (?:comment|summary) was shortened/.test(line))
  expect(foreign).toEqual([])
}

/** Every Markdown table has its header and delimiter row, every row the header's cell count, and renders. */
function expectWellFormedTables(markdown: string): void {
  const tables = sourceTables(markdown)
  for (const table of tables) {
    expect(table.length).toBeGreaterThanOrEqual(3)
    expect(table[1]).toMatch(/^\|(?:\s*:?-+:?\s*\|)+$/)
    const width = sourceCellCount(table[0]!)
    expect(table.map(sourceCellCount)).toEqual(table.map(() => width))
  }
  expect(tablesOf(renderGfm(markdown)).length).toBe(tables.length)
}

const metricsInTable = (markdown: string): string[] => [...markdown.matchAll(/^\| \S+ \| `([^`]+)` \|/gm)].map((m) => m[1]!)

const COMMENT_NOTE =
  "**This comment was shortened to fit GitHub's size limit:** it shows the verdict and the failing checks first, " +
  "and leaves out some rows and sections. The full result is in this workflow run's job summary."
const SUMMARY_NOTE =
  '**This summary was shortened to fit the size limit of a job summary:** it shows the verdict and the failing ' +
  'checks first, and leaves out some rows and sections. The full result is in the JSON report (the `report` output).'

/** The first table of a document: the metrics table of a comment. */
function tableOf(doc: CommentDoc): TableBlock {
  const table = doc.blocks.find((b): b is TableBlock => b.kind === 'table')
  if (!table) throw new Error('no table in the document')
  return table
}

describe('fitComment', () => {
  test('leaves a comment within the limit as it is: the Markdown of the document', () => {
    const r = result([evaluation('default', checks(3, 5, 20))])
    const body = renderComment(r, CTX)
    expect(docMarkdown(renderCommentDoc(r, CTX))).toBe(body)
    expect(fitComment(renderCommentDoc(r, CTX))).toBe(body)
    expect(fitSummary(renderSummaryDoc(r, CTX))).toBe(renderSummary(r, CTX))
  })

  test('the renderer marks the verdict, the summary line and the failing rows by data', () => {
    const doc = renderCommentDoc(result([evaluation('default', checks(2, 3, 5))]), CTX)
    expect(doc.marker).toBe(`<!-- model-gate model=default head=${HEAD} -->`)
    expect(doc.blocks[0]).toEqual({ kind: 'text', text: '## ❌ model-gate: blocked — 2 of 5 metrics fail', priority: PRIORITY.verdict })
    expect(doc.blocks[1]).toMatchObject({ kind: 'text', priority: PRIORITY.lead })
    expect(tableOf(doc).rows.map((row) => row.priority)).toEqual([3, 3, 4, 4, 4])
  })

  test('a blocked comment over 65,536 characters keeps marker, verdict, summary line, all failing rows; passing rows go first', () => {
    const r = result([evaluation('default', checks(12, 28, 1500))])
    const full = renderComment(r, CTX)
    expect(commentLength(full)).toBeGreaterThan(COMMENT_LIMIT)
    const cut = fitComment(renderCommentDoc(r, CTX), COMMENT_LIMIT, { runUrl: RUN_URL })

    expect(commentLength(cut)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(parseMarker(cut)).toEqual({ model: 'default', head: HEAD })
    const lines = cut.split('\n')
    expect(lines[1]).toBe('## ❌ model-gate: blocked — 12 of 40 metrics fail')
    const summaryLine = full.split('\n\n')[1]!
    expect(summaryLine).toMatch(/^\*\*m\\_fail\\_0\\_x+\*\* is 0\.5/)
    expect(cut.split('\n\n')[1]).toBe(summaryLine)
    const shown = metricsInTable(cut)
    expect(shown.filter((name) => name.includes('_fail_'))).toHaveLength(12)
    expect(shown.length).toBeLessThan(40)
    expect(shown.slice(0, 12).every((name) => name.includes('_fail_'))).toBe(true)
    expectWholeLines(cut, full)
    expectWellFormedTables(cut)
    expect(cut.trimEnd().split('\n').at(-1)).toBe(
      "**This comment was shortened to fit GitHub's size limit:** it shows the verdict and the failing checks first, " +
        `and leaves out some rows and sections. The full result is in the [job summary of this run](<${RUN_URL}>).`,
    )
  })

  test('without a run URL the note points to the job summary in words', () => {
    const doc = renderCommentDoc(result([evaluation('default', checks(2, 38, 2000))]), { policyPath: '.github/model-gate.yml' })
    expect(fitComment(doc)).toMatch(/The full result is in this workflow run's job summary\.\n$/)
    expect(fitComment(doc).endsWith(`\n\n${COMMENT_NOTE}\n`)).toBe(true)
  })

  test('several models: every model heading and the failing rows of the last model beat the passing rows of the first', () => {
    const models = Array.from({ length: 6 }, (_, i) => evaluation(`model-${i}`, checks(i === 5 ? 4 : 0, 30, 400, `m${i}`)))
    const r = result(models)
    const full = renderComment(r, CTX)
    expect(commentLength(full)).toBeGreaterThan(COMMENT_LIMIT)
    const doc = renderCommentDoc(r, CTX)
    expect(doc.blocks.filter((b) => b.kind === 'section')).toHaveLength(6)
    const cut = fitComment(doc, COMMENT_LIMIT, { runUrl: RUN_URL })

    expect(commentLength(cut)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(cut.split('\n')[1]).toBe('## ❌ model-gate: blocked — 1 of 6 models blocked')
    for (let i = 0; i < 6; i++) expect(cut).toMatch(new RegExp(`^### [✅❌] model \`model-${i}\`: `, 'm'))
    const shown = metricsInTable(cut)
    expect(shown.filter((name) => name.startsWith('m5_fail_'))).toHaveLength(4)
    expect(shown.filter((name) => name.includes('_pass_')).length).toBeLessThan(150)
    expectWholeLines(cut, full)
    expectWellFormedTables(cut)
  })

  test('an error with thousands of problems is cut after a whole problem line', () => {
    const problems = Array.from({ length: 3000 }, (_, i) => ({
      file: 'eval/metrics.json',
      line: i + 1,
      message: `value ${i} of \`scores\` is not a number`,
    }))
    const r = result([evaluation('default', [], problems)])
    const full = renderComment(r, CTX)
    expect(commentLength(full)).toBeGreaterThan(COMMENT_LIMIT)
    const cut = fitComment(renderCommentDoc(r, CTX))

    expect(commentLength(cut)).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(cut.split('\n')[1]).toBe('## ⚠️ model-gate: error — the gate could not be evaluated')
    expect(cut).toContain('**Problems:**\n- `eval/metrics.json:1` — value 0 of')
    expectWholeLines(cut, full)
    const kept = cut.split('\n').filter((line) => line.startsWith('- `eval/metrics.json:'))
    expect(kept.length).toBeGreaterThan(100)
    expect(kept.length).toBeLessThan(3000)
  })

  test('a <details> element is kept or left out whole, never cut open', () => {
    const rows = Array.from({ length: 300 }, (_, i) => `| ✅ | \`field_${i}\` | ${i} | ${'ok '.repeat(40)} |`)
    const details = [
      '<details open><summary>Declarations</summary>',
      '',
      '| | Field | Line | Result |',
      '|:-:|---|---|---|',
      ...rows,
      '',
      '</details>',
    ].join('\n')
    const tail = `Provenance: ${'read at base; '.repeat(1500)}`
    const doc: CommentDoc = {
      marker: `<!-- model-gate model=default head=${HEAD} -->`,
      blocks: [
        { kind: 'text', text: '## ❌ model-gate: blocked — 1 of 2 checks fails', priority: PRIORITY.verdict },
        { kind: 'text', text: '**accuracy** is 0.5', priority: PRIORITY.lead },
        { kind: 'text', text: details },
        { kind: 'text', text: tail },
        { kind: 'text', text: 'Policy read at base.' },
      ],
    }
    const full = docMarkdown(doc)
    expect(commentLength(details)).toBeGreaterThan(38_000)
    expect(commentLength(full)).toBeGreaterThan(60_000)

    const small = fitComment(doc, 30_000)
    expect(commentLength(small)).toBeLessThanOrEqual(30_000)
    expect(small).not.toMatch(/<\/?details/)
    expect(small).toContain(tail)
    expect(small).toContain('Policy read at base.')

    const large = fitComment(doc, 45_000)
    expect(commentLength(large)).toBeLessThanOrEqual(45_000)
    expect(large).toContain(details)
    expect(large).not.toContain(tail)
    expectWellFormedTables(large)
  })

  test('the declarations <details> of a real comment is one block, kept or left out whole', () => {
    const declarations: Check[] = Array.from({ length: 200 }, (_, i) => ({
      id: `declaration:ownership.field_${i}`,
      kind: 'declaration',
      field: `ownership.field_${i}`,
      status: i === 0 ? 'fail' : 'pass',
      severity: 'block',
      rule: 'declared',
      message: `ownership.field_${i} ${'is declared and sound '.repeat(8)}`,
      location: { file: 'MODEL_CARD.md', line: i + 1 },
    }))
    const r = result([{ ...evaluation('default', [...checks(1, 30, 300), ...declarations]), verdict: 'blocked' }])
    const doc = renderCommentDoc(r, CTX)
    const details = doc.blocks.find((b) => b.kind === 'text' && b.text.startsWith('<details'))
    expect(details).toBeDefined()
    const text = details?.kind === 'text' ? details.text : ''
    expect(text).toContain('\n\n| | Field | Line | Result |')
    const full = docMarkdown(doc)
    expect(commentLength(text)).toBeGreaterThan(30_000)
    const keptWhole: boolean[] = []
    for (const limit of [20_000, 40_000, 60_000, commentLength(full) - 1]) {
      const cut = fitComment(doc, limit)
      expect(commentLength(cut)).toBeLessThanOrEqual(limit)
      keptWhole.push(cut.includes(text))
      if (!cut.includes(text)) expect(cut).not.toMatch(/<\/?details|\| Field \|/)
      expectWholeLines(cut, full)
      expectWellFormedTables(cut)
    }
    expect(keptWhole).toContain(true)
    expect(keptWhole).toContain(false)
  })

  test('fitted by data, not text: passing rows that read `| ❌ |` go first, failing rows that read `| ✅ |` stay, listed last', () => {
    const r = result([evaluation('default', checks(10, 30, 1500))])
    const doc = renderCommentDoc(r, CTX)
    const table = tableOf(doc)
    const lie = (text: string, icon: string): string => `| ${icon} |${text.slice(text.indexOf('|', 1) + 1)}`
    const forged: CommentDoc = {
      ...doc,
      blocks: doc.blocks.map((b) =>
        b === table
          ? {
              ...table,
              rows: table.rows.map((row) => ({ ...row, text: lie(row.text, row.priority === PRIORITY.failing ? '✅' : '❌') })).reverse(),
            }
          : b,
      ),
    }
    const forgedTable = tableOf(forged)
    expect(forgedTable.rows.filter((row) => row.text.startsWith('| ❌ |'))).toHaveLength(30)
    expect(forgedTable.rows.filter((row) => row.priority === PRIORITY.failing).every((row) => row.text.startsWith('| ✅ |'))).toBe(true)
    expect(commentLength(docMarkdown(forged))).toBeGreaterThan(COMMENT_LIMIT)

    const cut = fitComment(forged)
    expect(commentLength(cut)).toBeLessThanOrEqual(COMMENT_LIMIT)
    const shown = metricsInTable(cut)
    expect(shown.filter((name) => name.includes('_fail_'))).toHaveLength(10)
    expect(shown.filter((name) => name.includes('_pass_')).length).toBeLessThan(30)
    expect(shown.slice(-10).every((name) => name.includes('_fail_'))).toBe(true)
    expect(cut.split('\n').filter((line) => line.startsWith('| ✅ |'))).toHaveLength(10)
    expectWholeLines(cut, docMarkdown(forged))
  })

  test('hostile metric names that read `| ❌ |` and `## x` are escaped, and the failing rows are kept first', () => {
    const hostile = checks(4, 36, 2000).map((c) => ({ ...c, metric: c.status === 'pass' ? `${c.metric}| ❌ |\n\n## x` : c.metric }))
    const doc = renderCommentDoc(result([evaluation('default', hostile)]), CTX)
    expect(tableOf(doc).rows.filter((row) => row.text.includes('❌')).length).toBe(40)
    const cut = fitComment(doc)
    expect(commentLength(cut)).toBeLessThanOrEqual(COMMENT_LIMIT)
    const kept = tableOf(doc).rows.flatMap((row, i) => (cut.includes(`${row.text}\n`) ? [i] : []))
    expect(kept.slice(0, 4)).toEqual([0, 1, 2, 3])
    expect(kept.length).toBeGreaterThan(4)
    expect(kept.length).toBeLessThan(40)
    expectWholeLines(cut, docMarkdown(doc))
    expectWellFormedTables(cut)
  })

  test('counts UTF-16 units: a row of emoji (outside the BMP) counts twice its characters', () => {
    const emoji = '🦄'.repeat(1000)
    const r = result([
      evaluation(
        'default',
        checks(30, 10, 10).map((c, i) => ({ ...c, metric: `${c.metric}_${emoji}`, id: `${c.id}${i}` })),
      ),
    ])
    const full = renderComment(r, CTX)
    expect([...full].length).toBeLessThan(COMMENT_LIMIT)
    expect(full.length).toBeGreaterThan(COMMENT_LIMIT)
    const cut = fitComment(renderCommentDoc(r, CTX))
    expect(cut.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    expect(cut).not.toBe(full)
    expectWholeLines(cut, full)
  })

  test('a limit below the heading still gives at most `limit` characters, the marker first', () => {
    const doc = renderCommentDoc(result([evaluation('default', checks(3, 3, 50))]), CTX)
    for (const limit of [0, 1, 30, 60, 100, 200, 400]) {
      const cut = fitComment(doc, limit)
      expect(commentLength(cut)).toBeLessThanOrEqual(limit)
      expect(`<!-- model-gate model=default head=${HEAD} -->\n`.startsWith(cut) || cut.startsWith('<!-- model-gate model=default')).toBe(
        true,
      )
      if (limit >= 60) expect(cut.startsWith('<!-- model-gate model=default')).toBe(true)
    }
  })

  test('any document and any limit: never over the limit, whole blocks, lines and rows, kept by priority while they fit', () => {
    fc.assert(
      fc.property(shapeDoc, fc.integer({ min: 0, max: 3000 }), (shape, limit) => {
        const { doc, units } = build(shape)
        const full = docMarkdown(doc)
        for (const [cut, measure, note] of [
          [fitComment(doc, limit), commentLength, COMMENT_NOTE],
          [fitSummary(doc, limit), utf8Length, SUMMARY_NOTE],
        ] as const) {
          expect(measure(cut)).toBeLessThanOrEqual(limit)
          if (measure(full) <= limit) {
            expect(cut).toBe(full)
            continue
          }
          expectFitted(doc, units, cut, limit, measure, note)
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('fitSummary', () => {
  test('cuts a job summary over 1 MiB (UTF-8 bytes) to below it, failing rows and heading kept', () => {
    const r = result([
      evaluation(
        'default',
        checks(5, 35, 20_000).map((c) => ({ ...c, metric: c.metric!.replace(/x/g, 'é') })),
      ),
    ])
    const full = renderSummary(r, CTX)
    expect(utf8Length(full)).toBeGreaterThan(1024 * 1024)
    expect(full.length).toBeLessThan(1024 * 1024)
    const doc = renderSummaryDoc(r, CTX)
    expect(doc.marker).toBeUndefined()
    const cut = fitSummary(doc)

    expect(utf8Length(cut)).toBeLessThanOrEqual(SUMMARY_LIMIT)
    expect(Buffer.byteLength(cut)).toBe(utf8Length(cut))
    expect(cut.split('\n')[0]).toBe('## ❌ model-gate: blocked — 5 of 40 metrics fail')
    expect(metricsInTable(cut).filter((name) => name.includes('_fail_'))).toHaveLength(5)
    expect(metricsInTable(cut).length).toBeLessThan(40)
    expectWholeLines(cut, full)
    expect(cut).toMatch(/The full result is in the JSON report \(the `report` output\)\.\n$/)
  })

  test('utf8Length agrees with Buffer.byteLength, lone surrogates included', () => {
    for (const text of ['', 'abc', 'é', '€', '🦄', 'a🦄b', '\ud83e', '\udd84x', 'ü'.repeat(10)]) {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'))
    }
  })
})

/*
 * Generated documents. Every unit the fitter keeps or drops (a text block, a line of a lines
 * block, a table row, a section heading) starts with a tag `§n§` found nowhere else, so the test
 * can tell from the output which units were kept. The rest of the text is random and full of
 * Markdown that a text parser would misread: table rows with ❌, delimiter rows, headings,
 * `<details>`, fences, markers, blank lines.
 */
const VERDICT = '## ❌ model-gate: blocked'
const MARKER = `<!-- model-gate model=default head=${HEAD} -->`
const lookalike = fc.constantFrom(
  '| ❌ | `x` | 1 |',
  '|:-:|---|--:|',
  '## ✅ approved',
  '### model `b`',
  '<details><summary>x</summary>',
  '</details>',
  '```',
  '~~~',
  '',
  '- item',
  MARKER,
)
const words = fc
  .oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }), lookalike)
  .map((s) => s.replace(/[§\n\r]/g, '.'))
const priority = fc.option(fc.constantFrom<Priority>(1, 2, 3, 4), { nil: undefined })

type LeafShape =
  | { kind: 'text'; first: string; more: string[]; priority: Priority | undefined }
  | { kind: 'lines'; lines: string[]; priority: Priority | undefined }
  | { kind: 'table'; rows: Array<{ text: string; priority: Priority }> }
type SectionShape = { kind: 'section'; heading: string; blocks: Array<LeafShape | SectionShape> }
type Shape = { marked: boolean; blocks: Array<LeafShape | SectionShape> }

const leaf: fc.Arbitrary<LeafShape> = fc.oneof(
  fc.record({
    kind: fc.constant('text' as const),
    first: words,
    more: fc.array(fc.oneof(words, fc.constant('')), { maxLength: 5 }),
    priority,
  }),
  fc.record({ kind: fc.constant('lines' as const), lines: fc.array(words, { minLength: 1, maxLength: 8 }), priority }),
  fc.record({
    kind: fc.constant('table' as const),
    rows: fc.array(fc.record({ text: words, priority: fc.constantFrom<Priority>(1, 2, 3, 4) }), { maxLength: 12 }),
  }),
)
const section = (inner: fc.Arbitrary<LeafShape | SectionShape>): fc.Arbitrary<SectionShape> =>
  fc.record({ kind: fc.constant('section' as const), heading: words, blocks: fc.array(inner, { maxLength: 5 }) })
const shapeDoc: fc.Arbitrary<Shape> = fc.record({
  marked: fc.boolean(),
  blocks: fc.array(fc.oneof(leaf, leaf, section(leaf), section(fc.oneof(leaf, section(leaf)))), { maxLength: 10 }),
})

/** One unit the fitter keeps or drops whole. */
interface Unit {
  tag: string
  text: string
  priority: Priority
  /** Position in the document. */
  order: number
  kind: 'heading' | 'text' | 'line' | 'row'
  /** The tags of the headings of the sections it is in, outermost first. */
  within: string[]
  /** For a line, the tag of the line before it in its block. */
  after?: string
  /** For a row, its table's header. */
  table?: { id: number; header: string }
}

const HEADER = '| | Check | Value |\n|:-:|---|--:|'

function build(shape: Shape): { doc: CommentDoc; units: Unit[] } {
  const units: Unit[] = []
  let tables = 0
  const add = (unit: Omit<Unit, 'tag' | 'order' | 'text'>, make: (tag: string) => string): string => {
    const tag = `§${units.length}§`
    const text = make(tag)
    units.push({ ...unit, tag, text, order: units.length })
    return text
  }
  const blocks = (list: ReadonlyArray<LeafShape | SectionShape>, within: string[]): DocBlock[] =>
    list.map((b): DocBlock => {
      switch (b.kind) {
        case 'text': {
          const text = add({ priority: b.priority ?? PRIORITY.rest, kind: 'text', within }, (t) =>
            [`${t} ${b.first}`, ...b.more].join('\n'),
          )
          return b.priority === undefined ? { kind: 'text', text } : { kind: 'text', text, priority: b.priority }
        }
        case 'lines': {
          const lines: string[] = []
          for (const line of b.lines) {
            const after = lines.length ? units.at(-1)?.tag : undefined
            lines.push(
              add({ priority: b.priority ?? PRIORITY.rest, kind: 'line', within, ...(after ? { after } : {}) }, (t) => `${t} ${line}`),
            )
          }
          return b.priority === undefined ? { kind: 'lines', lines } : { kind: 'lines', lines, priority: b.priority }
        }
        case 'table': {
          const table = { id: tables++, header: HEADER }
          const rows = b.rows.map((row) => ({
            text: add({ priority: row.priority, kind: 'row', within, table }, (t) => `| ${t} ${row.text} |`),
            priority: row.priority,
          }))
          return { kind: 'table', header: HEADER, rows }
        }
        case 'section': {
          const heading = add({ priority: PRIORITY.heading, kind: 'heading', within }, (t) => `### ${t} ${b.heading}`)
          return { kind: 'section', heading, blocks: blocks(b.blocks, [...within, units.at(-1)!.tag]) }
        }
      }
    })
  const body = blocks(shape.blocks, [])
  return {
    doc: { ...(shape.marked ? { marker: MARKER } : {}), blocks: [{ kind: 'text', text: VERDICT, priority: PRIORITY.verdict }, ...body] },
    units,
  }
}

/** The document with only the kept units. */
function keptDoc(blocks: readonly DocBlock[], kept: ReadonlySet<string>): DocBlock[] {
  return blocks.flatMap((b): DocBlock[] => {
    switch (b.kind) {
      case 'text':
        return b.priority === PRIORITY.verdict || kept.has(b.text) ? [b] : []
      case 'lines': {
        const lines = b.lines.filter((line) => kept.has(line))
        return lines.length ? [{ ...b, lines }] : []
      }
      case 'table':
        return [{ ...b, rows: b.rows.filter((row) => kept.has(row.text)) }]
      case 'section':
        return kept.has(b.heading) ? [{ ...b, blocks: keptDoc(b.blocks, kept) }] : []
    }
  })
}

/**
 * The cut is the document with some units left out, then the note; a unit is left out only when
 * its section is left out, the line before it in its block is, or, when its turn came (by
 * priority, then in document order), it did not fit in what was left of the limit.
 */
function expectFitted(
  doc: CommentDoc,
  units: readonly Unit[],
  cut: string,
  limit: number,
  measure: (text: string) => number,
  note: string,
): void {
  const marker = doc.marker !== undefined ? `${doc.marker}\n` : ''
  let used = measure(marker) + measure(note) + 1 + measure(VERDICT) + 2
  if (used > limit) {
    expect(`${marker}${VERDICT}\n\n${note}\n`.startsWith(cut)).toBe(true)
    return
  }
  const kept = new Set(units.filter((u) => cut.includes(u.tag)).map((u) => u.tag))
  const keptTexts = new Set(units.filter((u) => kept.has(u.tag)).map((u) => u.text))
  expect(cut).toBe(docMarkdown({ ...doc, blocks: [...keptDoc(doc.blocks, keptTexts), { kind: 'text', text: note }] }))

  const shown = new Set<number>()
  for (const u of [...units].sort((a, b) => a.priority - b.priority || a.order - b.order)) {
    const tried = u.within.every((h) => kept.has(h)) && (u.after === undefined || kept.has(u.after))
    if (kept.has(u.tag)) expect(tried).toBe(true)
    const separator = u.kind === 'row' ? 1 : u.after !== undefined ? 1 : 2
    const header = u.kind === 'row' && !shown.has(u.table!.id) ? measure(u.table!.header) + 2 : 0
    const cost = measure(u.text) + separator + header
    if (kept.has(u.tag)) {
      used += cost
      if (u.table) shown.add(u.table.id)
    } else if (tried) {
      expect(used + cost).toBeGreaterThan(limit)
    }
  }
  expect(used).toBe(measure(cut))
}
