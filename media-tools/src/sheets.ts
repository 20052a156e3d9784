/**
 * Print-ready PDFs with QR codes: a plaque for a relic and A4 sheets of product labels.
 *
 * QR codes are drawn as vector rectangles (sharp at any printer resolution) with their quiet zone
 * kept clear; text uses DejaVu Sans, which has every precomposed Vietnamese letter, embedded as a
 * subset. Text that is too long is shrunk down to a legible minimum and then cut with an ellipsis,
 * so it never runs outside its box.
 *
 * The pieces live in sheets/: plaque.ts, labels.ts and batch.ts make the documents; layout.ts
 * places cells and QR codes, text.ts fits text, fonts.ts embeds the fonts.
 */
export { type BatchLabelInput, batchLabelSheetPdf } from './sheets/batch.ts'
export { type LabelInput, type LabelSheetInput, labelSheetPdf } from './sheets/labels.ts'
export type { LabelLayout } from './sheets/layout.ts'
export { type PlaqueSize, type RelicPlaqueInput, relicPlaquePdf } from './sheets/plaque.ts'
