import { describe, expect, test } from '@jest/globals'
import { isInsideRoot } from '../../src/sources/source.js'

describe('isInsideRoot', () => {
  test.each<[string, string, boolean]>([
    ['/work/repo', '/work/repo', true],
    ['/work/repo/eval/metrics.json', '/work/repo', true],
    ['/work/repo2/metrics.json', '/work/repo', false],
    ['/work/rep', '/work/repo', false],
    ['/work', '/work/repo', false],
    ['/etc/hostname', '/work/repo', false],
  ])('%s in %s → %s', (real, root, inside) => {
    expect(isInsideRoot(real, root)).toBe(inside)
  })
})
