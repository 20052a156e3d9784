import { publicSiteUrl } from '../site'
import { ReviewBannerClient } from './ReviewBannerClient'

/**
 * At the top of every entry: its review state, the reviewer's comment when it was returned, and
 * what to do next (ReviewBannerClient.tsx). The public site's address comes from the server.
 */
export function ReviewBanner() {
  return <ReviewBannerClient siteUrl={publicSiteUrl()} />
}
