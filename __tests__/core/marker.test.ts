import { markerFor, parseMarker } from '../../src/core/marker.js'

const SHA = '4f2c1a9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a'

describe('markerFor', () => {
  test.each([
    ['default', undefined, '<!-- model-gate model=default -->'],
    ['default', SHA, `<!-- model-gate model=default head=${SHA} -->`],
    ['fraud-v2.1_x', '4f2c1a9', '<!-- model-gate model=fraud-v2.1_x head=4f2c1a9 -->'],
    ['a b', undefined, '<!-- model-gate model=a%20b -->'],
    ['x --> <img src=x>', undefined, '<!-- model-gate model=x%20--%3E%20%3Cimg%20src%3Dx%3E -->'],
    ['modèle', undefined, '<!-- model-gate model=mod%C3%A8le -->'],
    ['default', 'not a sha -->', '<!-- model-gate model=default -->'],
  ])('%p, head %p → %p', (key, head, expected) => {
    expect(markerFor(key, head)).toBe(expected)
  })

  test('the key can never close the comment or add a field', () => {
    for (const key of ['-->', '--!>', 'x head=abc', 'a\nb', '>', '%41']) {
      const marker = markerFor(key)
      expect(marker.slice(4, -4)).not.toMatch(/-->|--!>|>|\s(?!-->)head=|\n/)
      expect(marker.match(/-->/g)).toHaveLength(1)
    }
  })
})

describe('parseMarker', () => {
  test.each(['default', 'fraud', 'a b', 'x --> <img src=x>', 'modèle', '%41', '', 'all'])('round-trips model %p', (key) => {
    expect(parseMarker(`${markerFor(key, SHA)}\n## body`)).toEqual({ model: key, head: SHA })
    expect(parseMarker(markerFor(key))).toEqual({ model: key })
  })

  test('accepts CRLF after the marker line', () => {
    expect(parseMarker(`${markerFor('default')}\r\nbody`)).toEqual({ model: 'default' })
  })

  test.each([
    ['a marker later in the body', `Someone quoted:\n${markerFor('default')}\n`],
    ['a marker after leading blank line', `\n${markerFor('default')}\n`],
    ['a marker after leading spaces', ` ${markerFor('default')}`],
    ['a marker inside a code span', `\`${markerFor('default')}\``],
    ['another tool', '<!-- other-tool model=default -->\n'],
    ['a prefix of the marker', '<!-- model-gate model=default\n-->'],
    ['text glued after the marker', `${markerFor('default')}trailing`],
    ['broken percent-encoding', '<!-- model-gate model=%E0%A4 -->'],
    ['an empty body', ''],
  ])('does not recognise %s', (_name, body) => {
    expect(parseMarker(body)).toBeUndefined()
  })
})
