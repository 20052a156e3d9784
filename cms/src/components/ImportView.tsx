import type { AdminViewServerProps } from 'payload'
import { IMPORT_KINDS } from '../import/kinds'
import { DISTRICT_KEY } from '../import/sections'
import { AdminScreen } from './AdminScreen'
import { ImportForm } from './ImportForm'

/** /admin/import: upload a spreadsheet, see the dry run, confirm, watch it import. */
export function ImportView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const kinds = Object.entries(IMPORT_KINDS).map(([value, kind]) => ({
    value,
    label: kind.label,
    fields: kind.columns.map((c) => ({ key: c.key, header: c.header })),
    // What a section row may give the rows below it (the officer can correct what was found).
    sections: [
      ...kind.columns.filter((c) => c.section).map((c) => ({ key: c.key, header: c.header })),
      ...(kind.columns.some((c) => c.key === 'commune') ? [{ key: DISTRICT_KEY, header: 'Huyện / quận cũ' }] : []),
    ],
  }))
  return (
    <AdminScreen initPageResult={initPageResult} params={params} searchParams={searchParams}>
      {req.user ? (
        <ImportForm kinds={kinds} />
      ) : (
        <p>{req.i18n.language === 'en' ? 'Sign in first.' : 'Hãy đăng nhập.'}</p>
      )}
    </AdminScreen>
  )
}
