import { describe, expect, it } from 'vitest'
import { perRequest } from '../src/access/scope'

describe('perRequest', () => {
  it('looks a value up once per request, also for callers that ask at the same time', async () => {
    const req = { context: {} }
    let calls = 0
    const load = async () => {
      calls++
      await new Promise((resolve) => setTimeout(resolve, 5))
      return calls
    }
    const [a, b] = await Promise.all([perRequest(req, 'k', load), perRequest(req, 'k', load)])
    expect([a, b, await perRequest(req, 'k', load)]).toEqual([1, 1, 1])
    expect(calls).toBe(1)
    // Another request, or another key, looks it up again.
    expect(await perRequest({ context: {} }, 'k', load)).toBe(2)
    expect(await perRequest(req, 'other', load)).toBe(3)
  })
  it('keeps a null as a hit', async () => {
    const req = { context: {} }
    let calls = 0
    const load = async () => {
      calls++
      return null
    }
    expect(await perRequest(req, 'k', load)).toBeNull()
    expect(await perRequest(req, 'k', load)).toBeNull()
    expect(calls).toBe(1)
  })
  it('does not keep a failed look-up: the next caller tries again', async () => {
    const req = { context: {} }
    let calls = 0
    const load = async () => {
      calls++
      if (calls === 1) throw new Error('database busy')
      return 'found'
    }
    await expect(perRequest(req, 'k', load)).rejects.toThrow('database busy')
    expect(await perRequest(req, 'k', load)).toBe('found')
    expect(await perRequest(req, 'k', load)).toBe('found')
    expect(calls).toBe(2)
  })
})
