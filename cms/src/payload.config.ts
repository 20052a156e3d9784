import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_LIMITS } from '@heritage/media-tools/limits'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'
import { jobsAccess } from './access/schedules'
import { AuditLog } from './audit/collection'
import { auditFailedGraphqlLogin } from './audit/userHooks'
import { withOwnedLocks } from './auth/documentLocks'
import { forgotPasswordMutation } from './auth/passwordReset'
import { AdminUnits } from './collections/AdminUnits'
import { Artisans } from './collections/Artisans'
import { Batches } from './collections/Batches'
import { CraftVillages } from './collections/CraftVillages'
import { Inscriptions } from './collections/Inscriptions'
import { IntangibleHeritage } from './collections/IntangibleHeritage'
import { Audio, Media, Models, Panoramas } from './collections/Media'
import { OcopProducts } from './collections/OcopProducts'
import { Producers } from './collections/Producers'
import { QrCodes } from './collections/QrCodes'
import { Relics } from './collections/Relics'
import { Routes } from './collections/Routes'
import { SystemLocks } from './collections/SystemLocks'
import { Users } from './collections/Users'
import { databaseAdapter, refreshStatistics } from './db'
import { emailAdapter } from './email/adapter'
import { exportEndpoint } from './export/endpoint'
import { withLengthLimits } from './fields/limits'
import { composingGlobalText, composingText } from './fields/normalize'
import { Installation } from './globals/Installation'
import { SiteStatus } from './globals/SiteStatus'
import { healthEndpoint } from './health/endpoint'
import { withAdminTranslations } from './i18n/lexical'
import { adminTranslations } from './i18n/translations'
import { importEndpoints } from './import/endpoints'
import { PAYLOAD_LOCALES, requestLocales } from './locales/enabled'
import { payloadLogger } from './log'
import { withMissingFileAs404 } from './media/missingFile'
import { objectStorage } from './media/objectStorage'
import { runsWebVersionWorker, startWebVersionWorker } from './media/webVersions'
import { runsScheduledJobs } from './publish/lease'
import { startPublisher } from './publish/publisher'
import { resolveSecret } from './secret'
import { adminOrigins } from './site'
import { translationEndpoints } from './translate/endpoints'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * Refusals the user is told about (not allowed, still in use) are not server errors. Payload looks
 * the level up by the error's name, ours (Refusal) included, though its type lists only its own.
 */
const LOGGING_LEVELS: Record<string, 'info'> = { Refusal: 'info', AuthenticationError: 'info', LockedAuth: 'info' }

/** Every list in the admin offers its rows as Excel and CSV (see export/endpoint.ts). */
const withExportButtons = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        beforeListTable: [
          ...(collection.admin?.components?.beforeListTable ?? []),
          '/components/ExportButtons#ExportButtons',
        ],
      },
    },
  }))

export default buildConfig({
  serverURL: process.env.CMS_PUBLIC_URL || undefined,
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname) },
    meta: { titleSuffix: ' · Di sản số' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    // Gravatar is an outside request; offices may have no route to it.
    avatar: 'default',
    // In the header of every view: whether the last publish reached the public site.
    components: {
      actions: ['/components/SiteStatus#SiteStatus'],
      providers: ['/components/UploadGuard#UploadGuard'],
      beforeDashboard: ['/components/Dashboard#Dashboard'],
      afterNavLinks: ['/components/ImportNavLink#ImportNavLink', '/components/TranslationNavLink#TranslationNavLink'],
      views: {
        importData: { Component: '/components/ImportView#ImportView', path: '/import' },
        translations: { Component: '/components/TranslationView#TranslationView', path: '/translations' },
      },
    },
  },
  collections: [
    ...withExportButtons(
      [
        Relics,
        IntangibleHeritage,
        CraftVillages,
        Artisans,
        Inscriptions,
        Routes,
        OcopProducts,
        Producers,
        Batches,
        Media,
        Panoramas,
        Models,
        Audio,
        AdminUnits,
        Users,
        AuditLog,
        QrCodes,
      ]
        .map(composingText)
        .map(withLengthLimits)
        .map(withMissingFileAs404),
    ),
    SystemLocks,
  ],
  globals: [SiteStatus, Installation].map(composingGlobalText).map(withLengthLimits),
  endpoints: [exportEndpoint, ...importEndpoints, ...translationEndpoints, healthEndpoint],
  editor: withAdminTranslations(lexicalEditor()),
  secret: resolveSecret(),
  // Only the admin's own origin may call the API from a browser or use its sign-in cookie.
  cors: adminOrigins(),
  csrf: adminOrigins(),
  // Scheduled publishing (festival season) runs as a job, as the user who scheduled it: its
  // publish is logged under that user's name.
  jobs: {
    access: jobsAccess,
    autoRun: process.env.NODE_ENV === 'test' ? [] : [{ cron: '* * * * *', queue: 'default', limit: 50 }],
    // Several instances on one database: only the one holding the `jobs` lock runs the queue.
    shouldAutoRun: runsScheduledJobs,
  },
  db: databaseAdapter(),
  // SMTP by settings, or no mail at all (email/settings.ts); never a mail's content in the log.
  email: emailAdapter(),
  // The forgotten-password request answers before it looks anything up (auth/passwordReset.ts).
  graphQL: { mutations: forgotPasswordMutation },
  // Uploads in an S3-compatible bucket when S3_BUCKET is set, else in the data folder (media/files.ts).
  plugins: [objectStorage()],
  sharp,
  // Payload's texts its Vietnamese misses or gets wrong, and the sign-in answers (i18n/translations.ts).
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi', translations: adminTranslations },
  // Failed GraphQL sign-ins reach only these hooks; REST ones are logged by the users collection.
  hooks: { afterError: [auditFailedGraphqlLogin] },
  localization: {
    // Every locale of the contract's table, always (see locales/enabled.ts); the picker offers the
    // installation's published ones.
    locales: PAYLOAD_LOCALES,
    defaultLocale: 'vi',
    fallback: true,
    filterAvailableLocales: async ({ locales, req }) => {
      const published = await requestLocales(req)
      return locales.filter((l) => published.some((code) => code === l.code))
    },
  },
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  // The HTTP layer stops reading past the largest file media-tools would accept (a 3D scan);
  // per-kind limits are checked on the content by the upload hooks.
  upload: { limits: { fileSize: DEFAULT_LIMITS.maxModelBytes } },
  loggingLevels: LOGGING_LEVELS,
  // One JSON object per line in production (LOG_FORMAT, log.ts).
  logger: payloadLogger(),
  telemetry: false,
  onInit: async (payload) => {
    await refreshStatistics(payload)
    await startPublisher(payload)
    // Photos saved by people get their web versions here, in the server (media/webVersions.ts).
    if (runsWebVersionWorker()) startWebVersionWorker(payload)
  },
}).then(withOwnedLocks)
