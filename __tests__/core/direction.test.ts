import { expect, test } from '@jest/globals'
import { directionOf } from '../../src/core/direction.js'
import type { Better, Metric } from '../../src/core/types.js'

const m = (better?: Better): Metric => (better ? { value: 1, better } : { value: 1 })

test.each([
  // policy, candidate, baseline → direction
  ['lower', m('higher'), m('higher'), { better: 'lower', from: 'policy' }],
  ['higher', m('lower'), undefined, { better: 'higher', from: 'policy' }],
  [undefined, m('lower'), m('higher'), { better: 'lower', from: 'metrics file' }],
  [undefined, m(), m('lower'), { better: 'lower', from: 'metrics file' }],
  [undefined, undefined, m('lower'), { better: 'lower', from: 'metrics file' }],
  [undefined, m(), m(), { better: 'higher', from: 'default' }],
  [undefined, undefined, undefined, { better: 'higher', from: 'default' }],
] as const)('policy %s, candidate %j, baseline %j → %j', (policy, candidate, baseline, expected) => {
  expect(directionOf(policy, candidate, baseline)).toEqual(expected)
})
