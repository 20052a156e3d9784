import { AsyncLocalStorage } from 'node:async_hooks'
import { createRequire, registerHooks } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { SanitizedConfig } from 'payload'

// As Next.js's server does before anything else (next/dist/server/node-environment): its request
// stores are AsyncLocalStorages found on globalThis, or fakes that refuse to run.
Object.assign(globalThis, { AsyncLocalStorage })

/**
 * Calls the admin's server functions as the admin does: `serverFunction({ name, args })` in
 * app/(payload)/layout.tsx, which runs Payload's `handleServerFunctions` with our guarded
 * handlers. The layout itself is a Next.js server action (with CSS imports) and cannot be loaded
 * here, so this does what it does, inside a stand-in for the request Next.js would be handling:
 * `headers()` then returns the request's headers, from which Payload authenticates the caller.
 */
export async function serverFunctionClient() {
  const require = createRequire(import.meta.url)
  // The same instances Next.js's `headers()` reads (next has no exports map, so its files resolve).
  const { workAsyncStorage } = require('next/dist/server/app-render/work-async-storage.external.js')
  const { workUnitAsyncStorage } = require('next/dist/server/app-render/work-unit-async-storage.external.js')
  // Payload's views import stylesheets and images, which Next.js bundles; here they are stand-ins.
  registerHooks({
    load: (url, context, next) =>
      /\.(s?css|svg|png|jpe?g|gif|ico|woff2?)$/.test(url)
        ? { format: 'module', source: `export default ${JSON.stringify(url)}`, shortCircuit: true }
        : next(url, context),
  })
  // Payload's dispatcher itself, without the root layout's client components and CSS.
  const layouts = require.resolve('@payloadcms/next/layouts')
  const dispatcher = pathToFileURL(path.join(path.dirname(layouts), '../utilities/handleServerFunctions.js')).href
  const { handleServerFunctions } = (await import(dispatcher)) as typeof import('@payloadcms/next/layouts')
  const { default: configPromise } = await import('../src/payload.config')
  const config: Promise<SanitizedConfig> = Promise.resolve(configPromise)
  const { guardedServerFunctions } = await import('../src/serverFunctions/guarded')
  // The admin's components are bundled by Next.js and not rendered here: each is a stand-in.
  const importMap = new Proxy({}, { get: () => () => null })

  return async (token: string | undefined, name: string, args: Record<string, unknown>): Promise<unknown> => {
    const headers = new Headers({ host: 'localhost:3000' })
    if (token) headers.set('authorization', `JWT ${token}`)
    const workStore = { route: '/admin', forceStatic: false, dynamicShouldError: false, isStaticGeneration: false }
    const requestStore = { type: 'request', phase: 'action', headers, cookies: {}, mutableCookies: {} }
    return workAsyncStorage.run(workStore, () =>
      workUnitAsyncStorage.run(requestStore, () =>
        handleServerFunctions({ name, args, config, importMap, serverFunctions: guardedServerFunctions }),
      ),
    )
  }
}

/**
 * The arguments of the `form-state` call the admin's edit view makes when it opens the existing
 * entry `id` (every field rendered, validation skipped); `options` change what a case needs.
 */
export const editFormArgs = (collection: string, id: number, options: Record<string, unknown> = {}) => ({
  id,
  collectionSlug: collection,
  schemaPath: collection,
  operation: 'update',
  formState: {},
  docPreferences: { fields: {} },
  docPermissions: { fields: true, read: true, update: true },
  renderAllFields: true,
  skipValidation: true,
  ...options,
})
