// A webpack loader (wired in next.config.ts) that puts Payload's admin texts written in English in
// its code, not in its translation files, through the admin's translations (./translations.ts):
// a Vietnamese officer read "Successfully saved 1 files" after a bulk upload, "Copy URL", a
// schedule date picker in "Dec 5, 2026 12:05 AM" with a "Time" column, "All" among the languages,
// and an edit-lock dialog dated in American English. It also makes a draft that was never
// published default to "publish" rather than "unpublish" in the schedule drawer.
//
// Each replacement must match exactly once in @payloadcms/ui's client bundle: when Payload changes
// the code, the admin build stops here and names the text to look at again. A pnpm patch would do
// the same, but the bundle is minified into a few lines of hundreds of kilobytes each, so the
// patch file would be 1.4 MB.
const REPLACEMENTS = [
  {
    // The bulk-upload drawer's result toasts (`i` is the drawer's t()).
    marker: 'Successfully saved',
    pairs: [
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Payload's code, matched as written
      ['q.success(`Successfully saved ${he} files`)', 'q.success(i("upload:bulkSaved",{count:he}))'],
      // biome-ignore lint/suspicious/noTemplateCurlyInString: Payload's code, matched as written
      ['q.error(`Failed to save ${Re} files`)', 'q.error(i("upload:bulkFailed",{count:Re}))'],
      // The file's address under an uploaded file: the copy button's own "Copy" (translated).
      ['{defaultMessage:"Copy URL",value:s}', '{value:s}'],
      // "Someone is editing this since …": in the page's language, not always en-US with AM/PM.
      [
        'new Intl.DateTimeFormat("en-US",{day:"numeric",hour:"numeric",hour12:!0,minute:"numeric",month:"short",year:"numeric"})',
        'new Intl.DateTimeFormat(typeof document<"u"&&document.documentElement.lang||void 0,{day:"numeric",hour:"numeric",minute:"numeric",month:"short",year:"numeric"})',
      ],
      // Schedule drawer: publish by default when the entry has a newer draft or was never published
      // (`D` is "has newer versions", `r` is "has a published version").
      ['vc(rP,{defaultType:D?"publish":"unpublish"', 'vc(rP,{defaultType:D||!r?"publish":"unpublish"'],
      // Schedule drawer: the "all languages" choice, labelled in the admin's language.
      ['[S,x]=or.useState(oP)', '[S,x]=or.useState(()=>({...oP,label:m("general:all")}))'],
      [
        'return V.unshift(oP),V}return[]},[l,f])',
        'return V.unshift({...oP,label:f.t("general:all")}),V}return[]},[l,f])',
      ],
    ],
  },
  {
    // A save's refusal toast. Payload shows each error of a failed save through its field-errors
    // toast, which reads the message as "intro: field, field…" (split at the first colon, then at
    // commas into a list), so the product's refusals ("Không thể …: …, …") appeared cut into a
    // list. A Refusal (../access/refusal.ts: name "Refusal") is a sentence to show whole; Payload's
    // own errors keep its toast. Both places: the edit form, and the bulk-upload drawer.
    marker: '{errorMessage:Mc.message||',
    pairs: [
      [
        '_b.forEach(Mc=>{Mo(wn(bh,{errorMessage:Mc.message||P("error:unknown")}))})',
        '_b.forEach(Mc=>{Mo(Mc?.name==="Refusal"&&Mc.message?Mc.message:wn(bh,{errorMessage:Mc.message||P("error:unknown")}))})',
      ],
      [
        'ke.forEach(qe=>{q.error(bD(bh,{errorMessage:qe.message||i("error:unknown")}))})',
        'ke.forEach(qe=>{q.error(qe?.name==="Refusal"&&qe.message?qe.message:bD(bh,{errorMessage:qe.message||i("error:unknown")}))})',
      ],
    ],
  },
  {
    // The header's "Ngôn ngữ: …" (the content-language picker). Right after signing in, the
    // layout's locale provider still holds what the sign-in screen gave it (no languages: an empty
    // locale) until the preferences answer, and the header read "Ngôn ngữ: undefined". Until then
    // it names the language the page shows without a preference: the address's ?locale=, else the
    // default (`r` is the locale, `z` useConfig).
    marker: '"localizer-button"',
    pairs: [
      [
        'r=ye(),{i18n:s,t:i}=E(),l;',
        'r=ye(),{config:{localization:heritageLz}}=z(),{i18n:s,t:i}=E(),l;if(!r?.label&&heritageLz&&heritageLz.locales.length>0){let heritageLq=typeof window<"u"?new URLSearchParams(window.location.search).get("locale"):null;r=heritageLz.locales.find(heritageLx=>heritageLx.code===heritageLq)||heritageLz.locales.find(heritageLx=>heritageLx.code===heritageLz.defaultLocale)||heritageLz.locales[0]}',
      ],
    ],
  },
  {
    // The date picker: day/month/year and 24-hour time as everywhere else in the admin
    // (payload.config.ts admin.dateFormat), and its time column headed in the admin's language.
    marker: '"h:mm aa"',
    pairs: [
      ['Y=y===void 0?"h:mm aa":y', 'Y=y===void 0?"HH:mm":y'],
      [
        'T==="default"?B="MM/dd/yyyy":T==="dayAndTime"?B="MMM d, yyy h:mm a":T==="timeOnly"?B="h:mm a"',
        'T==="default"?B="dd/MM/yyyy":T==="dayAndTime"?B="dd/MM/yyyy HH:mm":T==="timeOnly"?B="HH:mm"',
      ],
      ['timeFormat:Y,timeIntervals:F,...g}', 'timeCaption:V.t("general:time"),timeFormat:Y,timeIntervals:F,...g}'],
    ],
  },
]

/** Applies the replacements whose marker the module contains; each must match exactly once. */
function translatePayloadUi(source) {
  let result = source
  for (const { marker, pairs } of REPLACEMENTS) {
    if (!result.includes(marker)) continue
    for (const [from, to] of pairs) {
      const count = result.split(from).length - 1
      if (count !== 1) {
        throw new Error(
          `cms/src/i18n/payloadUiLoader.cjs: expected one "${from.slice(0, 60)}" in ${this?.resourcePath ?? 'the module'}, found ${count}. ` +
            '@payloadcms/ui has changed: find the new code for this text and update the replacement.',
        )
      }
      result = result.replace(from, () => to)
    }
  }
  return result
}

module.exports = translatePayloadUi
module.exports.REPLACEMENTS = REPLACEMENTS
