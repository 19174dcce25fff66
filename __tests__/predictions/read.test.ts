import fc from 'fast-check'
import { Readable } from 'node:stream'
import { formatOf, PredictionsError, readPredictions, type ReadOptions } from '../../src/predictions/read.js'

const binary: ReadOptions = { task: 'binary' }

function chunked(text: string, size: number): AsyncIterable<Uint8Array> {
  const bytes = Buffer.from(text)
  const parts: Buffer[] = []
  for (let i = 0; i < bytes.length; i += size) parts.push(bytes.subarray(i, i + size))
  return Readable.from(parts)
}

async function problems(text: string, file: string, options: ReadOptions = binary): Promise<PredictionsError> {
  try {
    await readPredictions(Buffer.from(text), file, options)
  } catch (err) {
    if (err instanceof PredictionsError) return err
    throw err
  }
  throw new Error('expected a PredictionsError')
}

describe('formats', () => {
  test.each([
    ['a/p.csv', 'csv'],
    ['P.TSV', 'tsv'],
    ['x.jsonl', 'jsonl'],
    ['x.ndjson', 'jsonl'],
    ['x.parquet', 'parquet'],
    ['x.json', undefined],
  ])('%s → %s', (file, format) => {
    expect(formatOf(file)).toBe(format)
  })

  test('unknown extension is a clear error', async () => {
    expect((await problems('id,label,score\n', 'p.txt')).message).toMatch(/p\.txt: unknown predictions format/)
  })
})

describe('CSV and TSV', () => {
  test('reads columns in any order, CRLF, BOM, blank lines, a last line without newline', async () => {
    const t = await readPredictions(Buffer.from('\uFEFFscore,id,label\r\n0.5,a,1\r\n\r\n0.25,b,0\r\n0,c,0'), 'p.csv', binary)
    expect(t.ids).toEqual(['a', 'b', 'c'])
    expect(Array.from(t.labels)).toEqual([1, 0, 0])
    expect(Array.from(t.values)).toEqual([0.5, 0.25, 0])
    expect(Array.from(t.rows)).toEqual([2, 4, 5])
    expect(t.column).toBe('score')
    expect(t.index.get('b')).toBe(1)
  })

  test('RFC 4180 quoting: delimiters, doubled quotes and line breaks inside quotes', async () => {
    const text = 'id,label,score,note\n"a,1",1,0.9,"say ""hi"""\n"b\nc",0,"0.1",x\nd,1,0.7,"multi\r\nline"\ne,0,0.2,\n'
    const t = await readPredictions(Buffer.from(text), 'p.csv', binary)
    expect(t.ids).toEqual(['a,1', 'b\nc', 'd', 'e'])
    expect(Array.from(t.rows)).toEqual([2, 3, 5, 7])
  })

  test('property: any chunking of the stream gives the same table', async () => {
    const text = 'id,label,score\n"q""1",1,0.9\n"x,\ny",0,0.1\r\nz,1,1\n'
    const whole = await readPredictions(Buffer.from(text), 'p.csv', binary)
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 8 }), async (size) => {
        const t = await readPredictions(chunked(text, size), 'p.csv', binary)
        expect(t.ids).toEqual(whole.ids)
        expect(t.rows).toEqual(whole.rows)
      }),
    )
  })

  test('multi-byte UTF-8 split across chunks', async () => {
    const t = await readPredictions(chunked('id,label,score\nčaj☕,1,0.5\n', 1), 'p.csv', binary)
    expect(t.ids).toEqual(['čaj☕'])
  })

  test('TSV and regression with a prediction column', async () => {
    const t = await readPredictions(Buffer.from('id\tlabel\tprediction\n1\t3.5\t-2e1\n'), 'p.tsv', {
      task: 'regression',
    })
    expect(Array.from(t.values)).toEqual([-20])
    expect(t.column).toBe('prediction')
  })

  test('with both score and prediction, binary reads score and regression prediction', async () => {
    const text = 'id,label,score,prediction\na,1,0.25,1\n'
    expect((await readPredictions(Buffer.from(text), 'p.csv', binary)).values[0]).toBe(0.25)
    expect((await readPredictions(Buffer.from(text), 'p.csv', { task: 'regression' })).values[0]).toBe(1)
  })
})

describe('errors name the file and the 1-based row', () => {
  test.each([
    ['id,label\na,1\n', 'p.csv:1: missing column score or prediction'],
    ['ID,label,score\n', 'p.csv:1: missing column id'],
    ['id,label,score\na,1,0.5\na,0,0.4\n', 'p.csv:3: duplicate id "a" (first on row 2)'],
    ['id,label,score\na,1,abc\n', 'p.csv:2: score "abc" is not a number'],
    ['id,label,score\na,1,0x1\n', 'p.csv:2: score "0x1" is not a number'],
    ['id,label,score\na,1,\n', 'p.csv:2: score "" is not a number'],
    ['id,label,score\na,1,NaN\n', 'p.csv:2: score "NaN" is not a number'],
    ['id,label,score\na,1,1.5\n', 'p.csv:2: score 1.5 is outside [0, 1]'],
    ['id,label,score\na,1,-0.1\n', 'p.csv:2: score -0.1 is outside [0, 1]'],
    ['id,label,score\na,2,0.5\n', 'p.csv:2: label "2" is not 0 or 1'],
    ['id,label,score\na,1,true\n', 'p.csv:2: score "true" is not a number'],
    ['id,label,score\n,1,0.5\n', 'p.csv:2: the id is empty'],
    ['id,label,score\na,1\n', 'p.csv:2: 2 fields where the header has 3'],
    ['id,label,score\na,1,0.5\nb"x,0,0.5\n', 'p.csv:3: a quote inside an unquoted field'],
    ['id,label,score\n"a"x,1,0.5\n', 'p.csv:2: text after the closing quote'],
    ['id,label,score\na,1,0.5\n"b,0,0.5\n', 'p.csv:3: a quoted field is never closed'],
    ['', 'p.csv: the file is empty'],
  ])('%j', async (text, message) => {
    expect((await problems(text, 'p.csv')).message).toContain(message)
  })

  test('collects the first problems and counts the rest', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `r${i},1,2`).join('\n')
    const err = await problems(`id,label,score\n${rows}\n`, 'p.csv', { task: 'binary', maxProblems: 5 })
    expect(err.problems).toHaveLength(5)
    expect(err.omitted).toBe(25)
    expect(err.problems[4]).toMatchObject({ file: 'p.csv', line: 6 })
    expect(err.message).toMatch(/… and 25 more problems$/)
  })

  test('regression accepts any number but not text', async () => {
    const err = await problems('id,label,prediction\na,x,1e400\n', 'p.csv', { task: 'regression' })
    expect(err.problems.map((p) => p.message)).toEqual(['label "x" is not a number.', 'prediction "1e400" is not a number.'])
  })

  test('size cap for a buffer and for a stream', async () => {
    const text = 'id,label,score\na,1,0.5\n'
    expect((await problems(text, 'p.csv', { task: 'binary', maxBytes: 10 })).message).toMatch(/larger than the 10-byte cap/)
    await expect(readPredictions(chunked(text, 4), 'p.csv', { task: 'binary', maxBytes: 10 })).rejects.toThrow(/10-byte cap/)
    await expect(readPredictions(chunked(text, 4), 'p.csv', { task: 'binary', maxBytes: text.length })).resolves.toBeDefined()
  })
})

describe('JSON Lines', () => {
  test('numbers, numeric ids, booleans and blank lines', async () => {
    const text = '{"id": 7, "label": true, "score": 0.75}\n\n{"id": "x", "label": 0, "score": 0}\r\n{"id":"y","label":1,"score":1}'
    const t = await readPredictions(chunked(text, 5), 'p.jsonl', binary)
    expect(t.ids).toEqual(['7', 'x', 'y'])
    expect(Array.from(t.labels)).toEqual([1, 0, 1])
    expect(Array.from(t.rows)).toEqual([1, 3, 4])
  })

  test.each([
    ['{"id": 1, "label": 1}\n', 'p.jsonl:1: missing column score or prediction'],
    ['{"id": 1, "label": 1, "score": 0.5}\n{"id": 2, "score": 0.5}\n', 'p.jsonl:2: missing label'],
    ['{"id": 1, "label": 1, "score": 0.5}\nnot json\n', 'p.jsonl:2: not a JSON object'],
    ['{"id": 1, "label": 1, "score": 0.5}\n[1]\n', 'p.jsonl:2: not a JSON object'],
    ['{"id": 1, "label": 1, "score": null}\n', 'p.jsonl:1: score null is not a number'],
    ['{"id": 1, "label": 1, "score": true}\n', 'p.jsonl:1: score true is not a number'],
    ['{"id": 1, "label": true, "prediction": 2}\n', 'p.jsonl:1: prediction 2 is outside [0, 1]'],
    ['{"id": 1, "label": 1, "score": 0.5}\n{"id": 1, "label": 1, "score": 0.5}\n', 'p.jsonl:2: duplicate id "1"'],
    ['\n', 'p.jsonl: the file holds no records'],
  ])('%j', async (text, message) => {
    expect((await problems(text, 'p.jsonl')).message).toContain(message)
  })
})

describe('duplicates of rejected rows', () => {
  test('a duplicate of a row with a bad value names the first row', async () => {
    const err = await problems('id,label,score\na,1,2\nb,1,0.5\na,1,0.5\n', 'p.csv')
    expect(err.problems.map((p) => p.line)).toEqual([2, 4])
    expect(err.problems[1]?.message).toContain('duplicate id "a" (first on row 2)')
  })
})
