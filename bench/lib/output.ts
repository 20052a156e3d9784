/** Timing, units and the report the run prints and writes. */

export const now = () => process.hrtime.bigint()
export const since = (start: bigint) => Number(now() - start) / 1e9
export const say = (line: string) => console.log(`[bench] ${line}`)
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`
/** MB from 1 MB up, KB below. */
export const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : kb(bytes))
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`

export const report: string[] = []
export const section = (title: string, rows: [string, string, string?][], note?: string) => {
  report.push(`### ${title}`, '', '| figure | value | baseline / ratio |', '| --- | --- | --- |')
  for (const [name, value, base] of rows) report.push(`| ${name} | ${value} | ${base ?? ''} |`)
  if (note) report.push('', note)
  report.push('')
  console.log(`\n${report.slice(report.lastIndexOf(`### ${title}`)).join('\n')}`)
}
