import type { I18nClient } from '@payloadcms/translations'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'
import { type Home, type HomeItem, type HomeList, loadHome, type SiteState } from '../workflow/home'
import { whenInVietnam } from '../workflow/links'
import { ACTION_LABELS } from '../workflow/states'
import './Dashboard.scss'
import { ReviewStatePill } from './ReviewStatePill'

type Lang = 'vi' | 'en'
const WORDS = {
  title: { vi: 'Việc của bạn', en: 'Your work' },
  review: { vi: 'Chờ duyệt', en: 'Waiting for review' },
  reviewHint: {
    vi: 'Hồ sơ đã gửi duyệt trong phạm vi của bạn: mở để xuất bản, hoặc trả lại kèm nhận xét.',
    en: 'Entries submitted for review in your scope: open one to publish it, or return it with a comment.',
  },
  reviewNone: { vi: 'Không có hồ sơ nào chờ duyệt.', en: 'Nothing is waiting for review.' },
  returned: { vi: 'Bị trả lại', en: 'Returned to you' },
  returnedHint: {
    vi: `Sửa theo nhận xét của người duyệt rồi bấm “${ACTION_LABELS.submit.vi}” lại.`,
    en: `Make the changes the reviewer asks for, then press “${ACTION_LABELS.submit.en}” again.`,
  },
  returnedNone: { vi: 'Không có hồ sơ nào bị trả lại.', en: 'Nothing has been returned to you.' },
  drafts: { vi: 'Bản nháp của tôi', en: 'My drafts' },
  draftsHint: {
    vi: 'Bản nháp chưa gửi duyệt, trong phạm vi bạn phụ trách.',
    en: 'Drafts not yet submitted, in your scope.',
  },
  draftsNone: { vi: 'Không có bản nháp nào.', en: 'No drafts.' },
  submitted: { vi: 'Đã gửi, đang chờ duyệt', en: 'Submitted, waiting for review' },
  submittedNone: { vi: 'Không có hồ sơ nào đang chờ duyệt.', en: 'Nothing is waiting for review.' },
  products: { vi: 'Sản phẩm của tôi', en: 'My products' },
  productsNone: { vi: 'Chưa có sản phẩm nào.', en: 'No products yet.' },
  batches: { vi: 'Lô sản xuất của tôi', en: 'My batches' },
  batchesNone: { vi: 'Chưa có lô nào.', en: 'No batches yet.' },
  published: { vi: 'Xuất bản gần đây', en: 'Recently published' },
  publishedNone: { vi: 'Chưa có lần xuất bản nào.', en: 'Nothing published yet.' },
  comment: { vi: 'Nhận xét', en: 'Comment' },
  updated: { vi: 'Sửa lúc', en: 'Updated' },
  publishedAt: { vi: 'Xuất bản lúc', en: 'Published' },
  viewPage: { vi: 'Xem trang công khai', en: 'View public page' },
  all: { vi: 'Xem tất cả', en: 'See all' },
  draftStatus: { vi: 'Bản nháp', en: 'Draft' },
  publishedStatus: { vi: 'Đã xuất bản', en: 'Published' },
  viewSite: { vi: 'Xem trang', en: 'View the site' },
  details: { vi: 'Xem chi tiết', en: 'Details' },
} satisfies Record<string, Record<Lang, string>>

const siteLine = (
  site: SiteState,
  lang: Lang,
  statusPage: string,
): { text: string; link?: { href: string; label: string } } => {
  const at = site.lastSuccessAt ? whenInVietnam(site.lastSuccessAt, lang) : undefined
  const left =
    site.excluded > 0
      ? lang === 'en'
        ? ` ${site.excluded} entries were left out because their data is not valid yet.`
        : ` ${site.excluded} mục chưa đưa lên được vì dữ liệu chưa hợp lệ.`
      : ''
  const details = { href: statusPage, label: WORDS.details[lang] }
  const view = { href: site.siteUrl, label: WORDS.viewSite[lang] }
  switch (site.state) {
    case 'busy':
      return {
        text: lang === 'en' ? 'The public site is being updated…' : 'Trang công khai đang được cập nhật…',
        link: view,
      }
    case 'failed':
      return {
        text:
          (lang === 'en'
            ? `The last update of the public site did not succeed; the site is still the version${at ? ` of ${at}` : ''}.`
            : `Lần cập nhật trang công khai gần nhất không thành công; trang vẫn là bản${at ? ` cập nhật lúc ${at}` : ' trước'}.`) +
          left,
        link: details,
      }
    case 'ok':
      return {
        text:
          (lang === 'en'
            ? `The public site was updated at ${at ?? '—'}${site.pages ? ` (${site.pages} pages)` : ''}.`
            : `Trang công khai đã cập nhật lúc ${at ?? '—'}${site.pages ? ` (${site.pages} trang)` : ''}.`) + left,
        link: left ? details : view,
      }
    default:
      return {
        text: lang === 'en' ? 'The public site has not been built yet.' : 'Trang công khai chưa được dựng lần nào.',
      }
  }
}

function StatePill({ item, lang }: { item: HomeItem; lang: Lang }) {
  if (item.state) return <ReviewStatePill state={item.state} language={lang} />
  if (!item.status) return null
  return (
    <ReviewStatePill state={item.status} language={lang}>
      {item.status === 'published' ? WORDS.publishedStatus[lang] : WORDS.draftStatus[lang]}
    </ReviewStatePill>
  )
}

function Row({ item, lang, showComment }: { item: HomeItem; lang: Lang; showComment?: boolean }) {
  const when = item.publishedAt ?? item.updatedAt
  return (
    <li className="heritage-home__row" data-collection={item.collection} data-id={String(item.id)}>
      <div className="heritage-home__row-main">
        <a className="heritage-home__title" href={item.editUrl}>
          {item.title}
        </a>
        <span className="heritage-home__kind">{item.kind}</span>
        <StatePill item={item} lang={lang} />
      </div>
      {showComment && item.comment ? (
        <blockquote className="heritage-home__comment" data-testid="home-comment">
          <strong>{WORDS.comment[lang]}:</strong> {item.comment}
        </blockquote>
      ) : null}
      <div className="heritage-home__meta">
        {when ? (
          <span>
            {item.publishedAt ? WORDS.publishedAt[lang] : WORDS.updated[lang]} {whenInVietnam(when, lang)}
          </span>
        ) : null}
        {item.publicUrl ? (
          <a href={item.publicUrl} target="_blank" rel="noreferrer" data-testid="home-public-link">
            {WORDS.viewPage[lang]} ↗
          </a>
        ) : null}
      </div>
    </li>
  )
}

interface SectionProps {
  id: string
  title: string
  list: HomeList | HomeItem[]
  lang: Lang
  empty: string
  hint?: string
  tone?: 'attention' | 'normal'
  showComment?: boolean
  counted?: boolean
}

function Section(props: SectionProps): ReactNode {
  const { id, title, list, lang, empty, hint, tone = 'normal', showComment, counted = true } = props
  const items = Array.isArray(list) ? list : list.items
  const total = Array.isArray(list) ? list.length : list.total
  const kinds = Array.isArray(list) ? [] : list.kinds
  const attention = tone === 'attention' && total > 0
  return (
    <section
      className={`heritage-home__section${attention ? ' heritage-home__section--attention' : ''}`}
      data-testid={`home-${id}`}
      data-count={total}
    >
      <h2 className="heritage-home__heading">{counted ? `${title} (${total})` : title}</h2>
      {hint && total > 0 ? <p className="heritage-home__hint">{hint}</p> : null}
      {kinds.length > 0 ? (
        <ul className="heritage-home__kinds">
          {kinds.map((kind) => (
            <li key={kind.collection}>
              <a href={kind.listUrl} title={WORDS.all[lang]}>
                {kind.label}: {kind.count}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {items.length === 0 ? (
        <p className="heritage-home__empty">{empty}</p>
      ) : (
        <ul className="heritage-home__rows">
          {items.map((item) => (
            <Row key={`${item.collection}:${item.id}`} item={item} lang={lang} showComment={showComment} />
          ))}
        </ul>
      )}
    </section>
  )
}

/**
 * The admin's home page, above Payload's cards of collections (which the navigation also lists):
 * what waits for the person signed in, read with their rights (../workflow/home.ts).
 */
export async function Dashboard({
  i18n,
  payload,
  user,
  locale,
}: {
  i18n: I18nClient
  payload: Payload
  user?: TypedUser | null
  locale?: { code?: string } | null
}) {
  if (!user) return null
  // cast: createLocalReq types req.i18n as the server's I18n; the admin hands its view an I18nClient
  const req = await createLocalReq({ user, locale: locale?.code, req: { i18n } as never }, payload)
  const home: Home = await loadHome(req, i18n)
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi'
  const statusPage = formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/globals/site-status' })
  const site = siteLine(home.site, lang, statusPage)
  const name = 'name' in user ? user.name : undefined
  const list = (
    id: string,
    value: HomeList | undefined,
    words: { title: string; empty: string; hint?: string },
    options: { tone?: 'attention'; showComment?: boolean } = {},
  ) => (value ? [{ id, list: value, filled: value.total > 0, ...words, ...options }] : [])
  // What the person has to act on comes first; empty lists follow, the latest publishes last
  // among the filled ones.
  const sections: (Omit<SectionProps, 'lang'> & { filled: boolean })[] = [
    ...list(
      'review',
      home.review,
      { title: WORDS.review[lang], empty: WORDS.reviewNone[lang], hint: WORDS.reviewHint[lang] },
      { tone: 'attention' },
    ),
    ...list(
      'returned',
      home.returned,
      { title: WORDS.returned[lang], empty: WORDS.returnedNone[lang], hint: WORDS.returnedHint[lang] },
      { tone: 'attention', showComment: true },
    ),
    ...list(
      'products',
      home.products,
      { title: WORDS.products[lang], empty: WORDS.productsNone[lang] },
      { showComment: true },
    ),
    ...list('batches', home.batches, { title: WORDS.batches[lang], empty: WORDS.batchesNone[lang] }),
    ...list('drafts', home.drafts, {
      title: WORDS.drafts[lang],
      empty: WORDS.draftsNone[lang],
      hint: WORDS.draftsHint[lang],
    }),
    ...list('submitted', home.submitted, { title: WORDS.submitted[lang], empty: WORDS.submittedNone[lang] }),
    {
      id: 'published',
      title: WORDS.published[lang],
      list: home.published,
      empty: WORDS.publishedNone[lang],
      counted: false,
      filled: home.published.length > 0,
    },
  ]

  return (
    <div className="heritage-home" data-testid="home">
      <div className="heritage-home__top">
        <h1 className="heritage-home__greeting">
          {WORDS.title[lang]}
          {name ? <span className="heritage-home__name"> · {name}</span> : null}
        </h1>
        <p className={`heritage-home__site heritage-home__site--${home.site.state}`} data-testid="home-site">
          {site.text}
          {site.link ? (
            <>
              {' '}
              <a
                href={site.link.href}
                {...(site.link.href.startsWith('http') ? { target: '_blank', rel: 'noreferrer' } : {})}
              >
                {site.link.label}
              </a>
            </>
          ) : null}
        </p>
      </div>
      <div className="heritage-home__grid">
        {[...sections.filter((s) => s.filled), ...sections.filter((s) => !s.filled)].map((s) => (
          <Section key={s.id} lang={lang} {...s} />
        ))}
      </div>
    </div>
  )
}
