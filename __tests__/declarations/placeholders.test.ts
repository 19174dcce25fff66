import { findPlaceholders, isPlaceholder, placeholderReason } from '../../src/declarations/placeholders.js'

describe('placeholders count as missing', () => {
  test.each<[string, unknown, RegExp]>([
    ['null', null, /is empty/],
    ['an empty string', '', /empty string/],
    ['a blank string', '   \t', /empty string/],
    ['TBD', 'TBD', /placeholder `TBD`/],
    ['tbd with punctuation', 'tbd.', /placeholder/],
    ['TBA', 'TBA', /placeholder/],
    ['TODO', 'TODO', /placeholder `TODO`/],
    ['TODO inside text', 'TODO: ask legal', /contains the placeholder `TODO`/],
    ['TBD inside text', 'Owner TBD after launch', /contains the placeholder `TBD`/],
    ['FIXME', 'fixme', /placeholder/],
    ['N/A', 'N/A', /placeholder `N\/A`/],
    ['n/a', 'n/a', /placeholder/],
    ['NA', 'NA', /placeholder/],
    ['an angle slot', '<owner>', /template slot `<owner>`/],
    ['an angle slot with spaces', '<your team handle>', /template slot/],
    ['a handlebars slot', '{{ owner }}', /template slot/],
    ['a bracket slot', '[owner name]', /template slot/],
    ['a shell slot', '${OWNER}', /template slot/],
    ['an example.com address', 'priya@example.com', /reserved example domain `example.com`/],
    ['an example.org URL', 'https://wiki.example.org/retention', /`wiki.example.org`/],
    ['an example.net address', 'ml-team@mail.example.net', /`mail.example.net`/],
    ['example.com at the end of a sentence', 'Write to ops@example.com.', /example.com/],
    ['a .test address', 'oncall@acme.test', /`acme.test`/],
    ['an .invalid URL', 'https://dash.invalid/d/1', /`dash.invalid`/],
    ['lorem ipsum', 'Lorem ipsum dolor sit amet', /lorem ipsum/],
    ['changeme', 'changeme', /placeholder/],
    ['change me', 'Change me', /placeholder/],
    ['xxx', 'xxx', /placeholder/],
    ['XXXX inside text', 'DPIA-XXXX', /contains the placeholder/],
    ['???', '???', /placeholder/],
    ['a dash', '-', /placeholder/],
    ['an ellipsis', '...', /placeholder/],
    ['an empty list', [], /empty list/],
    ['a list of placeholders', ['TBD', ''], /only placeholders/],
    ['an empty mapping', {}, /empty mapping/],
    ['a mapping of placeholders', { a: 'TODO', b: null }, /only placeholders/],
  ])('%s', (_name, value, reason) => {
    expect(isPlaceholder(value)).toBe(true)
    expect(placeholderReason(value)).toMatch(reason)
  })

  test.each<[string, unknown]>([
    ['a name', 'Priya Raman'],
    ['a handle', '@acme/payments-oncall'],
    ['a real address', 'priya@acme.com'],
    ['a domain containing "example"', 'https://myexample.com/x'],
    ['example.com.au is not reserved', 'ops@example.com.au'],
    ['a file called *.example', 'config/settings.example'],
    ['a word containing "todo"', 'todos app'],
    ['none is a real answer', 'none'],
    ['false', false],
    ['zero', 0],
    ['a list with one real item', ['TBD', 'health']],
    ['a mapping with one real value', { a: 'TBD', b: 'health' }],
    ['an ISO duration', 'P18M'],
  ])('%s is not a placeholder', (_name, value) => {
    expect(isPlaceholder(value)).toBe(false)
    expect(placeholderReason(value)).toBeUndefined()
  })

  test('findPlaceholders reports each leaf with its dot path', () => {
    const hits = findPlaceholders(
      { owners: [{ handle: '<owner>', contact: 'a@example.com' }, { handle: '@x' }], team: '', 'a.b': [] },
      'ownership',
    )
    expect(hits.map((h) => h.path)).toEqual([
      'ownership.owners.0.handle',
      'ownership.owners.0.contact',
      'ownership.team',
      'ownership.a\\.b',
    ])
  })
})
