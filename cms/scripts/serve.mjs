// `npm run serve` (and `pnpm start` in cms/): the admin and API in production mode, after
// `npm run build`. Refuses to start, saying why, without a proper PAYLOAD_SECRET or a build,
// instead of answering 500 to every request with the reason only in the log.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { resolveSecret } from '../src/secret.ts'

const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const fail = (vi, en) => {
  console.error(`${vi}\n${en}`)
  process.exit(1)
}

const env = { ...process.env, NODE_ENV: 'production' }
try {
  resolveSecret(env)
} catch (error) {
  fail(
    'Chưa có PAYLOAD_SECRET hợp lệ (ít nhất 32 ký tự ngẫu nhiên, ví dụ kết quả của `openssl rand -hex 32`): hệ thống không khởi động.',
    `Not starting: ${error.message}`,
  )
}
if (!existsSync(path.join(cmsDir, '.next', 'BUILD_ID'))) {
  fail(
    'Chưa có bản build của trang quản trị: hãy chạy `npm run build` trước.',
    'No admin build yet: run `npm run build` first.',
  )
}
const port = process.env.CMS_PORT ?? '3000'
const child = spawn(path.join(cmsDir, 'node_modules', '.bin', 'next'), ['start', '--port', port], {
  cwd: cmsDir,
  env: { ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --no-deprecation`.trim() },
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
