/** The Linked Art documents of the relics and inscriptions (utils/linked-art.ts). */
import { entryDocumentRoute } from '../../entry-documents'
import { entryLinkedArt, hasLinkedArt, LINKED_ART_TYPE, linkedArtPath } from '../../utils/linked-art'

export const { getStaticPaths, GET } = entryDocumentRoute({
  folder: '/linked-art/',
  has: hasLinkedArt,
  path: linkedArtPath,
  body: entryLinkedArt,
  type: LINKED_ART_TYPE,
})
