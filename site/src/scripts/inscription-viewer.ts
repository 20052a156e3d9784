/**
 * The deep-zoom viewer of an inscription's photo (components/islands/InscriptionText.astro):
 * ours, small, no library. It reads the photo's IIIF Image API 3 info.json (a level-0 pyramid of
 * static tiles), draws the tiles of the level that suits the zoom as positioned <img>s over the
 * smallest whole image, and draws each line's region on top.
 *
 * Pan: drag (mouse, one finger) or arrow keys. Zoom: wheel, pinch, the + and − buttons or keys,
 * 0 to fit the photo again. A line's button (or Enter on it) highlights its region and brings it
 * into view; a click or tap on a region selects its line and scrolls to it.
 */

interface Info {
  id: string
  width: number
  height: number
  sizes?: { width: number; height: number }[]
  tiles?: { width: number; scaleFactors: number[] }[]
}
interface Region {
  n: number
  x: number
  y: number
  w: number
  h: number
}
interface Strings {
  zoomIn: string
  zoomOut: string
  reset: string
  viewer: string
  help: string
  line: string
}

const STEP = 1.5
/** Arrow keys move the photo this many pixels, the way the arrow points (the view the other way). */
const PAN_STEP = 60
const PAN_KEYS: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
}
const MAX_PIXEL = 4 // at most four screen pixels per photo pixel

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag)
  if (className) node.className = className
  return node
}

export async function wireInscriptionViewers(): Promise<void> {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-inscription-viewer]')) {
    if (figure.dataset.wired) continue
    figure.dataset.wired = '1'
    const address = figure.dataset.info
    if (!address) continue
    try {
      const response = await fetch(address)
      if (!response.ok) continue
      // The tiles are beside info.json: read from where it was found, not its `id` (the public
      // address), so that a preview of the site on another host shows its own tiles.
      start(figure, (await response.json()) as Info, new URL('.', response.url).href)
    } catch {
      // Without the tiles the photo stays as it is: the page is whole without the viewer.
    }
  }
}

function start(figure: HTMLElement, info: Info, folder: string): void {
  const S = JSON.parse(figure.dataset.strings ?? '{}') as Strings
  const regions = JSON.parse(figure.dataset.regions ?? '[]') as Region[]
  const still = figure.querySelector<HTMLElement>('[data-still]')
  const help = figure.querySelector<HTMLElement>('[data-help]')
  const W = info.width
  const H = info.height
  const tileSpec = info.tiles?.[0]
  const tileSize = tileSpec?.width ?? Math.max(W, H)
  const factors = [...(tileSpec?.scaleFactors ?? [1])].sort((a, b) => a - b)
  const base = folder.replace(/\/$/, '')
  const smallest = info.sizes?.at(-1) ?? { width: W, height: H }

  const stage = el('div', 'zoom-stage')
  stage.tabIndex = 0
  stage.setAttribute('role', 'application')
  stage.setAttribute('aria-label', S.viewer)
  if (help) {
    help.hidden = false
    stage.setAttribute('aria-describedby', help.id)
  }
  const content = el('div', 'zoom-content')
  const overview = el('img')
  overview.alt = ''
  overview.src = `${base}/full/${smallest.width},${smallest.height}/0/default.jpg`
  overview.style.cssText = 'left:0;top:0;width:100%;height:100%'
  const tileLayer = el('div')
  const regionLayer = el('div')
  content.append(overview, tileLayer, regionLayer)
  const controls = el('div', 'zoom-controls')
  const button = (label: string, symbol: string, action: () => void) => {
    const b = el('button')
    b.type = 'button'
    b.textContent = symbol
    b.setAttribute('aria-label', label)
    b.title = label
    b.addEventListener('click', action)
    controls.append(b)
    return b
  }
  stage.append(content, controls)
  still?.replaceWith(stage)

  let scale = 1
  let tx = 0
  let ty = 0
  const fitScale = () => Math.min(stage.clientWidth / W, stage.clientHeight / H)
  const clamp = () => {
    const min = fitScale()
    scale = Math.min(Math.max(scale, min), MAX_PIXEL)
    const cw = W * scale
    const ch = H * scale
    const vw = stage.clientWidth
    const vh = stage.clientHeight
    tx = cw <= vw ? (vw - cw) / 2 : Math.min(0, Math.max(vw - cw, tx))
    ty = ch <= vh ? (vh - ch) / 2 : Math.min(0, Math.max(vh - ch, ty))
  }
  const tiles = new Map<string, HTMLImageElement>()
  let frame = 0
  const draw = () => {
    frame = 0
    clamp()
    content.style.width = `${W * scale}px`
    content.style.height = `${H * scale}px`
    content.style.transform = `translate(${tx}px, ${ty}px)`
    // The level with just enough pixels for the screen's density.
    const wanted = 1 / (scale * (window.devicePixelRatio || 1))
    const level = factors.filter((f) => f <= wanted).at(-1) ?? factors[0] ?? 1
    const step = tileSize * level
    const left = Math.max(0, -tx / scale)
    const top = Math.max(0, -ty / scale)
    const right = Math.min(W, (stage.clientWidth - tx) / scale)
    const bottom = Math.min(H, (stage.clientHeight - ty) / scale)
    const keep = new Set<string>()
    for (let y = Math.floor(top / step) * step; y < bottom; y += step) {
      for (let x = Math.floor(left / step) * step; x < right; x += step) {
        const w = Math.min(step, W - x)
        const h = Math.min(step, H - y)
        const whole = x === 0 && y === 0 && w === W && h === H
        const src = `${base}/${whole ? 'full' : `${x},${y},${w},${h}`}/${Math.ceil(w / level)},${Math.ceil(h / level)}/0/default.jpg`
        keep.add(src)
        let img = tiles.get(src)
        if (!img) {
          img = el('img')
          img.alt = ''
          img.decoding = 'async'
          img.src = src
          tiles.set(src, img)
          tileLayer.append(img)
        }
        img.style.cssText = `left:${x * scale}px;top:${y * scale}px;width:${w * scale}px;height:${h * scale}px`
      }
    }
    for (const [src, img] of tiles) {
      if (!keep.has(src)) {
        img.remove()
        tiles.delete(src)
      }
    }
  }
  const redraw = () => {
    if (!frame) frame = requestAnimationFrame(draw)
  }
  /** Zoom by `factor` keeping the photo point under (cx, cy) of the stage where it is. */
  const zoomAt = (factor: number, cx = stage.clientWidth / 2, cy = stage.clientHeight / 2) => {
    const next = Math.min(Math.max(scale * factor, fitScale()), MAX_PIXEL)
    tx = cx - ((cx - tx) / scale) * next
    ty = cy - ((cy - ty) / scale) * next
    scale = next
    redraw()
  }
  const reset = () => {
    scale = fitScale()
    redraw()
  }
  button(S.zoomIn, '+', () => zoomAt(STEP))
  button(S.zoomOut, '−', () => zoomAt(1 / STEP))
  button(S.reset, '⟲', reset)

  // Regions, as fractions of the photo: they scale with the content.
  const boxes = new Map<number, HTMLElement>()
  for (const r of regions) {
    const box = el('div', 'zoom-region')
    box.dataset.region = String(r.n)
    box.title = S.line.replace('{n}', String(r.n))
    box.style.cssText = `left:${r.x * 100}%;top:${r.y * 100}%;width:${r.w * 100}%;height:${r.h * 100}%`
    regionLayer.append(box)
    boxes.set(r.n, box)
  }
  const lineOf = (n: number) => document.getElementById(`line-${n}`)
  const select = (n: number) => {
    for (const [k, box] of boxes) box.classList.toggle('selected', k === n)
    for (const li of document.querySelectorAll('[data-line]')) li.classList.toggle('selected', li === lineOf(n))
  }
  /** Selects line n and shows its region: zoomed so that it fills most of the stage, centred. */
  const show = (n: number) => {
    const r = regions.find((region) => region.n === n)
    if (!r) return
    select(n)
    const vw = stage.clientWidth
    const vh = stage.clientHeight
    scale = Math.min(MAX_PIXEL, Math.max(fitScale(), Math.min((vw * 0.8) / (r.w * W), (vh * 0.8) / (r.h * H))))
    tx = vw / 2 - (r.x + r.w / 2) * W * scale
    ty = vh / 2 - (r.y + r.h / 2) * H * scale
    draw()
    stage.scrollIntoView({ block: 'nearest' })
  }
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-show-line]')) {
    b.hidden = false
    b.addEventListener('click', () => show(Number(b.dataset.showLine)))
  }

  // Pointers: one drags, two pinch; a press that hardly moved on a region selects its line.
  const pointers = new Map<number, { x: number; y: number }>()
  let moved = 0
  let pinch = 0
  const spread = () => {
    const [a, b] = [...pointers.values()]
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0
  }
  stage.addEventListener('pointerdown', (event) => {
    if ((event.target as HTMLElement).closest('button')) return
    stage.setPointerCapture(event.pointerId)
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY })
    if (pointers.size === 1) moved = 0
    pinch = spread()
  })
  stage.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId)
    if (!last) return
    const now = { x: event.clientX, y: event.clientY }
    if (pointers.size === 1) {
      tx += now.x - last.x
      ty += now.y - last.y
      moved += Math.abs(now.x - last.x) + Math.abs(now.y - last.y)
      pointers.set(event.pointerId, now)
      redraw()
      return
    }
    pointers.set(event.pointerId, now)
    const distance = spread()
    if (pinch > 0 && distance > 0) {
      const rect = stage.getBoundingClientRect()
      const [a, b] = [...pointers.values()]
      if (a && b) zoomAt(distance / pinch, (a.x + b.x) / 2 - rect.left, (a.y + b.y) / 2 - rect.top)
    }
    pinch = distance
    moved += 10
  })
  const release = (event: PointerEvent) => {
    if (!pointers.delete(event.pointerId)) return
    pinch = spread()
    if (pointers.size === 0 && moved < 6) {
      const hit = document
        .elementsFromPoint(event.clientX, event.clientY)
        .find((e) => e instanceof HTMLElement && e.dataset.region)
      const n = hit instanceof HTMLElement ? Number(hit.dataset.region) : 0
      if (n) {
        select(n)
        lineOf(n)?.scrollIntoView({ block: 'center', behavior: 'smooth' })
        lineOf(n)?.querySelector<HTMLElement>('[data-show-line]')?.focus({ preventScroll: true })
      }
    }
  }
  stage.addEventListener('pointerup', release)
  stage.addEventListener('pointercancel', release)
  stage.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault()
      const rect = stage.getBoundingClientRect()
      zoomAt(event.deltaY < 0 ? 1.2 : 1 / 1.2, event.clientX - rect.left, event.clientY - rect.top)
    },
    { passive: false },
  )
  stage.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const pan = PAN_KEYS[event.key]
    if (pan) {
      tx += pan[0] * PAN_STEP
      ty += pan[1] * PAN_STEP
      redraw()
    } else if (event.key === '+' || event.key === '=') zoomAt(STEP)
    else if (event.key === '-' || event.key === '−') zoomAt(1 / STEP)
    else if (event.key === '0') reset()
    else return
    event.preventDefault()
  })
  new ResizeObserver(redraw).observe(stage)
  reset()
  draw()
}
