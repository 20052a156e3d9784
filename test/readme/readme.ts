/**
 * The README's shell blocks, as the README test reads them. Every ```sh block must be preceded by
 * a marker saying how it is tested, so that no command goes into the README untested:
 *
 *   <!-- readme-test: run -->                      run as written; exit code 0
 *   <!-- readme-test: files NAME… -->              the same, after writing the named example files
 *                                                  (a user's own spreadsheet, photos, 3D scan)
 *   <!-- readme-test: server URL -->               run in the background until URL answers
 *   <!-- readme-test: long (why) -->               only with README_TEST_LONG=1
 *   <!-- readme-test: skip (why) -->               never (the reason says what tests it instead)
 */
export type Marker = 'run' | 'files' | 'server' | 'long' | 'skip'

export interface ReadmeBlock {
  /** 1-based line of the opening fence. */
  line: number
  marker: Marker
  /** What follows the marker: file names, the URL, or the reason. */
  argument: string
  script: string
}

const MARKERS: readonly Marker[] = ['run', 'files', 'server', 'long', 'skip']

export function readmeBlocks(markdown: string): ReadmeBlock[] {
  const lines = markdown.split('\n')
  const blocks: ReadmeBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(sh|bash|shell)\s*$/.test(lines[i] as string)) continue
    const end = lines.findIndex((line, j) => j > i && line.startsWith('```'))
    if (end < 0) throw new Error(`README.md:${i + 1}: a shell block that never ends`)
    const marker = /^<!-- readme-test: (\w+)\s*(.*?)\s*-->$/.exec((lines[i - 1] ?? '').trim())
    if (!marker || !MARKERS.includes(marker[1] as Marker)) {
      throw new Error(
        `README.md:${i + 1}: a shell block without a readme-test marker on the line above (one of ${MARKERS.join(', ')})`,
      )
    }
    blocks.push({
      line: i + 1,
      marker: marker[1] as Marker,
      argument: marker[2] ?? '',
      script: lines.slice(i + 1, end).join('\n'),
    })
    i = end
  }
  return blocks
}
