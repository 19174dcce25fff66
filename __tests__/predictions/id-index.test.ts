import fc from 'fast-check'
import { IdIndex } from '../../src/predictions/id-index.js'

describe('IdIndex', () => {
  test('property: behaves like a Map under inserts, sets and lookups', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.integer({ min: -1000, max: 1000 }), fc.boolean())),
        fc.array(fc.string({ maxLength: 4 })),
        (ops, probes) => {
          const index = new IdIndex(1)
          const map = new Map<string, number>()
          for (const [id, v, overwrite] of ops) {
            if (overwrite && map.has(id)) {
              index.set(id, v)
              map.set(id, v)
              continue
            }
            expect(index.insert(id, v)).toBe(map.get(id))
            if (!map.has(id)) map.set(id, v)
          }
          expect(index.size).toBe(map.size)
          for (const id of [...probes, ...map.keys()]) expect(index.get(id)).toBe(map.get(id))
        },
      ),
    )
  })

  test('grows past its first size and tells similar ids apart', () => {
    const index = new IdIndex(2)
    for (let i = 0; i < 50_000; i++) expect(index.insert(`ex-${i}`, i)).toBeUndefined()
    expect(index.get('ex-49999')).toBe(49999)
    expect(index.get('ex-50000')).toBeUndefined()
    expect(index.insert('ex-7', 1)).toBe(7)
    index.set('absent', 3)
    expect(index.get('absent')).toBeUndefined()
  })
})
