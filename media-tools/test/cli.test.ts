import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { validateModel } from '../src/models.ts'
import { IPHONE_HEIC, iphoneHeic, photo, svgWithScript } from './fixtures/images.ts'
import { cubeGlb } from './fixtures/models.ts'
import { removeTempDirs, tempDir } from './fixtures/outputs.ts'

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/media-tools.mjs')

const run = async (...args: string[]) => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { timeout: 120_000 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string }
    return { code: e.code, stdout: e.stdout, stderr: e.stderr }
  }
}

afterAll(removeTempDirs)

describe('media-tools CLI', () => {
  it('processes a folder of photos with progress, skips what is not a photo, and reuses its cache', async () => {
    const input = await tempDir('cli-in-')
    const out = await tempDir('cli-out-')
    await writeFile(path.join(input, 'a.jpg'), await photo({ width: 900, height: 600, seed: 11 }))
    await writeFile(path.join(input, 'b.jpg'), await photo({ width: 700, height: 700, seed: 12 }))
    await writeFile(path.join(input, 'logo.svg'), svgWithScript())
    await mkdir(path.join(input, 'subfolder'))

    const first = await run('images', input, '--out', out, '--widths', '320,640', '--formats', 'webp,jpeg')
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('2 processed, 0 refused')
    expect(first.stderr).toContain('skipped 1 files that are not photos: logo.svg')
    expect(first.stderr).toMatch(/1\/2 photos[\s\S]*2\/2 photos/)
    const folders = (await readdir(out)).filter((f) => /^[a-f0-9]{64}$/.test(f))
    expect(folders).toHaveLength(2)
    for (const folder of folders) {
      expect((await readdir(path.join(out, folder))).sort()).toEqual(
        ['320.jpg', '320.webp', '640.jpg', '640.webp', 'manifest.json'].sort(),
      )
    }

    const second = await run('images', input, '--out', out, '--widths', '320,640', '--formats', 'webp,jpeg')
    expect(second.stderr.match(/\(cached\)/g)).toHaveLength(2)
  }, 120_000)

  it('converts an iPhone HEIC in the folder, with its GPS in the report', async () => {
    const input = await tempDir('cli-in-')
    const out = await tempDir('cli-out-')
    const report = path.join(await tempDir('cli-report-'), 'report.json')
    await writeFile(path.join(input, 'IMG_0001.HEIC'), await iphoneHeic())
    const result = await run('images', input, '--out', out, '--formats', 'webp,jpeg', '--report', report)
    expect(result.code).toBe(0)
    expect(result.stdout).toContain('1 processed, 0 refused')
    const [entry] = JSON.parse(await readFile(report, 'utf8')) as {
      hash: string
      metadata: { gps: { lat: number }; capturedAt: string }
    }[]
    expect(entry?.metadata.gps.lat).toBeCloseTo(IPHONE_HEIC.lat, 5)
    expect(entry?.metadata.capturedAt).toBe(IPHONE_HEIC.capturedAt)
    expect((await readdir(path.join(out, entry?.hash ?? ''))).sort()).toEqual(['120.jpg', '120.webp', 'manifest.json'])
  }, 120_000)

  it('optimises a model and prints its report', async () => {
    const dir = await tempDir('cli-model-')
    const input = path.join(dir, 'khoi.glb')
    const output = path.join(dir, 'khoi.opt.glb')
    await writeFile(input, await cubeGlb())
    const result = await run('model', input, '--out', output, '--compression', 'draco')
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toMatchObject({ triangles: 12, compression: 'draco' })
    await expect(validateModel(new Uint8Array(await readFile(output)))).resolves.toMatchObject({ valid: true })
  }, 120_000)

  it('prints a GS1 Digital Link and refuses a wrong check digit in both languages', async () => {
    const ok = await run('gs1', '--base-url', 'https://disan.example.vn', '--gtin', '4006381333931', '--lot', 'L1')
    expect(ok.stdout.trim()).toBe('https://disan.example.vn/01/04006381333931/10/L1')
    const bad = await run('gs1', '--base-url', 'https://disan.example.vn', '--gtin', '4006381333932')
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('sai số kiểm tra')
    expect(bad.stderr).toContain('check digit')
  }, 120_000)

  it('writes a plaque PDF and explains usage mistakes', async () => {
    const dir = await tempDir('cli-pdf-')
    const out = path.join(dir, 'bien.pdf')
    const plaque = await run(
      'plaque',
      '--url',
      'https://disan.example.vn/p/2BMEK7ER',
      '--name-vi',
      'Đền Phù Đổng',
      '--out',
      out,
    )
    expect(plaque.code).toBe(0)
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-')
    const missing = await run('plaque', '--url', 'https://disan.example.vn/p/X')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('--name-vi is required')
    expect(existsSync(path.join(dir, 'undefined'))).toBe(false)
  }, 120_000)

  it('says plainly what was wrong with the command: an unknown option, a missing folder (issue 16)', async () => {
    const unknown = await run('images', '.', '--bogus', '1')
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toMatch(/^media-tools: Unknown option '--bogus'/)
    expect(unknown.stderr).not.toMatch(/TypeError| {4}at /)
    const missing = await run('images', '/khong/co/thu-muc', '--out', '/tmp/x')
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe(
      'media-tools: không có tệp hay thư mục /khong/co/thu-muc\n            /khong/co/thu-muc does not exist\n',
    )
  }, 120_000)

  it('makes a label sheet from a GTIN without a short code, as the README shows', async () => {
    const out = path.join(await tempDir('cli-labels-'), 'tem.pdf')
    const labels = await run(
      'labels',
      '--base-url',
      'https://disan.example.vn',
      '--gtin',
      '9520000123451',
      '--lot',
      'L2026-01',
      '--product',
      'Bình gốm men lam',
      '--count',
      '48',
      '--out',
      out,
    )
    expect(labels.code, labels.stderr).toBe(0)
    expect((await readFile(out)).subarray(0, 5).toString()).toBe('%PDF-')
    const neither = await run(
      'labels',
      '--base-url',
      'https://disan.example.vn',
      '--lot',
      'L1',
      '--product',
      'X',
      '--out',
      out,
    )
    expect(neither.code).toBe(2)
    expect(neither.stderr).toMatch(/--code is required/)
  }, 120_000)
})
