import type { I18nClient } from '@payloadcms/translations'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { formatAdminURL } from 'payload/shared'
import type { ReactNode } from 'react'
import { fill, type Lang, langOf, type Words, wordsIn } from '../i18n/words'
import { type Home, type HomeItem, type HomeList, loadHome, type SiteState } from '../workflow/home'
import { whenInVietnam } from '../workflow/links'
import './Dashboard.scss'
import { ReviewStatePill } from './ReviewStatePill'

/** The home page's words in a language (../i18n/words, `dashboard`). */
const say = (lang: Lang) => wordsIn(lang).dashboard

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
  const details = { href: statusPage, label: say(lang).details }
  const view = { href: site.siteUrl, label: say(lang).viewSite }
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
      {item.status === 'published' ? say(lang).publishedStatus : say(lang).draftStatus}
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
          <strong>{say(lang).comment}:</strong> {item.comment}
        </blockquote>
      ) : null}
      <div className="heritage-home__meta">
        {when ? (
          <span>
            {item.publishedAt ? say(lang).publishedAt : say(lang).updated} {whenInVietnam(when, lang)}
          </span>
        ) : null}
        {item.publicUrl ? (
          <a href={item.publicUrl} target="_blank" rel="noreferrer" data-testid="home-public-link">
            {say(lang).viewPage} ↗
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
              <a href={kind.listUrl} title={say(lang).all}>
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
  const lang = langOf(i18n.language)
  const statusPage = formatAdminURL({ adminRoute: payload.config.routes.admin, path: '/globals/site-status' })
  const site = siteLine(home.site, lang, statusPage)
  const name = 'name' in user ? user.name : undefined
  const words = say(lang)
  const submit = wordsIn(lang).actions.submit
  const list = (
    id: Exclude<keyof Words['dashboard']['lists'], 'published'>,
    value: HomeList | undefined,
    options: { tone?: 'attention'; showComment?: boolean } = {},
  ) => {
    const { title, empty, ...more } = words.lists[id]
    const hint = 'hint' in more ? fill(more.hint, { submit }) : undefined
    return value ? [{ id, list: value, filled: value.total > 0, title, empty, hint, ...options }] : []
  }
  // What the person has to act on comes first; empty lists follow, the latest publishes last
  // among the filled ones.
  const sections: (Omit<SectionProps, 'lang'> & { filled: boolean })[] = [
    ...list('review', home.review, { tone: 'attention' }),
    ...list('returned', home.returned, { tone: 'attention', showComment: true }),
    ...list('products', home.products, { showComment: true }),
    ...list('batches', home.batches),
    ...list('drafts', home.drafts),
    ...list('submitted', home.submitted),
    {
      id: 'published',
      ...words.lists.published,
      list: home.published,
      counted: false,
      filled: home.published.length > 0,
    },
  ]

  return (
    <div className="heritage-home" data-testid="home">
      <div className="heritage-home__top">
        <h1 className="heritage-home__greeting">
          {words.title}
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
