import type { ImportPlan } from './plan'

const ACTION = { create: 'tạo mới', update: 'cập nhật', unchanged: 'không đổi', reject: 'bị từ chối' } as const

/** The dry run as plain text, one line per problem, in Vietnamese (the CLI's output). */
export function planReport(plan: ImportPlan): string {
  const lines: string[] = []
  for (const problem of plan.problems) {
    lines.push(`${problem.blocking ? 'LỖI' : 'Lưu ý'}${problem.at ? ` ${problem.at}` : ''}: ${problem.message.vi}`)
  }
  for (const row of plan.rows) {
    for (const issue of row.issues) {
      const where = issue.column ? `cột ${issue.column} (${issue.header})` : 'cả dòng'
      lines.push(`Dòng ${issue.row}, ${where}: ${issue.message.vi}`)
    }
  }
  const { create, update, unchanged, reject } = plan.counts
  lines.push(
    `${plan.rows.length} dòng: ${create} ${ACTION.create}, ${update} ${ACTION.update}, ${unchanged} ${ACTION.unchanged}, ${reject} ${ACTION.reject}.`,
  )
  lines.push(
    plan.canCommit ? 'Có thể nhập (chạy lại với --commit).' : 'Chưa thể nhập: hãy sửa các lỗi trên rồi thử lại.',
  )
  return lines.join('\n')
}
