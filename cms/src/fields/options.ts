import type { OptionObject } from 'payload'
import type { LabelledOption } from '../domain'

/** Turns a domain enumeration into Payload select options with vi/en labels. */
export const selectOptions = (options: readonly LabelledOption[]): OptionObject[] =>
  options.map(({ value, label }) => ({ value, label: { vi: label.vi, en: label.en } }))
