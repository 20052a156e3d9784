/** The IIIF Presentation 3 manifests of the entries with photos (utils/iiif.ts). */
import type { PageEntry } from '../../data/snapshot'
import { entryDocumentRoute } from '../../entry-documents'
import { entryManifest, hasManifest, MANIFEST_TYPE, manifestPath } from '../../utils/iiif'

export const { getStaticPaths, GET } = entryDocumentRoute({
  folder: '/iiif/',
  has: (entry): entry is PageEntry => hasManifest(entry),
  path: manifestPath,
  body: entryManifest,
  type: MANIFEST_TYPE,
})
