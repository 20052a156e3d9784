import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll } from 'vitest'

/**
 * A scratch folder for a whole test file: made before its tests (call this before the file's own
 * beforeAll, which may then use it), removed after them. The function returned gives its path.
 */
export function scratchFolder(prefix: string): () => string {
  let dir: string | undefined
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix))
  })
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    if (!dir) throw new Error(`The scratch folder ${prefix}… is made before the tests, not when the file loads.`)
    return dir
  }
}
