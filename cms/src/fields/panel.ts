import type { Field } from 'payload'

/**
 * A panel in the edit view's sidebar, drawn by an admin component (`/components/File#Export`);
 * it holds no value, so it has no list column.
 */
export const sidebarPanel = (name: string, label: Record<'vi' | 'en', string>, component: string): Field => ({
  name,
  type: 'ui',
  label,
  admin: { position: 'sidebar', disableListColumn: true, components: { Field: component } },
})
