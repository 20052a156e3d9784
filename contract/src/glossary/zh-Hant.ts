/** Labels of the enumerations in zh-Hant, keyed by the Vietnamese label (see ../glossary.ts). */
export const glossary: Record<string, string> = {}
