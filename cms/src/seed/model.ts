/**
 * A demo 3D model made in code: a blue-and-white glazed vase in the manner of Bát Tràng ware,
 * revolved from a profile (lathe), with normals, UVs and a generated glaze texture; plus a poster
 * image rendered from the same profile and texture. Nothing here is a scan of a real object, and
 * the output is deterministic, so the seed ships no binary files and always uploads the same bytes.
 */
import { Document, NodeIO } from '@gltf-transform/core'
import sharp from 'sharp'

/** Metres: the viewer shows the model at its real size, about 30 cm tall. */
const HEIGHT = 0.3
/** Wall thickness, offset along the outer normal. */
const WALL = 0.005
/** Height of the inside floor. */
const FLOOR = 0.014
/** Segments around the axis. */
const SEGMENTS = 48
/** Rows along the outer wall, evenly spaced by arc length. */
const WALL_ROWS = 32
const RIM_ROWS = 6
const INNER_ROWS = 16
const TEXTURE_SIZE = 512

/** Outer radius at a few heights (y, r), foot to lip; a cubic through them gives the silhouette. */
const PROFILE: readonly (readonly [number, number])[] = [
  [0, 0.05],
  [0.008, 0.052],
  [0.02, 0.058],
  [0.06, 0.088],
  [0.11, 0.106],
  [0.16, 0.099],
  [0.2, 0.07],
  [0.235, 0.041],
  [0.26, 0.036],
  [0.285, 0.045],
  [0.3, 0.053],
]

/** Texture rows (v, top = 0) given to the parts that are one plain colour. */
const V = {
  /** The outer wall runs from v = 0 (lip) to this value (foot). */
  wallEnd: 0.875,
  /** Unglazed clay under the foot. */
  biscuit: 0.91,
  /** White glaze inside. */
  inside: 0.97,
} as const

/** Sampler constants (WebGL enums, as glTF stores them). */
const GL = { REPEAT: 10497, CLAMP_TO_EDGE: 33071, LINEAR: 9729, LINEAR_MIPMAP_LINEAR: 9987 } as const

const COLORS = {
  glaze: '#eef0ea',
  cobalt: '#1f3c86',
  wash: '#5877b8',
  biscuit: '#c49a6c',
} as const

const at = <T>(list: readonly T[], i: number): T => {
  const value = list[i]
  if (value === undefined) throw new RangeError(`index ${i} out of range`)
  return value
}

/** Outer radius and its slope at height y (cubic Hermite, Catmull-Rom tangents for uneven steps). */
function outer(y: number): { r: number; slope: number } {
  const n = PROFILE.length
  const k = Math.max(0, Math.min(n - 2, PROFILE.findIndex(([py]) => py > y) - 1))
  const [y0, r0] = at(PROFILE, k)
  const [y1, r1] = at(PROFILE, k + 1)
  const tangent = (i: number): number => {
    const [ya, ra] = at(PROFILE, Math.max(0, i - 1))
    const [yb, rb] = at(PROFILE, Math.min(n - 1, i + 1))
    return (rb - ra) / (yb - ya)
  }
  const h = y1 - y0
  const t = Math.min(1, Math.max(0, (y - y0) / h))
  const m0 = tangent(k) * h
  const m1 = tangent(k + 1) * h
  const t2 = t * t
  const t3 = t2 * t
  const r = (2 * t3 - 3 * t2 + 1) * r0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * r1 + (t3 - t2) * m1
  const dr = (6 * t2 - 6 * t) * r0 + (3 * t2 - 4 * t + 1) * m0 + (-6 * t2 + 6 * t) * r1 + (3 * t2 - 2 * t) * m1
  return { r, slope: dr / h }
}

/** Outward unit normal of the outer wall in the (r, y) plane. */
function outerNormal(y: number): [number, number] {
  const { slope } = outer(y)
  const length = Math.hypot(1, slope)
  return [1 / length, -slope / length]
}

/** Arc length of the outer wall, sampled finely, to place rows and texture bands evenly. */
const ARC = (() => {
  const steps = 600
  const ys: number[] = [0]
  const lengths: number[] = [0]
  let previous = outer(0).r
  for (let i = 1; i <= steps; i++) {
    const y = (HEIGHT * i) / steps
    const { r } = outer(y)
    ys.push(y)
    lengths.push(at(lengths, i - 1) + Math.hypot(HEIGHT / steps, r - previous))
    previous = r
  }
  return { ys, lengths, total: at(lengths, steps) }
})()

const interpolate = (xs: readonly number[], ys: readonly number[], x: number): number => {
  if (x <= at(xs, 0)) return at(ys, 0)
  for (let i = 1; i < xs.length; i++) {
    const x1 = at(xs, i)
    if (x <= x1) {
      const x0 = at(xs, i - 1)
      return at(ys, i - 1) + ((at(ys, i) - at(ys, i - 1)) * (x - x0)) / (x1 - x0)
    }
  }
  return at(ys, ys.length - 1)
}

/** Texture v of the outer wall at height y: 0 at the lip, `V.wallEnd` at the foot. */
const vOfY = (y: number): number => V.wallEnd * (1 - interpolate(ARC.ys, ARC.lengths, y) / ARC.total)
const yOfArc = (length: number): number => interpolate(ARC.lengths, ARC.ys, length)

interface Row {
  r: number
  y: number
  /** Unit normal in the (r, y) plane. */
  nr: number
  ny: number
  v: number
  /** Joined to the previous row by quads; false where the surface has a crease or a UV seam. */
  join: boolean
}

/**
 * The profile walked once, from the centre of the base, up the outside, over the rim, down the
 * inside to the centre of the floor: a closed surface once revolved.
 */
function profileRows(): Row[] {
  const rows: Row[] = []
  const foot = outer(0).r
  rows.push({ r: 0, y: 0, nr: 0, ny: -1, v: V.biscuit, join: false })
  rows.push({ r: foot, y: 0, nr: 0, ny: -1, v: V.biscuit, join: true })
  for (let i = 0; i <= WALL_ROWS; i++) {
    const y = yOfArc((ARC.total * i) / WALL_ROWS)
    const [nr, ny] = outerNormal(y)
    rows.push({ r: outer(y).r, y, nr, ny, v: vOfY(y), join: i > 0 })
  }
  // The rim: half a circle from the outer wall's normal round to the inner wall's.
  const top = outer(HEIGHT).r
  const [tr, ty] = outerNormal(HEIGHT)
  const start = Math.atan2(ty, tr)
  const centre = { r: top - (WALL / 2) * tr, y: HEIGHT - (WALL / 2) * ty }
  for (let i = 1; i <= RIM_ROWS; i++) {
    const angle = start + (Math.PI * i) / RIM_ROWS
    const nr = Math.cos(angle)
    const ny = Math.sin(angle)
    rows.push({ r: centre.r + (WALL / 2) * nr, y: centre.y + (WALL / 2) * ny, nr, ny, v: 0, join: true })
  }
  // The inside, offset from the outer wall by the wall thickness, down to the floor.
  const inner = (y: number) => {
    const [nr, ny] = outerNormal(y)
    return { r: outer(y).r - WALL * nr, y: y - WALL * ny, nr: -nr, ny: -ny }
  }
  for (let i = 0; i <= INNER_ROWS; i++) {
    const y = HEIGHT - ((HEIGHT - FLOOR - WALL) * i) / INNER_ROWS
    const point = inner(y)
    rows.push({ ...point, v: V.inside, join: i > 0 })
  }
  const last = at(rows, rows.length - 1)
  rows.push({ r: last.r, y: FLOOR, nr: last.nr, ny: last.ny, v: V.inside, join: true })
  rows.push({ r: last.r, y: FLOOR, nr: 0, ny: 1, v: V.inside, join: false })
  rows.push({ r: 0, y: FLOOR, nr: 0, ny: 1, v: V.inside, join: true })
  return rows
}

export interface LatheMesh {
  positions: Float32Array<ArrayBuffer>
  normals: Float32Array<ArrayBuffer>
  uvs: Float32Array<ArrayBuffer>
  indices: Uint16Array<ArrayBuffer>
}

/** Revolves the profile; the seam column is doubled so that u runs from 0 to 1. */
export function latheMesh(rows: Row[] = profileRows(), segments = SEGMENTS): LatheMesh {
  const columns = segments + 1
  const count = rows.length * columns
  const positions = new Float32Array(count * 3)
  const normals = new Float32Array(count * 3)
  const uvs = new Float32Array(count * 2)
  rows.forEach((row, i) => {
    for (let j = 0; j < columns; j++) {
      const u = j / segments
      const angle = 2 * Math.PI * u
      const cos = Math.cos(angle)
      const sin = Math.sin(angle)
      const k = i * columns + j
      // z = -r·sin so that u grows to the right seen from outside: the texture is not mirrored.
      positions.set([row.r * cos, row.y, -row.r * sin], k * 3)
      normals.set([row.nr * cos, row.ny, -row.nr * sin], k * 3)
      uvs.set([u, row.v], k * 2)
    }
  })
  const indices: number[] = []
  for (let i = 1; i < rows.length; i++) {
    const row = at(rows, i)
    if (!row.join) continue
    const below = at(rows, i - 1)
    for (let j = 0; j < segments; j++) {
      const a = (i - 1) * columns + j
      const c = a + 1
      const b = i * columns + j
      const d = b + 1
      // On the axis (r = 0) a quad is a triangle: the other half would be degenerate.
      if (below.r > 0) indices.push(a, c, b)
      if (row.r > 0) indices.push(c, d, b)
    }
  }
  if (count > 0xffff) throw new RangeError('too many vertices for 16-bit indices')
  return { positions, normals, uvs, indices: Uint16Array.from(indices) }
}

/** Texture pixel row of height y on the outer wall. */
const rowOf = (y: number): number => vOfY(y) * TEXTURE_SIZE

/** A band of `repeat` copies of a motif around the vase, between heights y0 (bottom) and y1 (top). */
function band(
  repeat: number,
  y0: number,
  y1: number,
  motif: (x: number, w: number, top: number, bottom: number) => string,
) {
  const width = TEXTURE_SIZE / repeat
  const parts: string[] = []
  // One extra copy on each side, so that motifs crossing the seam wrap round.
  for (let i = -1; i <= repeat; i++) parts.push(motif(i * width, width, rowOf(y1), rowOf(y0)))
  return parts.join('')
}

const line = (y: number, weight: number) =>
  `<rect x="0" y="${rowOf(y) - weight / 2}" width="${TEXTURE_SIZE}" height="${weight}" fill="${COLORS.cobalt}"/>`

/** The glaze decoration in SVG: lip band, banana leaves, cloud collar, flower scroll, lotus panels. */
function textureSvg(): string {
  const s = TEXTURE_SIZE
  const stroke = `stroke="${COLORS.cobalt}" stroke-width="2.2" stroke-linejoin="round"`
  const wash = `fill="${COLORS.wash}" fill-opacity="0.55"`
  const parts: string[] = [
    `<rect width="${s}" height="${s}" fill="${COLORS.glaze}"/>`,
    `<rect x="0" y="${V.biscuit * s - 0.03 * s}" width="${s}" height="${0.05 * s}" fill="${COLORS.biscuit}"/>`,
    // Lip band (the rim itself samples the top row).
    `<rect x="0" y="-2" width="${s}" height="${rowOf(0.292) + 2}" fill="${COLORS.cobalt}"/>`,
    // Banana leaves on the neck.
    band(12, 0.218, 0.286, (x, w, top, bottom) => {
      const mid = x + w / 2
      return `<path d="M${x + 2} ${bottom} Q${mid - w * 0.35} ${(top + bottom) / 2} ${mid} ${top} Q${mid + w * 0.35} ${(top + bottom) / 2} ${x + w - 2} ${bottom} Z" ${wash} ${stroke}/><path d="M${mid} ${bottom} L${mid} ${top + 4}" ${stroke} fill="none"/>`
    }),
    line(0.214, 3),
    line(0.207, 2),
    // Cloud collar on the shoulder: scallops hanging from the line above.
    band(8, 0.172, 0.204, (x, w, top, bottom) => {
      const mid = x + w / 2
      return `<path d="M${x} ${top} C${x + w * 0.05} ${bottom} ${x + w * 0.95} ${bottom} ${x + w} ${top} Z" ${wash} ${stroke}/><circle cx="${mid}" cy="${top + (bottom - top) * 0.45}" r="${w * 0.09}" fill="${COLORS.cobalt}"/>`
    }),
    line(0.166, 3),
    // Flower scroll round the belly: a wavy stem with flowers at its crests and troughs.
    band(4, 0.07, 0.16, (x, w, top, bottom) => {
      const mid = (top + bottom) / 2
      const amp = (bottom - top) * 0.3
      const stemY = (f: number) => mid - amp * Math.sin(2 * Math.PI * f)
      const stem = Array.from({ length: 33 }, (_, i) => `${x + (w * i) / 32} ${stemY(i / 32)}`).join(' L')
      const flower = (cx: number, cy: number) => {
        const petals = Array.from({ length: 8 }, (_, i) => {
          const a = (Math.PI * 2 * i) / 8
          const px = cx + Math.cos(a) * 9
          const py = cy + Math.sin(a) * 9
          return `<ellipse cx="${px}" cy="${py}" rx="7" ry="4.5" transform="rotate(${(a * 180) / Math.PI} ${px} ${py})" ${wash} ${stroke}/>`
        }).join('')
        return `${petals}<circle cx="${cx}" cy="${cy}" r="5" fill="${COLORS.cobalt}"/>`
      }
      // A leaf growing from the stem at fraction f of the wave, turned away from it by `side` degrees.
      const leaf = (f: number, side: number) => {
        const cx = x + w * f
        const cy = stemY(f)
        const slope = (-amp * 2 * Math.PI * Math.cos(2 * Math.PI * f)) / w
        const angle = (Math.atan(slope) * 180) / Math.PI + side
        return `<path d="M${cx} ${cy} q8 -7 20 -3 q-8 8 -20 3 Z" transform="rotate(${angle} ${cx} ${cy})" ${wash} ${stroke}/>`
      }
      return [
        `<path d="M${stem}" fill="none" ${stroke}/>`,
        leaf(0.08, -35),
        leaf(0.42, 30),
        leaf(0.58, -35),
        leaf(0.92, 30),
        flower(x + w * 0.25, stemY(0.25)),
        flower(x + w * 0.75, stemY(0.75)),
      ].join('')
    }),
    line(0.062, 3),
    line(0.056, 2),
    // Lotus petal panels round the foot.
    band(16, 0.014, 0.05, (x, w, top, bottom) => {
      const mid = x + w / 2
      return `<path d="M${x + 3} ${bottom} L${x + 3} ${top + w * 0.45} Q${mid} ${top - w * 0.15} ${x + w - 3} ${top + w * 0.45} L${x + w - 3} ${bottom} Z" ${wash} ${stroke}/><path d="M${x + 8} ${bottom} L${x + 8} ${top + w * 0.55} Q${mid} ${top + w * 0.1} ${x + w - 8} ${top + w * 0.55} L${x + w - 8} ${bottom}" fill="none" ${stroke}/>`
    }),
    // Foot band.
    `<rect x="0" y="${rowOf(0.009)}" width="${s}" height="${V.wallEnd * s - rowOf(0.009) + 6}" fill="${COLORS.cobalt}"/>`,
  ]
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}">${parts.join('')}</svg>`
}

/** The glaze texture as JPEG (the optimiser re-encodes it as WebP). */
export async function glazeTexture(): Promise<Buffer> {
  return sharp(Buffer.from(textureSvg())).jpeg({ quality: 85, mozjpeg: true }).toBuffer()
}

export interface DemoModel {
  glb: Uint8Array
  triangles: number
  vertices: number
}

/** The vase as a binary glTF 2.0 file (.glb): one mesh, one PBR material, one texture. */
export async function demoVaseModel(): Promise<DemoModel> {
  const mesh = latheMesh()
  const document = new Document()
  const root = document.getRoot()
  root.getAsset().generator = 'heritage-cms demo seed (glTF-Transform)'
  root.getAsset().copyright = 'CC0 1.0: generated illustrative model, not a scan of a real object'
  const buffer = document.createBuffer()
  const accessor = (
    name: string,
    type: 'VEC2' | 'VEC3' | 'SCALAR',
    array: Float32Array<ArrayBuffer> | Uint16Array<ArrayBuffer>,
  ) => document.createAccessor(name).setType(type).setArray(array).setBuffer(buffer)
  const texture = document
    .createTexture('men-lam')
    .setImage(new Uint8Array(await glazeTexture()))
    .setMimeType('image/jpeg')
  const material = document
    .createMaterial('men-lam')
    .setBaseColorTexture(texture)
    .setMetallicFactor(0)
    .setRoughnessFactor(0.22)
  material
    .getBaseColorTextureInfo()
    ?.setWrapS(GL.REPEAT)
    .setWrapT(GL.CLAMP_TO_EDGE)
    .setMagFilter(GL.LINEAR)
    .setMinFilter(GL.LINEAR_MIPMAP_LINEAR)
  const primitive = document
    .createPrimitive()
    .setAttribute('POSITION', accessor('position', 'VEC3', mesh.positions))
    .setAttribute('NORMAL', accessor('normal', 'VEC3', mesh.normals))
    .setAttribute('TEXCOORD_0', accessor('uv', 'VEC2', mesh.uvs))
    .setIndices(accessor('indices', 'SCALAR', mesh.indices))
    .setMaterial(material)
  const node = document.createNode('binh-gom-men-lam').setMesh(document.createMesh('binh-gom').addPrimitive(primitive))
  root.setDefaultScene(document.createScene('scene').addChild(node))
  const glb = await new NodeIO().writeBinary(document)
  return { glb, triangles: mesh.indices.length / 3, vertices: mesh.positions.length / 3 }
}

/**
 * A poster for the model: the same vase, side view, ray-cast from the profile and shaded
 * with the same texture, on a plain background. 1200 × 800 JPEG like the other demo images.
 */
export async function demoVasePoster(width = 1200, height = 800): Promise<Buffer> {
  const texture = await sharp(await glazeTexture())
    .raw()
    .toBuffer({ resolveWithObject: true })
  const tw = texture.info.width
  const th = texture.info.height
  const tc = texture.info.channels
  const sample = (u: number, v: number, channel: number): number => {
    const x = (((u * tw - 0.5) % tw) + tw) % tw
    const y = Math.min(th - 1, Math.max(0, v * th - 0.5))
    const x0 = Math.floor(x)
    const y0 = Math.floor(y)
    const x1 = (x0 + 1) % tw
    const y1 = Math.min(th - 1, y0 + 1)
    const fx = x - x0
    const fy = y - y0
    const px = (xx: number, yy: number) => texture.data[(yy * tw + xx) * tc + channel] ?? 0
    return (px(x0, y0) * (1 - fx) + px(x1, y0) * fx) * (1 - fy) + (px(x0, y1) * (1 - fx) + px(x1, y1) * fx) * fy
  }
  const scale = (height * 0.82) / HEIGHT
  const base = height * 0.92
  const cx = width / 2
  const light = normalize([-0.5, 0.65, 0.75])
  const half = normalize([light[0], light[1], light[2] + 1])
  const out = Buffer.alloc(width * height * 3)
  const top = [236, 231, 221]
  const bottom = [198, 188, 170]
  for (let py = 0; py < height; py++) {
    const y = (base - py - 0.5) / scale
    const inside = y >= 0 && y <= HEIGHT
    const { r } = inside ? outer(y) : { r: 0 }
    const [nr, ny] = inside ? outerNormal(y) : [0, 0]
    const v = inside ? vOfY(y) : 0
    for (let px = 0; px < width; px++) {
      const k = (py * width + px) * 3
      const t = py / height
      // Background: a soft vertical gradient, darkened under the vase by an elliptical shadow.
      const sx = (px - cx) / (0.14 * scale)
      const sy = (py - base) / (0.012 * scale)
      const shadow = 1 - 0.35 * Math.exp(-(sx * sx + sy * sy))
      const bg = [0, 1, 2].map((c) => (at(top, c) * (1 - t) + at(bottom, c) * t) * shadow)
      const x = (px + 0.5 - cx) / scale
      const coverage = inside ? Math.min(1, Math.max(0, (r - Math.abs(x)) * scale + 0.5)) : 0
      if (coverage === 0) {
        out.set(bg.map(Math.round), k)
        continue
      }
      const xc = Math.max(-r, Math.min(r, x))
      const z = Math.sqrt(Math.max(0, r * r - xc * xc))
      const cos = xc / r
      const sin = z / r
      const normal: Vec3 = [nr * cos, ny, nr * sin]
      // Same convention as the mesh: angle = atan2(-z, x), u = angle / 2π.
      const u = (Math.atan2(-z, xc) / (2 * Math.PI) + 1) % 1
      const diffuse = Math.max(0, dot(normal, light))
      const specular = Math.max(0, dot(normal, half)) ** 80 * 0.6
      const shade = 0.42 + 0.7 * diffuse
      for (let c = 0; c < 3; c++) {
        const lit = Math.min(255, sample(u, v, c) * shade + 255 * specular)
        out[k + c] = Math.round(lit * coverage + at(bg, c) * (1 - coverage))
      }
    }
  }
  return sharp(out, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer()
}

type Vec3 = [number, number, number]
const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
const normalize = ([x, y, z]: Vec3): Vec3 => {
  const length = Math.hypot(x, y, z)
  return [x / length, y / length, z / length]
}
