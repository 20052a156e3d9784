/**
 * The 360° panorama viewer, imported by viewers.ts when a visitor presses "View the 360° photo":
 * the equirectangular image on the inside of a sphere, looked around by dragging, pinching, the
 * mouse wheel or the keyboard. It shares the three.js chunk with the model viewer.
 */
import {
  MathUtils,
  Mesh,
  MeshBasicMaterial,
  PerspectiveCamera,
  Scene,
  SphereGeometry,
  SRGBColorSpace,
  Texture,
  Vector3,
  WebGLRenderer,
} from 'three'
import { fitToStage, onDemand, PANORAMA_START_FOV, pixelRatio, readStrings, type View } from './viewers'

interface Strings {
  enterFullscreen: string
  exitFullscreen: string
}

const FOV = { min: 30, max: 100 }
/** Looking straight up or down shows only the stitching seam at the poles. */
const MAX_LATITUDE = 85

export async function showPanorama({
  figure,
  stage,
  canvas,
  context,
  data: image,
  session: { defer },
}: View<HTMLImageElement>): Promise<boolean> {
  const strings = readStrings<Strings>(figure)
  const renderer = new WebGLRenderer({ canvas, context })
  defer(() => renderer.dispose())
  renderer.setPixelRatio(pixelRatio())

  const texture = new Texture(image)
  texture.colorSpace = SRGBColorSpace
  texture.anisotropy = Math.min(4, renderer.capabilities.getMaxAnisotropy())
  texture.needsUpdate = true
  defer(() => texture.dispose())
  // Seen from inside: the sphere is mirrored so that the photo is not.
  const geometry = new SphereGeometry(10, 64, 32).scale(-1, 1, 1)
  defer(() => geometry.dispose())
  const material = new MeshBasicMaterial({ map: texture })
  defer(() => material.dispose())
  const scene = new Scene()
  scene.add(new Mesh(geometry, material))
  const camera = new PerspectiveCamera(PANORAMA_START_FOV, 1, 0.1, 100)

  // The middle of the image lies at longitude 180° on three's sphere; `heading` turns right from there.
  const start = { lon: 180 + Number(figure.dataset.heading ?? 0), lat: 0, fov: PANORAMA_START_FOV }
  const view = { ...start }
  const look = new Vector3()
  const frames = onDemand(() => {
    view.lat = MathUtils.clamp(view.lat, -MAX_LATITUDE, MAX_LATITUDE)
    view.fov = MathUtils.clamp(view.fov, FOV.min, FOV.max)
    const phi = MathUtils.degToRad(90 - view.lat)
    const theta = MathUtils.degToRad(view.lon)
    camera.fov = view.fov
    camera.updateProjectionMatrix()
    camera.lookAt(look.set(Math.sin(phi) * Math.cos(theta), Math.cos(phi), Math.sin(phi) * Math.sin(theta)))
    renderer.render(scene, camera)
  })
  defer(frames.cancel)

  fitToStage(stage, defer, renderer, camera, frames)

  // Pointers down on the canvas: one drags the view, two pinch to zoom.
  const pointers = new Map<number, { x: number; y: number }>()
  let pinch: { distance: number; fov: number } | undefined
  const spread = () => {
    const [a, b] = [...pointers.values()]
    return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0
  }
  canvas.addEventListener('pointerdown', (event) => {
    canvas.setPointerCapture(event.pointerId)
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY })
    pinch = pointers.size === 2 ? { distance: spread(), fov: view.fov } : undefined
  })
  canvas.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId)
    if (!last) return
    if (pointers.size === 1) {
      // The photo follows the finger: dragging right looks further left.
      const degreesPerPixel = view.fov / (canvas.clientHeight || 1)
      view.lon -= (event.clientX - last.x) * degreesPerPixel
      view.lat += (event.clientY - last.y) * degreesPerPixel
    }
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY })
    if (pinch && pointers.size === 2 && spread() > 0) view.fov = (pinch.fov * pinch.distance) / spread()
    frames.request()
  })
  const release = (event: PointerEvent) => {
    pointers.delete(event.pointerId)
    pinch = undefined
  }
  canvas.addEventListener('pointerup', release)
  canvas.addEventListener('pointercancel', release)
  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault()
      view.fov *= Math.exp(event.deltaY * 0.001)
      frames.request()
    },
    { passive: false },
  )
  canvas.addEventListener('keydown', (event) => {
    const step = view.fov / 8
    switch (event.key) {
      case 'ArrowLeft':
        view.lon -= step
        break
      case 'ArrowRight':
        view.lon += step
        break
      case 'ArrowUp':
        view.lat += step
        break
      case 'ArrowDown':
        view.lat -= step
        break
      case '+':
      case '=':
        view.fov /= 1.2
        break
      case '-':
        view.fov *= 1.2
        break
      case 'Home':
        Object.assign(view, start)
        break
      default:
        return
    }
    event.preventDefault()
    frames.request()
  })

  const fullscreen = figure.querySelector<HTMLButtonElement>('[data-fullscreen]')
  if (fullscreen && document.fullscreenEnabled) {
    const label = () => {
      fullscreen.textContent = document.fullscreenElement === stage ? strings.exitFullscreen : strings.enterFullscreen
    }
    const toggle = () => {
      const request = document.fullscreenElement === stage ? document.exitFullscreen() : stage.requestFullscreen()
      request.catch((error: unknown) => console.error(error))
    }
    label()
    fullscreen.hidden = false
    fullscreen.addEventListener('click', toggle)
    document.addEventListener('fullscreenchange', label)
    defer(() => {
      fullscreen.hidden = true
      fullscreen.removeEventListener('click', toggle)
      document.removeEventListener('fullscreenchange', label)
      // Closing on page hide may race the browser leaving fullscreen itself; either way it is left.
      if (document.fullscreenElement === stage) document.exitFullscreen().catch(() => undefined)
    })
  }
  return true
}
