import type { UIFieldServerProps } from 'payload'
import { looksAfter } from '../access/fieldScope'
import { AUDIT_ACTIONS } from '../audit/log'
import { isCollectionSlug } from '../shared/collections'
import { whenInVietnam } from '../workflow/links'

const SHOWN = 30

/**
 * Who did what and when to this entry, newest first, read from the audit log (which outlives the
 * entry). Shown in the sidebar of every entry to everyone who can open it.
 */
export async function ReviewHistory({ id, collectionSlug, payload, req, i18n }: UIFieldServerProps) {
  if (id === undefined || id === null || !req?.user) return null
  // The audit log is read with full rights below: only for an entry this account may read, and the
  // return comments only for those who look after it (as the review comments field itself).
  if (!isCollectionSlug(payload.config, collectionSlug)) return null
  const collection = collectionSlug
  const entry = await payload
    .findByID({ collection, id, req, overrideAccess: false, draft: true, depth: 0 })
    .catch(() => null)
  if (!entry) return null
  const showComments = await looksAfter(req, collection, { ...entry }, { owner: true })
  const lang = i18n?.language === 'en' ? 'en' : 'vi'
  const { docs, totalDocs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ targetCollection: { equals: collectionSlug } }, { targetId: { equals: String(id) } }] },
    // Lines written by one save share a timestamp: the id keeps them in order.
    sort: ['-createdAt', '-id'],
    limit: SHOWN,
    depth: 0,
    overrideAccess: true,
  })
  const label = (action: string) => AUDIT_ACTIONS.find((a) => a.value === action)?.label[lang] ?? action
  return (
    <div className="field-type review-history" data-testid="review-history" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{lang === 'en' ? 'History' : 'Lịch sử xử lý'}</div>
      {docs.length === 0 ? (
        <p style={{ color: 'var(--theme-elevation-500)' }}>{lang === 'en' ? 'Nothing yet.' : 'Chưa có.'}</p>
      ) : (
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {docs.map((line) => (
            <li
              key={line.id}
              data-action={line.action}
              style={{ padding: '4px 0', borderBottom: '1px solid var(--theme-elevation-100)' }}
            >
              <strong>{label(line.action)}</strong>
              <br />
              <small>
                {line.actorLabel} · {whenInVietnam(line.createdAt, lang)}
              </small>
              {line.action === 'return' && line.detail && showComments ? (
                <blockquote style={{ margin: '4px 0 0', fontStyle: 'italic' }}>{line.detail}</blockquote>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {totalDocs > SHOWN ? (
        <small>{lang === 'en' ? `Older lines: see the audit log.` : `Các dòng cũ hơn: xem Nhật ký hệ thống.`}</small>
      ) : null}
    </div>
  )
}
