import { joinPredictions } from '../../src/predictions/join.js'
import { PredictionsError, readPredictions } from '../../src/predictions/read.js'

async function table(text: string, file: string) {
  return readPredictions(Buffer.from(text), file, { task: 'binary' })
}

describe('joinPredictions', () => {
  test('aligns the baseline with the candidate order', async () => {
    const c = await table('id,label,score\nb,0,0.2\na,1,0.9\n', 'cand.csv')
    const b = await table('id,label,score\na,1,0.6\nb,0,0.4\n', 'base.csv')
    const j = joinPredictions(c, b)
    expect(j.ids).toEqual(['b', 'a'])
    expect(Array.from(j.labels)).toEqual([0, 1])
    expect(Array.from(j.candidate)).toEqual([0.2, 0.9])
    expect(Array.from(j.baseline)).toEqual([0.4, 0.6])
  })

  test('missing, extra and relabelled ids are reported with file and row, never dropped', async () => {
    const c = await table('id,label,score\na,1,0.9\nb,0,0.2\nnew,1,0.3\n', 'cand.csv')
    const b = await table('id,label,score\nb,1,0.4\na,1,0.6\ngone,0,0.1\n', 'base.csv')
    let err: unknown
    try {
      joinPredictions(c, b)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(PredictionsError)
    const p = (err as PredictionsError).problems
    expect(p.map((x) => `${x.file}:${x.line}: ${x.message}`)).toEqual([
      'cand.csv:3: id "b" has label 0 here but 1 in the baseline\'s base.csv (row 2).',
      'cand.csv:4: id "new" is not in the baseline\'s base.csv.',
      'base.csv:4: id "gone" of the baseline is missing from the candidate\'s cand.csv.',
    ])
  })

  test('first N problems listed, the rest counted', async () => {
    const rows = (prefix: string) => Array.from({ length: 50 }, (_, i) => `${prefix}${i},1,0.5`).join('\n')
    const c = await table(`id,label,score\n${rows('c')}\n`, 'c.csv')
    const b = await table(`id,label,score\n${rows('b')}\n`, 'b.csv')
    expect(() => joinPredictions(c, b, 7)).toThrow(/… and 93 more problems/)
  })
})
