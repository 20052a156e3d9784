/**
 * The 3D model viewer, imported by viewers.ts when a visitor presses "View the 3D model": three.js
 * with the glTF loader, meshopt and Draco decoders, studio lighting and orbit controls.
 */
import {
  Box3,
  Color,
  MathUtils,
  type Mesh,
  NeutralToneMapping,
  type Object3D,
  PerspectiveCamera,
  PMREMGenerator,
  Scene,
  Sphere,
  Spherical,
  type Texture,
  Vector3,
  WebGLRenderer,
} from 'three'
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js'
import { RoomEnvironment } from 'three/examples/jsm/environments/RoomEnvironment.js'
import { MeshoptDecoder } from 'three/examples/jsm/libs/meshopt_decoder.module.js'
import { DRACO_GLTF_CONFIG, DRACOLoader } from 'three/examples/jsm/loaders/DRACOLoader.js'
import { GLTFLoader } from 'three/examples/jsm/loaders/GLTFLoader.js'
import { fitToStage, onDemand, pixelRatio, type View } from './viewers'

/** Frees what the GPU holds for a loaded model: geometry, materials and their textures. */
function disposeTree(root: Object3D): void {
  root.traverse((node) => {
    if (!(node as Mesh).isMesh) return
    const mesh = node as Mesh
    mesh.geometry.dispose()
    for (const material of [mesh.material].flat()) {
      for (const value of Object.values(material)) {
        if ((value as Texture | null)?.isTexture) (value as Texture).dispose()
      }
      material.dispose()
    }
  })
}

const STEP = Math.PI / 12
/** Turns (radians) and zoom factors for the keys; Home resets the view. */
const KEYS: Record<string, { theta: number; phi: number; scale: number }> = {
  ArrowLeft: { theta: -STEP, phi: 0, scale: 1 },
  ArrowRight: { theta: STEP, phi: 0, scale: 1 },
  ArrowUp: { theta: 0, phi: -STEP, scale: 1 },
  ArrowDown: { theta: 0, phi: STEP, scale: 1 },
  '+': { theta: 0, phi: 0, scale: 0.8 },
  '=': { theta: 0, phi: 0, scale: 0.8 },
  '-': { theta: 0, phi: 0, scale: 1.25 },
}

/** Moves the camera around the controls' target, within their distance limits. */
function nudge(camera: PerspectiveCamera, controls: OrbitControls, turn: (typeof KEYS)[string]): void {
  const offset = camera.position.clone().sub(controls.target)
  const spherical = new Spherical().setFromVector3(offset)
  spherical.theta += turn.theta
  spherical.phi = MathUtils.clamp(spherical.phi + turn.phi, 0.05, Math.PI - 0.05)
  spherical.radius = MathUtils.clamp(spherical.radius * turn.scale, controls.minDistance, controls.maxDistance)
  camera.position.copy(controls.target).add(offset.setFromSpherical(spherical))
  camera.lookAt(controls.target)
}

export async function showModel({
  figure,
  stage,
  canvas,
  context,
  data,
  session: { defer },
}: View<ArrayBuffer>): Promise<boolean> {
  const draco = new DRACOLoader().setDecoderPath(DRACO_GLTF_CONFIG)
  defer(() => draco.dispose())
  const loader = new GLTFLoader().setDRACOLoader(draco).setMeshoptDecoder(MeshoptDecoder)
  const src = figure.dataset.src ?? ''
  const gltf = await loader.parseAsync(data, src.slice(0, src.lastIndexOf('/') + 1))
  defer(() => disposeTree(gltf.scene))
  const bounds = new Box3().setFromObject(gltf.scene)
  if (bounds.isEmpty()) return false

  const renderer = new WebGLRenderer({ canvas, context })
  defer(() => renderer.dispose())
  renderer.setPixelRatio(pixelRatio())
  renderer.toneMapping = NeutralToneMapping

  // A neutral studio as environment light: glazes and metals need reflections to look like themselves.
  const scene = new Scene()
  scene.background = new Color(0xf5f5f4)
  const room = new RoomEnvironment()
  const pmrem = new PMREMGenerator(renderer)
  const environment = pmrem.fromScene(room, 0.04).texture
  pmrem.dispose()
  room.dispose()
  scene.environment = environment
  defer(() => environment.dispose())
  scene.add(gltf.scene)

  const sphere = bounds.getBoundingSphere(new Sphere())
  const camera = new PerspectiveCamera(35, (stage.clientWidth || 1) / (stage.clientHeight || 1))
  // Far enough back for the bounding sphere to fit the narrower of the two fields of view.
  const halfFov = MathUtils.degToRad(camera.fov / 2)
  const narrower = Math.min(halfFov, Math.atan(Math.tan(halfFov) * camera.aspect))
  const distance = (sphere.radius / Math.sin(narrower)) * 1.05
  camera.near = distance / 100
  camera.far = distance * 100
  camera.position.copy(sphere.center).add(new Vector3(0, 0.35, 1).normalize().multiplyScalar(distance))
  camera.updateProjectionMatrix()

  const controls = new OrbitControls(camera, canvas)
  defer(() => controls.dispose())
  controls.target.copy(sphere.center)
  controls.enableDamping = true
  controls.minDistance = sphere.radius * 0.5
  controls.maxDistance = distance * 4
  controls.update()
  controls.saveState()

  const frames = onDemand(() => {
    // While damping settles, update() moves the camera and fires 'change', which asks for the next frame.
    controls.update()
    renderer.render(scene, camera)
  })
  defer(frames.cancel)
  controls.addEventListener('change', frames.request)
  // Shaders compile in the background where the GPU allows it, so the page does not freeze before the first frame.
  await renderer.compileAsync(scene, camera)

  fitToStage(stage, defer, renderer, camera, frames)

  canvas.addEventListener('keydown', (event) => {
    const turn = KEYS[event.key]
    if (event.key === 'Home') controls.reset()
    else if (turn) nudge(camera, controls, turn)
    else return
    event.preventDefault()
    frames.request()
  })
  const reset = figure.querySelector<HTMLButtonElement>('[data-reset]')
  const onReset = () => controls.reset()
  reset?.addEventListener('click', onReset)
  defer(() => reset?.removeEventListener('click', onReset))
  return true
}
