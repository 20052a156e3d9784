/**
 * Backup and restore as an operator runs them (`pnpm backup` / `pnpm restore`, separate
 * processes, real database files): the seeded demo, backed up and restored into an empty data
 * folder, is identical record for record, version for version, file for file.
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import type { BackupManifest } from '../src/backup/archive'
import { scratchFolder } from './scratch'

const run = promisify(execFile)
const cms = path.resolve(import.meta.dirname, '..')
let root: string
let original: string
let archive: string
let manifest: BackupManifest

async function payloadRun(script: string, dataDir: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(path.join(cms, 'node_modules/.bin/payload'), ['run', script, '--', ...args], {
      cwd: cms,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        SITE_AUTOBUILD: '0',
        SEED_QUIET_ACCOUNTS: '1',
        NODE_OPTIONS: '--no-deprecation',
        INIT_CWD: root,
      },
      maxBuffer: 64 * 1024 * 1024,
    })
    return { code: 0, out: stdout + stderr }
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string }
    return { code: e.code ?? 1, out: `${e.stdout ?? ''}${e.stderr ?? ''}` }
  }
}

async function checksums(dataDir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {}
  const walk = async (dir: string) => {
    if (!existsSync(dir)) return
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else
        out[path.relative(dataDir, full)] = createHash('sha256')
          .update(await readFile(full))
          .digest('hex')
    }
  }
  await walk(path.join(dataDir, 'uploads'))
  await walk(path.join(dataDir, 'derivatives'))
  return out
}

const manifestOf = async (file: string) =>
  JSON.parse(
    (await (await JSZip.loadAsync(await readFile(file))).file('manifest.json')?.async('string')) ?? '{}',
  ) as BackupManifest

const scratch = scratchFolder('heritage-backup-')

beforeAll(async () => {
  root = scratch()
  original = path.join(root, 'goc')
  await mkdir(original)
  const seeded = await payloadRun('src/seed/run.ts', original)
  expect(seeded.code, seeded.out).toBe(0)
  const backup = await payloadRun('src/backup/run.ts', original, 'backup', '--out', 'sao-luu.zip')
  expect(backup.code, backup.out).toBe(0)
  expect(backup.out).toContain('without password hashes')
  archive = path.join(root, 'sao-luu.zip')
  manifest = await manifestOf(archive)
}, 300_000)

describe('backup and restore', () => {
  it('restores the seeded demo into an empty folder: every record, locale, version and file identical', async () => {
    expect(manifest.collections.relics?.records).toBeGreaterThan(3)
    expect(manifest.collections.relics?.versions).toBeGreaterThan(3)
    expect(manifest.files.length).toBeGreaterThan(10)
    const restoredDir = path.join(root, 'khoi-phuc')
    const restored = await payloadRun('src/backup/run.ts', restoredDir, 'restore', '--file', 'sao-luu.zip')
    expect(restored.code, restored.out).toBe(0)
    expect(restored.out).toContain('match the backup')
    expect(restored.out).toContain('set new passwords')
    // Files: byte for byte.
    expect(await checksums(restoredDir)).toEqual(await checksums(original))
    // Records and versions, recomputed independently from the restored database by a new backup.
    const again = await payloadRun('src/backup/run.ts', restoredDir, 'backup', '--out', 'lan-hai.zip')
    expect(again.code, again.out).toBe(0)
    expect((await manifestOf(path.join(root, 'lan-hai.zip'))).collections).toEqual(manifest.collections)
  }, 300_000)

  it('leaves password hashes out unless asked', async () => {
    const zip = await JSZip.loadAsync(await readFile(archive))
    const database = Buffer.from((await zip.file('database.sqlite')?.async('uint8array')) ?? new Uint8Array())
    expect(database.byteLength).toBeGreaterThan(0)
    // Payload stores "pbkdf2-sha256-v1:<hex>"; none may be in the copy.
    expect(database.toString('latin1')).not.toMatch(/pbkdf2-sha256-v1:[0-9a-f]{32}/)
    const withPasswords = await payloadRun(
      'src/backup/run.ts',
      original,
      'backup',
      '--out',
      'day-du.zip',
      '--with-passwords',
    )
    expect(withPasswords.code, withPasswords.out).toBe(0)
    const full = await JSZip.loadAsync(await readFile(path.join(root, 'day-du.zip')))
    const fullDb = Buffer.from((await full.file('database.sqlite')?.async('uint8array')) ?? new Uint8Array())
    expect(fullDb.toString('latin1')).toMatch(/pbkdf2-sha256-v1:[0-9a-f]{32}/)
  }, 120_000)

  it('refuses an archive from a newer schema, a damaged archive, and a folder that has a database', async () => {
    const zip = await JSZip.loadAsync(await readFile(archive))
    zip.file('manifest.json', JSON.stringify({ ...manifest, schemaVersion: '29991231_000000_future' }))
    await writeFile(path.join(root, 'moi-hon.zip'), await zip.generateAsync({ type: 'uint8array' }))
    const newer = await payloadRun('src/backup/run.ts', path.join(root, 'trong-1'), 'restore', '--file', 'moi-hon.zip')
    expect(newer.code).toBe(1)
    expect(newer.out).toMatch(/phiên bản mới hơn.*Hãy cập nhật hệ thống/)
    expect(existsSync(path.join(root, 'trong-1', 'heritage.db'))).toBe(false)

    const damaged = await JSZip.loadAsync(await readFile(archive))
    const first = manifest.files[0] as { path: string }
    damaged.file(`files/${first.path}`, 'hỏng')
    await writeFile(path.join(root, 'hong.zip'), await damaged.generateAsync({ type: 'uint8array' }))
    const broken = await payloadRun('src/backup/run.ts', path.join(root, 'trong-2'), 'restore', '--file', 'hong.zip')
    expect(broken.code).toBe(1)
    expect(broken.out).toContain('bị hỏng')
    expect(existsSync(path.join(root, 'trong-2', 'heritage.db'))).toBe(false)

    const occupied = await payloadRun('src/backup/run.ts', original, 'restore', '--file', 'sao-luu.zip')
    expect(occupied.code).toBe(1)
    expect(occupied.out).toContain('không trống')
  }, 120_000)

  it('refuses a data folder holding anything, a missing file and a truncated archive, in plain words', async () => {
    // Issue 16: a folder with other files (no database yet) was restored into, keeping them.
    const busy = path.join(root, 'co-tep')
    await mkdir(path.join(busy, 'uploads'), { recursive: true })
    await writeFile(path.join(busy, 'uploads', 'anh-cu.jpg'), 'ảnh cũ')
    const kept = await payloadRun('src/backup/run.ts', busy, 'restore', '--file', 'sao-luu.zip')
    expect(kept.code).toBe(1)
    expect(kept.out).toMatch(/không trống \(.*uploads\).*chưa có gì bị thay đổi/)
    expect(await readdir(busy)).toEqual(['uploads'])

    const missing = await payloadRun(
      'src/backup/run.ts',
      path.join(root, 'trong-3'),
      'restore',
      '--file',
      'khong-co.zip',
    )
    expect(missing.code).toBe(1)
    expect(missing.out).toMatch(/Không có tệp .*khong-co\.zip/)
    expect(missing.out).not.toMatch(/không phải tệp sao lưu| {4}at /)

    const whole = await readFile(archive)
    await writeFile(path.join(root, 'cut.zip'), whole.subarray(0, Math.floor(whole.length / 2)))
    const cut = await payloadRun('src/backup/run.ts', path.join(root, 'trong-4'), 'restore', '--file', 'cut.zip')
    expect(cut.code).toBe(1)
    expect(cut.out).toContain('bị cắt cụt hoặc hỏng')
    expect(existsSync(path.join(root, 'trong-4', 'heritage.db'))).toBe(false)
  }, 120_000)
})
