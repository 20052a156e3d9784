/**
 * What an export tells the audit log: that the public data changed (not the nightly no-op), and
 * each published entry left out because the snapshot schema refuses it, in words an officer can
 * act on.
 */

import type { EntryKind } from '@heritage/contract'
import { batchProblem } from '@heritage/contract'
import type { Payload, PayloadRequest } from 'payload'
import { type ExportReason, leftOutOfSite, SNAPSHOT_TITLE, snapshotExported } from '../audit/details.ts'
import { audit } from '../audit/log.ts'
import { valueAt } from '../shared/paths.ts'
import type { StoredEntry } from './records.ts'
import { str } from './values.ts'

/** A published entry the snapshot schema refuses (a row saved before a rule, or written in SQL). */
export interface ExcludedEntry {
  kind: EntryKind
  id: string
  /** Its Vietnamese title, or the lot of a batch. */
  title: string
  /** What the schema refused, field by field. */
  problem: string
}

/** The entry left out, named for the officer who must fix it. */
export function excludedEntry(
  payload: Payload,
  kind: EntryKind,
  doc: StoredEntry,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): ExcludedEntry {
  return {
    kind,
    id: String(doc.id),
    title:
      str(valueAt(doc, ['title', 'vi'])) ??
      str(valueAt(doc, ['lotCode'])) ??
      str(valueAt(doc, ['slug'])) ??
      String(doc.id),
    problem: describeProblem(payload, kind, doc, issues),
  }
}

/** The Vietnamese label of a field (a label may be one string, one per locale, or a function). */
function labelVi(label: unknown): string | undefined {
  if (typeof label === 'string') return label
  const vi = valueAt(label, ['vi'])
  return typeof vi === 'string' ? vi : undefined
}

/**
 * Why an entry was left out, for the officer who must fix it: the field by its Vietnamese label,
 * the lot rule in its own words, and the schema's own wording (technical) for anything else.
 */
function describeProblem(
  payload: Payload,
  kind: EntryKind,
  doc: StoredEntry,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  const fields = payload.collections[kind]?.config.flattenedFields ?? []
  return issues
    .map((issue) => {
      const name = String(issue.path[0] ?? '')
      const field = fields.find((f) => 'name' in f && f.name === name)
      const label = labelVi(field && 'label' in field ? field.label : undefined)
      const lot = name === 'lotCode' ? batchProblem(String(valueAt(doc, ['lotCode']) ?? '')) : null
      if (lot) return `${label ?? name}: ${lot.message.vi}`
      return `${label ?? name}: không hợp lệ (${issue.path.map(String).join('.')}: ${issue.message})`
    })
    .join('; ')
}

/** The audit lines of one export: the export itself when it changed what is public, and every entry left out. */
export async function auditExport(
  payload: Payload,
  req: PayloadRequest | undefined,
  run: {
    changed: boolean
    counts: { entries: number; written: number; removed: number; media: number; reason?: ExportReason }
    excluded: Iterable<ExcludedEntry>
  },
): Promise<void> {
  // Only exports that changed what is public are worth a line; the nightly no-op is not.
  if (run.changed) {
    await audit(payload, req, {
      action: 'export',
      collection: 'snapshot',
      title: SNAPSHOT_TITLE,
      detail: snapshotExported(run.counts),
    })
  }
  // Every export that leaves an entry out says so, each time: someone has to fix it.
  for (const entry of run.excluded) {
    await audit(payload, req, {
      action: 'export',
      collection: entry.kind,
      docId: entry.id,
      title: entry.title,
      detail: leftOutOfSite(entry.problem),
    })
  }
}
