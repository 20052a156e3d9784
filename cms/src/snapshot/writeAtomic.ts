import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

/**
 * Writes a file whole or not at all (a temporary file beside it, then a rename), so a reader never
 * sees half a file. The same helper exists in site/scripts/publish.ts: to be joined in one home.
 */
export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true })
  const temp = `${file}.tmp-${process.pid}`
  await writeFile(temp, data)
  await rename(temp, file)
}
