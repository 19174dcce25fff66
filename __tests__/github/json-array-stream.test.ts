import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { JsonArrayReader, NotAJsonArray } from '../../src/github/json-array-stream.js'

/** `bytes` cut into chunks at the given offsets. */
function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const chunks: Uint8Array[] = []
  let at = 0
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b)) {
    chunks.push(bytes.subarray(at, cut))
    at = cut
  }
  chunks.push(bytes.subarray(at))
  return chunks
}

/** The elements a JsonArrayReader hands over for the text in those chunks, and its error if any. */
async function read(text: string, cuts: number[] = []): Promise<{ elements: unknown[]; error?: NotAJsonArray }> {
  const elements: unknown[] = []
  const reader = new JsonArrayReader()
  try {
    for (const chunk of chunked(new TextEncoder().encode(text), cuts)) reader.push(chunk, (element) => elements.push(element))
    reader.end()
  } catch (error) {
    if (!(error instanceof NotAJsonArray)) throw error
    return { elements, error }
  }
  return { elements }
}

/** Every cut of the text in two, and into single bytes. */
const cutsOf = (text: string): number[][] => {
  const length = new TextEncoder().encode(text).length
  return [[], Array.from({ length }, (_, i) => i), ...Array.from({ length }, (_, i) => [i])]
}

describe('JsonArrayReader', () => {
  test.each([
    '[]',
    ' \n[ ]\r\n',
    '[1,2,3]',
    '[{"a":"b,c]}","d":[1,{"e":"\\\\"}]},"x\\"y",null,true,-1.5e3]',
    '[{"body":"é ✓ 𝄞 \\u00e9 \\\\\\" ] } ,"}]',
    '[[[]],{},""]',
  ])('%s: the same elements as JSON.parse, however the bytes are chunked', async (text) => {
    for (const cuts of cutsOf(text)) expect(await read(text, cuts)).toEqual({ elements: JSON.parse(text) })
  })

  test.each([
    ['[1,]', [1]],
    ['[,1]', []],
    ['[1 2]', []],
    ['[1,2', [1]],
    ['[1] x', [1]],
    ['[{"a":1}', []],
    ['[{"a":"1}]', []],
    ['[{"a":1}}]', []],
  ])('%s: not one JSON array (elements read before the fault: %j)', async (text, before) => {
    for (const cuts of cutsOf(text)) {
      const { elements, error } = await read(text, cuts)
      expect(error).toBeInstanceOf(NotAJsonArray)
      expect(error?.text).toBeUndefined()
      expect(elements).toEqual(before)
    }
  })

  test.each(['{"total_count":1,"items":[]}', '  "text"', '\ufeff[1]', 'not json', '', ' \n '])(
    '%s: not an array at all: nothing is yielded, the error holds the whole text',
    async (text) => {
      for (const cuts of cutsOf(text)) {
        const { elements, error } = await read(text, cuts)
        expect(elements).toEqual([])
        expect(error?.text).toBe(new TextDecoder().decode(new TextEncoder().encode(text)))
      }
    },
  )

  test('random JSON arrays, randomly chunked: the elements JSON.parse gives', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        async (values, cuts, pretty) => {
          const text = pretty ? JSON.stringify(values, null, 2) : JSON.stringify(values)
          const length = new TextEncoder().encode(text).length
          const { elements, error } = await read(
            text,
            cuts.map((c) => c % (length + 1)),
          )
          expect(error).toBeUndefined()
          expect(elements).toEqual(JSON.parse(text))
        },
      ),
      { numRuns: 300 },
    )
  })

  test('random texts: either exactly what JSON.parse gives for an array, or NotAJsonArray', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[\s[\]{},:"\\a1.e-]{0,14}$/), fc.array(fc.nat(), { maxLength: 5 }), async (text, cuts) => {
        let parsed: unknown
        try {
          parsed = JSON.parse(text)
        } catch {
          parsed = undefined
        }
        const { elements, error } = await read(text, cuts)
        if (Array.isArray(parsed)) expect({ elements, error }).toEqual({ elements: parsed, error: undefined })
        else expect(error).toBeInstanceOf(NotAJsonArray)
      }),
      { numRuns: 1000 },
    )
  })
})
