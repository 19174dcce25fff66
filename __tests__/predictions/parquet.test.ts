import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parquetMetadata } from 'hyparquet'
import { readPredictions } from '../../src/predictions/read.js'

// predictions.parquet (SNAPPY, pyarrow's default layout: OPTIONAL columns, dictionary-encoded
// ids) and predictions-gzip.parquet were written from predictions.csv by make_parquet.py.
const DIR = join(import.meta.dirname, '..', 'fixtures', 'predictions')
const bytes = (f: string) => readFileSync(join(DIR, f))

describe('Parquet through hyparquet', () => {
  test.each(['predictions.parquet', 'predictions-gzip.parquet'])('%s reads the same as the CSV', async (file) => {
    const csv = await readPredictions(bytes('predictions.csv'), 'predictions.csv', { task: 'binary' })
    const pq = await readPredictions(bytes(file), file, { task: 'binary' })
    expect(pq.ids).toHaveLength(60)
    expect(pq.ids).toEqual(csv.ids)
    expect(pq.labels).toEqual(csv.labels)
    expect(pq.values).toEqual(csv.values)
    expect(pq.column).toBe('score')
    expect(Array.from(pq.rows.slice(0, 3))).toEqual([1, 2, 3])
  })

  test.each([
    ['predictions.parquet', 'SNAPPY'],
    ['predictions-gzip.parquet', 'GZIP'],
  ])('%s is compressed with %s', (file, codec) => {
    const b = bytes(file)
    const meta = parquetMetadata(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer)
    const chunks = meta.row_groups.flatMap((g) => g.columns)
    expect(chunks).toHaveLength(3)
    for (const c of chunks) expect(c.meta_data?.codec).toBe(codec)
    expect(meta.schema.slice(1).map((s) => s.repetition_type)).toEqual(['OPTIONAL', 'OPTIONAL', 'OPTIONAL'])
  })

  test('regression reads a score column when there is no prediction column', async () => {
    const pq = await readPredictions(bytes('predictions.parquet'), 'p.parquet', { task: 'regression' })
    expect(pq.column).toBe('score')
  })

  test('a truncated file is a clear error', async () => {
    const cut = bytes('predictions.parquet').subarray(0, 400)
    await expect(readPredictions(cut, 'p.parquet', { task: 'binary' })).rejects.toThrow(
      /p\.parquet: not a readable Parquet file: .*Fix: write it with pandas/,
    )
  })

  test('the size cap applies', async () => {
    await expect(readPredictions(bytes('predictions.parquet'), 'p.parquet', { task: 'binary', maxBytes: 100 })).rejects.toThrow(
      /100-byte cap/,
    )
  })
})
