import { cell, code, html, inline } from '../../src/render/escape.js'
import { renderGfm, tablesOf, textOf, textOutsideCode } from './gfm.js'

const WJ = '\u2060'

/** Repository text an attacker (or an unlucky metric name) could put in the comment. */
const HOSTILE = [
  'a|b',
  'a\\|b',
  'line1\nline2',
  'cr\rlf\r\nsep\u2028par\u2029end',
  'tick`s``here',
  '`',
  '``starts',
  ' spaced ',
  '<!-- model-gate model=x -->',
  'end -->',
  '<img src=x>',
  '<script>alert(1)</script>',
  '![i](http://x/y.png)',
  '[link](http://evil)',
  'http://evil.example',
  'https://evil.example/path?q=1',
  'www.evil.example',
  'me@evil.example',
  '@octocat',
  '@org/team',
  'cc @octocat please',
  '#123',
  'GH-1',
  'owner/repo#1',
  '**bold** _em_ ~~strike~~',
  '$x^2$ and $$y$$',
  '&lt; &amp; &#64;',
  ':smile: :+1:',
  '# heading',
  '- item',
  '1. item',
  '> quote',
  '\\',
  'back\\slash\\',
]

/** What a reader should see: the text on one line. */
function literal(text: string): string {
  return text.replace(/\r\n|[\n\r\u2028\u2029]/g, ' ')
}

describe('inline', () => {
  test.each([
    ['plain words', 'plain words'],
    ['a|b', 'a\\|b'],
    ['<img src=x>', '&lt;img src=x&gt;'],
    ['line1\nline2', 'line1 line2'],
    ['@octocat', `@${WJ}octocat`],
    ['#123', `\\#${WJ}123`],
    ['see #123', `see #${WJ}123`],
    ['GH-1', `GH${WJ}-1`],
    ['http://evil.example', `http:${WJ}//evil.example`],
    ['www.evil.example', `www${WJ}.evil.example`],
    ['# heading', '\\# heading'],
    ['1. item', '1\\. item'],
    ['- item', '\\- item'],
    ['a_b*c', 'a\\_b\\*c'],
    ['$5', '\\$5'],
  ])('%j → %j', (input, expected) => {
    expect(inline(input)).toBe(expected)
  })

  test.each(HOSTILE)('%j renders as its literal text in a paragraph', (text) => {
    const rendered = renderGfm(`${inline(text)}\n`)
    expect(rendered).not.toMatch(/<(?!\/?p>)/)
    expect(textOf(rendered).trim()).toBe(literal(text).trim())
  })
})

describe('cell', () => {
  test.each(HOSTILE)('%j keeps a two-column row and renders literally', (text) => {
    const rendered = renderGfm(`| a | b |\n|---|---|\n| ${cell(text)} | after |\n`)
    const [table] = tablesOf(rendered)
    expect(table?.[1]).toHaveLength(2)
    expect(textOf(table?.[1]?.[0] ?? '')).toBe(literal(text).trim())
    expect(table?.[1]?.[1]).toBe('after')
    expect(rendered).not.toMatch(/<(img|a|script)\b|<!--/)
  })
})

describe('code', () => {
  test.each([
    ['accuracy', '`accuracy`'],
    ['latency_ms.p95', '`latency_ms.p95`'],
    ['a`b', '``a`b``'],
    ['`x', '`` `x ``'],
    [' spaced ', '`  spaced  `'],
    ['a|b', '<code>a\\|b</code>'],
    ['<img src=x>', '<code>&lt;img src=x&gt;</code>'],
    ['', '<code></code>'],
  ])('%j → %j', (input, expected) => {
    expect(code(input)).toBe(expected)
  })

  test.each(HOSTILE)('%j is one code element in a table cell and in prose', (text) => {
    const inTable = renderGfm(`| a | b |\n|---|---|\n| ${code(text)} | after |\n`)
    const [table] = tablesOf(inTable)
    expect(table?.[1]).toHaveLength(2)
    expect(table?.[1]?.[0]).toMatch(/^<code>[\s\S]*<\/code>$/)
    expect(textOf(table?.[1]?.[0] ?? '')).toBe(literal(text))
    const inProse = renderGfm(`see ${code(text)} here\n`)
    expect(textOf(inProse).trim()).toBe(`see ${literal(text)} here`)
    for (const out of [inTable, inProse]) expect(out).not.toMatch(/<(img|a|script)\b|<!--/)
  })

  test('never leaves a raw comment opener in the Markdown source', () => {
    expect(code('<!-- model-gate model=x -->')).not.toContain('<!--')
  })
})

describe('html (inside raw HTML such as <summary>)', () => {
  test.each(HOSTILE)('%j renders literally inside <summary>', (text) => {
    const rendered = renderGfm(`<details><summary>S: ${html(text)}</summary>\n\nbody\n\n</details>\n`)
    const summary = /<summary>([\s\S]*?)<\/summary>/.exec(rendered)?.[1] ?? ''
    expect(textOf(summary)).toBe(`S: ${literal(text)}`)
    expect(summary).not.toMatch(/<(?!\/?code)/)
  })
})

describe('what GitHub would link or ping', () => {
  test.each(HOSTILE)('%j: no mention, issue reference or URL left in plain text', (text) => {
    for (const markdown of [inline(text), `| a |\n|---|\n| ${cell(text)} |`, html(text)]) {
      const visible = textOutsideCode(renderGfm(`${markdown}\n`))
      expect(visible).not.toMatch(/(^|[^\w`])@[a-z0-9]/i)
      expect(visible).not.toMatch(/(^|[^\w])#\d/)
      expect(visible).not.toMatch(/\bGH-\d/i)
      expect(visible).not.toMatch(/:\/\/|\bwww\./i)
      expect(visible).not.toMatch(/:[a-z0-9_+-]+:/i)
    }
  })
})
