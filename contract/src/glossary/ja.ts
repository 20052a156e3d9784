/** Labels of the enumerations in ja, keyed by the Vietnamese label (see ../glossary.ts). */
export const glossary: Record<string, string> = {}
