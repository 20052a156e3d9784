import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Encoding photos, scans and PDFs takes seconds, more on a busy machine: vitest's default 5 s
    // made first tests (which also build their fixtures) fail for time alone.
    testTimeout: 30_000,
  },
})
