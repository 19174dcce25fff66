/**
 * A string → position index for millions of ids, cheaper than a Map of strings: open addressing
 * (linear probing) over typed arrays, FNV-1a hashes of the UTF-16 code units kept per entry so
 * growing never rehashes a string. Positions are whatever int32 `insert` or `set` was given.
 */
export class IdIndex {
  private slots: Int32Array
  private hashes: Uint32Array
  private keys: string[] = []
  private values: Int32Array
  private mask: number
  private count = 0

  constructor(expected = 1024) {
    let size = 16
    while (size < expected * 2) size *= 2
    this.slots = new Int32Array(size).fill(-1)
    this.mask = size - 1
    this.hashes = new Uint32Array(Math.max(16, expected))
    this.values = new Int32Array(Math.max(16, expected))
  }

  /** Number of ids held. */
  get size(): number {
    return this.count
  }

  /** The position stored for id, or undefined. */
  get(id: string): number | undefined {
    const h = hash(id)
    let s = h & this.mask
    for (;;) {
      const e = this.slots[s] as number
      if (e === -1) return undefined
      if (this.hashes[e] === h && this.keys[e] === id) return this.values[e]
      s = (s + 1) & this.mask
    }
  }

  /** Stores id → position unless id is already there; returns the earlier position, or undefined. */
  insert(id: string, position: number): number | undefined {
    const h = hash(id)
    let s = h & this.mask
    for (;;) {
      const e = this.slots[s] as number
      if (e === -1) break
      if (this.hashes[e] === h && this.keys[e] === id) return this.values[e]
      s = (s + 1) & this.mask
    }
    const e = this.count++
    if (e === this.hashes.length) this.growEntries()
    this.hashes[e] = h
    this.values[e] = position
    this.keys.push(id)
    this.slots[s] = e
    if (this.count * 2 > this.slots.length) this.growSlots()
    return undefined
  }

  /** Replaces the position stored for an id already held. */
  set(id: string, position: number): void {
    const h = hash(id)
    let s = h & this.mask
    for (;;) {
      const e = this.slots[s] as number
      if (e === -1) return
      if (this.hashes[e] === h && this.keys[e] === id) {
        this.values[e] = position
        return
      }
      s = (s + 1) & this.mask
    }
  }

  private growEntries(): void {
    const hashes = new Uint32Array(this.hashes.length * 2)
    hashes.set(this.hashes)
    this.hashes = hashes
    const values = new Int32Array(this.values.length * 2)
    values.set(this.values)
    this.values = values
  }

  private growSlots(): void {
    const size = this.slots.length * 2
    const slots = new Int32Array(size).fill(-1)
    const mask = size - 1
    for (let e = 0; e < this.count; e++) {
      let s = (this.hashes[e] as number) & mask
      while (slots[s] !== -1) s = (s + 1) & mask
      slots[s] = e
    }
    this.slots = slots
    this.mask = mask
  }
}

/** FNV-1a over UTF-16 code units, with a final avalanche so linear probing spreads. */
function hash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  return h >>> 0
}
