import type { LabelledOption } from '@heritage/contract'
import type { OptionObject } from 'payload'

/** Turns a domain enumeration into Payload select options with vi/en labels. */
export const selectOptions = (options: readonly LabelledOption[]): OptionObject[] =>
  options.map(({ value, label }) => ({ value, label: { vi: label.vi, en: label.en } }))
