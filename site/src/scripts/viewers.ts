/**
 * The part of the 3D model and 360° panorama islands that a page with a viewer loads: it wires the
 * open buttons, checks for WebGL and downloads the model or photo while the viewer itself is
 * imported (model-viewer.ts, panorama-viewer.ts: three.js). Nothing here imports three.js.
 */
import type { Panorama } from '@heritage/contract'
import type { PerspectiveCamera, WebGLRenderer } from 'three'

/** Strings both viewers have, written by their Astro component into `data-strings`. */
interface CommonStrings {
  /** While the file downloads, with `{percent}` (and `{size}` in KB for panoramas). */
  loading: string
  /** Once it has arrived, while three.js loads and the first frame is prepared. */
  preparing: string
  canvas: string
  noWebgl: string
  failed: string
  contextLost: string
  /** Label of the `data-fallback` link: the file itself, for when the viewer cannot show it. */
  fallback: string
}

/** One opening of a viewer: how it learns that it must stop, and where it leaves its clean-up. */
export interface Session {
  /** Aborted when the viewer closes, possibly while it is still loading. */
  signal: AbortSignal
  /** Runs `cleanup` when the viewer closes (at once if it already has), last registered first. */
  defer: (cleanup: () => void) => void
}

/** What a viewer draws into: the canvas (not yet in the page), its WebGL 2 context and the downloaded data. */
export interface View<T> {
  figure: HTMLElement
  stage: HTMLElement
  canvas: HTMLCanvasElement
  context: WebGL2RenderingContext
  data: T
  session: Session
}

/** Sets up the scene and returns true, or false when the data holds nothing to show. */
export type Show<T> = (view: View<T>) => Promise<boolean>

export const readStrings = <S>(figure: HTMLElement): S => JSON.parse(figure.dataset.strings ?? '{}') as S

function showStatus(figure: HTMLElement, text: string): void {
  const status = figure.querySelector('[data-status]')
  if (!status) return
  status.classList.remove('error')
  status.textContent = text
}

/** An error in the live region, followed where there is one by a link to the file itself. */
function showError(figure: HTMLElement, message: string, fallback?: { href: string; label: string }): void {
  const status = figure.querySelector('[data-status]')
  if (!status) return
  status.classList.add('error')
  status.textContent = `${message} `
  if (fallback) {
    const link = document.createElement('a')
    link.href = fallback.href
    link.textContent = fallback.label
    status.append(link)
  }
}

/**
 * The loading indicator over the poster (`[data-loading]`): a progress bar and its text, from the
 * press until the first frame. The bar follows the download, then runs without a value while
 * three.js loads and the view is prepared (those report no progress). Screen readers hear the
 * phases through the status line, not every percent.
 */
function showLoading(figure: HTMLElement, text: string, fraction?: number): void {
  markLoading(figure, true)
  const bar = figure.querySelector<HTMLProgressElement>('[data-progress]')
  if (bar) {
    if (fraction === undefined) bar.removeAttribute('value')
    else bar.value = Math.round(fraction * 100)
  }
  const label = figure.querySelector('[data-loading-text]')
  if (label && label.textContent !== text) label.textContent = text
}

/**
 * `.loading` shows the indicator; meanwhile the status line, which it repeats, is visually hidden
 * (site.css) but stays in the accessibility tree, for screen readers and for the errors after it.
 */
function markLoading(figure: HTMLElement, loading: boolean): void {
  figure.classList.toggle('loading', loading)
  figure.querySelector('[data-status]')?.classList.toggle('visually-hidden', loading)
}

/** `{name}` placeholders filled in, for strings that carry a number. */
const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))

/** devicePixelRatio capped at 2: sharper than that costs a phone's GPU much and shows little. */
export const pixelRatio = (): number => Math.min(window.devicePixelRatio || 1, 2)

/** Downloads a file, reporting how much has arrived (`expectedBytes` when the server sends no length). */
async function download(
  url: string,
  expectedBytes: number,
  onProgress: (fraction: number) => void,
  signal: AbortSignal,
): Promise<ArrayBuffer> {
  const response = await fetch(url, { signal })
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  if (!response.body) return response.arrayBuffer()
  const total = Number(response.headers.get('Content-Length')) || expectedBytes
  const reader = response.body.getReader()
  const chunks: Uint8Array<ArrayBuffer>[] = []
  let received = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    received += value.byteLength
    onProgress(Math.min(1, received / total))
  }
  return new Blob(chunks).arrayBuffer()
}

/** Draws a frame only when something asked for one: an idle viewer costs no battery. */
export function onDemand(render: () => void): { request: () => void; cancel: () => void } {
  let frame = 0
  return {
    request: () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0
          render()
        })
    },
    cancel: () => {
      cancelAnimationFrame(frame)
      frame = 0
    },
  }
}

/**
 * Sizes the renderer and the camera to the stage, now and whenever the stage changes size (not while
 * it has no size), then asks for a frame.
 */
export function fitToStage(
  stage: HTMLElement,
  defer: Session['defer'],
  renderer: WebGLRenderer,
  camera: PerspectiveCamera,
  frames: { request: () => void },
): void {
  const resizeNow = () => {
    const width = stage.clientWidth
    const height = stage.clientHeight
    if (width === 0 || height === 0) return
    renderer.setSize(width, height, false)
    camera.aspect = width / height
    camera.updateProjectionMatrix()
    frames.request()
  }
  resizeNow()
  const resize = new ResizeObserver(resizeNow)
  resize.observe(stage)
  defer(() => resize.disconnect())
}

/**
 * A WebGL 2 context (what three.js needs), asked for before three.js is downloaded, so a phone
 * without WebGL is told at once instead of after spending its data on a library it cannot use.
 */
function webgl2(canvas: HTMLCanvasElement): WebGL2RenderingContext | null {
  try {
    return canvas.getContext('webgl2', { antialias: true, alpha: false })
  } catch {
    return null
  }
}

/**
 * Wires the open button of every figure matching `selector`. On a press, `fetchData` downloads what
 * the figure shows while `load` imports the viewer; then the viewer's canvas replaces the poster.
 * The viewer closes, freeing the GPU, when the page is hidden (a back-forward cache restore then
 * shows the poster and button again) or when the device drops the WebGL context.
 */
function wireViewers<T>(
  selector: string,
  fetchData: (
    figure: HTMLElement,
    context: WebGL2RenderingContext,
    signal: AbortSignal,
    progress: (fraction: number, values?: Record<string, string | number>) => void,
  ) => Promise<T>,
  load: () => Promise<Show<T>>,
): void {
  for (const figure of document.querySelectorAll<HTMLElement>(selector)) {
    const button = figure.querySelector<HTMLButtonElement>('[data-open]')
    const stage = figure.querySelector<HTMLElement>('[data-stage]')
    if (!button || !stage) continue
    const strings = readStrings<CommonStrings>(figure)
    const fallback = figure.dataset.fallback ? { href: figure.dataset.fallback, label: strings.fallback } : undefined

    // Not `disabled` while loading: that would drop the keyboard focus, which should stay on the
    // button if loading fails and the visitor wants to press it again.
    let busy = false
    button.addEventListener('click', async () => {
      if (busy) return
      busy = true
      button.setAttribute('aria-disabled', 'true')
      const controller = new AbortController()
      const { signal } = controller
      const cleanups: (() => void)[] = []
      const defer = (cleanup: () => void): void => {
        if (signal.aborted) cleanup()
        else cleanups.push(cleanup)
      }
      const close = (): void => {
        if (signal.aborted) return
        controller.abort()
        window.removeEventListener('pagehide', close)
        for (const cleanup of cleanups.reverse()) cleanup()
        markLoading(figure, false)
        figure.classList.remove('open')
        button.removeAttribute('aria-disabled')
        busy = false
      }
      window.addEventListener('pagehide', close)

      const canvas = document.createElement('canvas')
      const context = webgl2(canvas)
      if (!context) {
        showError(figure, strings.noWebgl, fallback)
        close()
        return
      }
      // Browsers keep only a few WebGL contexts alive: give this one back as soon as the viewer closes.
      defer(() => context.getExtension('WEBGL_lose_context')?.loseContext())
      const preparing = () => {
        showLoading(figure, strings.preparing)
        showStatus(figure, strings.preparing)
      }
      let announced = false
      const progress = (fraction: number, values: Record<string, string | number> = {}) => {
        const text = fill(strings.loading, { ...values, percent: Math.round(fraction * 100) })
        showLoading(figure, text, fraction)
        if (!announced) showStatus(figure, text)
        announced = true
      }
      try {
        const [show, data] = await Promise.all([
          load(),
          fetchData(figure, context, signal, progress).then((data) => {
            if (!signal.aborted) preparing()
            return data
          }),
        ])
        if (signal.aborted) return
        if (!(await show({ figure, stage, canvas, context, data, session: { signal, defer } }))) {
          throw new Error(`${selector}: nothing to show`)
        }
      } catch (error) {
        if (signal.aborted) return
        console.error(error)
        showError(figure, strings.failed, fallback)
        close()
        return
      }
      if (signal.aborted) return
      canvas.addEventListener('webglcontextlost', () => {
        if (signal.aborted) return
        showError(figure, strings.contextLost)
        close()
      })
      canvas.tabIndex = 0
      // Arrow keys move the view, so screen readers should pass them through rather than browse.
      canvas.setAttribute('role', 'application')
      canvas.setAttribute('aria-label', strings.canvas)
      const hint = figure.querySelector('[data-hint]')
      if (hint?.id) canvas.setAttribute('aria-describedby', hint.id)
      stage.append(canvas)
      defer(() => canvas.remove())
      markLoading(figure, false)
      figure.classList.add('open')
      showStatus(figure, '')
      canvas.focus({ preventScroll: true })
    })
  }
}

/** 3D models: the .glb from `data-src`, its size from `data-bytes`. */
export function wireModelViewers(): void {
  wireViewers(
    '[data-model-viewer]',
    (figure, _context, signal, progress) => {
      progress(0)
      return download(figure.dataset.src ?? '', Number(figure.dataset.bytes), progress, signal)
    },
    async () => (await import('./model-viewer')).showModel,
  )
}

type PanoramaVersion = Panorama['web'][number]

/** Panoramas wider than this exhaust the GPU memory of many phones. */
const PANORAMA_MAX_WIDTH = 4096
/** Vertical field of view the panorama viewer starts with, in degrees. */
export const PANORAMA_START_FOV = 75

/** Decodes a 1×1 WebP: true where the browser can show WebP, smaller than JPEG. */
const webpDecodes = (() => {
  let answer: Promise<boolean> | undefined
  return () => {
    answer ??= new Promise((resolve) => {
      const image = new Image()
      image.onload = () => resolve(image.width === 1)
      image.onerror = () => resolve(false)
      image.src = 'data:image/webp;base64,UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA'
    })
    return answer
  }
})()

/**
 * The smallest version that still gives one image pixel per screen pixel at the starting zoom,
 * within what the GPU and the data saver allow; the largest allowed one if none is that sharp.
 */
function choosePanoramaVersion(
  versions: PanoramaVersion[],
  webp: boolean,
  maxTextureSize: number,
  stage: { width: number; height: number },
): PanoramaVersion | undefined {
  const format = webp && versions.some((v) => v.format === 'webp') ? 'webp' : 'jpeg'
  const ofFormat = versions.filter((v) => v.format === format).sort((a, b) => a.width - b.width)
  const candidates = ofFormat.length > 0 ? ofFormat : [...versions].sort((a, b) => a.width - b.width)
  const allowed = candidates.filter((v) => v.width <= Math.min(PANORAMA_MAX_WIDTH, maxTextureSize))
  if (allowed.length === 0) return candidates[0]
  if ((navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData) return allowed[0]
  const halfFov = (PANORAMA_START_FOV / 2) * (Math.PI / 180)
  const horizontalFov = 2 * Math.atan(Math.tan(halfFov) * (stage.width / stage.height))
  const needed = (stage.width * pixelRatio() * 2 * Math.PI) / horizontalFov
  return allowed.find((v) => v.width >= needed) ?? allowed.at(-1)
}

async function decodeImage(data: ArrayBuffer, format: PanoramaVersion['format']): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([data], { type: `image/${format}` }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    return image
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** 360° panoramas: a version from `data-versions` chosen for this device, decoded before it reaches the GPU. */
export function wirePanoramaViewers(): void {
  wireViewers(
    '[data-panorama-viewer]',
    async (figure, context, signal, report) => {
      const stage = figure.querySelector<HTMLElement>('[data-stage]')
      const version = choosePanoramaVersion(
        JSON.parse(figure.dataset.versions ?? '[]') as PanoramaVersion[],
        await webpDecodes(),
        context.getParameter(context.MAX_TEXTURE_SIZE) as number,
        { width: stage?.clientWidth || 1, height: stage?.clientHeight || 1 },
      )
      if (!version) throw new Error(`${figure.dataset.fallback}: the panorama has no web version`)
      const kb = Math.max(1, Math.round(version.bytes / 1024))
      const progress = (fraction: number) => report(fraction, { size: kb })
      progress(0)
      return decodeImage(await download(`/media/${version.file}`, version.bytes, progress, signal), version.format)
    },
    async () => (await import('./panorama-viewer')).showPanorama,
  )
}
