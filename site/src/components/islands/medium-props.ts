import type { Locale } from '../../i18n/locales'

/**
 * Props of an island that shows one medium of an entry in the page's language: AudioGuide
 * (`audio`), ModelViewer (`model`), PanoramaViewer (`panorama`).
 */
export type MediumProps<Name extends string, Medium> = { [key in Name]: Medium } & { locale: Locale }
