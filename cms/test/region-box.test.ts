import { describe, expect, it } from 'vitest'
import { boxBetween, cleanBox, regionsOfLines } from '../src/components/regionBox'

describe('the box an officer draws on an inscription photo', () => {
  it('is the same whichever corner the drag started from, and stays on the photo', () => {
    expect(boxBetween([0.6, 0.7], [0.2, 0.1])).toEqual({ x: 0.2, y: 0.1, w: 0.4, h: 0.6 })
    expect(boxBetween([0.2, 0.1], [0.6, 0.7])).toEqual({ x: 0.2, y: 0.1, w: 0.4, h: 0.6 })
    // Dragged past the edges (the pointer is captured outside the photo).
    expect(boxBetween([-0.3, 0.5], [1.4, 2])).toEqual({ x: 0, y: 0.5, w: 1, h: 0.5 })
    const box = boxBetween([0.123456, 0.98765], [0.99999, 0.999999])
    expect(box.x + box.w).toBeLessThanOrEqual(1)
    expect(box.y + box.h).toBeLessThanOrEqual(1)
    expect(box.x).toBe(0.1235)
  })

  it('is read from the fields only when all four hold a box on the photo', () => {
    expect(cleanBox({ x: 0.1, y: 0.2, w: 0.3, h: 0.4 })).toEqual({ x: 0.1, y: 0.2, w: 0.3, h: 0.4 })
    expect(cleanBox({ x: 0.1, y: 0.2, w: null, h: 0.4 })).toBeNull()
    expect(cleanBox({ x: 0.8, y: 0.2, w: 0.3, h: 0.4 })).toBeNull()
    expect(cleanBox({ x: 0.1, y: 0.2, w: 0, h: 0.4 })).toBeNull()
    expect(cleanBox({ x: '0.1', y: 0.2, w: 0.3, h: 0.4 })).toBeNull()
  })

  it("shows the other lines' boxes of the same array, not this line's, by photo", () => {
    const values = {
      'lines.0.region.photo': 7,
      'lines.0.region.x': 0.8,
      'lines.0.region.y': 0.1,
      'lines.0.region.w': 0.1,
      'lines.0.region.h': 0.8,
      'lines.1.region.photo': { id: 8 },
      'lines.1.region.x': 0.6,
      'lines.1.region.y': 0.1,
      'lines.1.region.w': 0.1,
      'lines.1.region.h': 0.8,
      'lines.2.region.photo': 7,
      'lines.2.region.x': null,
      'lines.10.region.photo': 7,
      'lines.10.region.x': 0.1,
      'lines.10.region.y': 0.1,
      'lines.10.region.w': 0.1,
      'lines.10.region.h': 0.5,
      'sources.0.region.photo': 7,
    }
    expect(regionsOfLines(values, 'lines.1')).toEqual([
      { photo: '7', box: { x: 0.8, y: 0.1, w: 0.1, h: 0.8 } },
      { photo: '7', box: { x: 0.1, y: 0.1, w: 0.1, h: 0.5 } },
    ])
    expect(regionsOfLines(values, 'lines.0').map((r) => r.photo)).toEqual(['8', '7'])
  })
})
