/** Labels of the enumerations in zh-Hans, keyed by the Vietnamese label (see ../glossary.ts). */
export const glossary: Record<string, string> = {}
