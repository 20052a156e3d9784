import {
  certificateExpiry,
  certifyingLevelForStars,
  checkGtin,
  gtinProblem,
  type LabelledOption,
  OCOP_CERTIFYING_LEVELS,
  OCOP_GROUPS,
  OCOP_STAR_BANDS,
  OCOP_STARS,
  type OcopStars,
  starsForScore,
} from '@heritage/contract'
import {
  type CollectionConfig,
  type FieldHook,
  type NumberFieldSingleValidation,
  type RelationshipFieldSingleValidation,
  type SelectField,
  type SelectFieldSingleValidation,
  type TextFieldSingleValidation,
  validations,
} from 'payload'
import {
  ownProductsListed,
  productProducerOptions,
  productVillageOptions,
  validateProductVillage,
} from '../access/choices'
import { looksAfter } from '../access/fieldScope'
import { productAccess, staffField } from '../access/policy'
import { can } from '../access/scope'
import { dayField, decisionNumberField } from '../fields/common'
import { inUserLanguage } from '../fields/message'
import { selectOptions } from '../fields/options'
import { recordOr } from '../shared/guards'
import { numberOf } from '../shared/values'
import { publicEntry } from './entry'

const bandText = (stars: OcopStars) => {
  const band = OCOP_STAR_BANDS.find((b) => b.stars === stars)
  return band ? `${band.min}–${band.max}` : '?'
}

const starsFromScore: FieldHook = ({ value, siblingData }) =>
  value ? value : (starsForScore(Number(siblingData?.score)) ?? value)

const validateStars: SelectFieldSingleValidation = (value, { req, siblingData }) => {
  const score = numberOf(recordOr(siblingData).score) ?? null
  if (score === null || score === undefined) {
    return value
      ? inUserLanguage(req, {
          vi: 'Đã chọn số sao nhưng chưa nhập điểm đánh giá. Hãy nhập điểm (trên thang 100).',
          en: 'Stars are set but the evaluation score is missing. Enter the score (out of 100).',
        })
      : true
  }
  const expected = starsForScore(score)
  if (expected === null) {
    return inUserLanguage(req, {
      vi: `Điểm ${score} không đạt hạng OCOP: cần từ 50 đến 100 điểm (3 sao: 50–69, 4 sao: 70–89, 5 sao: 90–100).`,
      en: `Score ${score} earns no OCOP rating: 50–100 is needed (3★ 50–69, 4★ 70–89, 5★ 90–100).`,
    })
  }
  if (value && value !== expected) {
    return inUserLanguage(req, {
      vi: `Số sao không khớp với điểm: ${score} điểm tương ứng ${expected} sao (${bandText(expected)} điểm), không phải ${value} sao. Hãy sửa điểm hoặc số sao theo quyết định công nhận.`,
      en: `Stars do not match the score: ${score} points is ${expected}★ (${bandText(expected)}), not ${value}★. Correct the score or the stars to match the certificate.`,
    })
  }
  return true
}

const validateScore: NumberFieldSingleValidation = (value, { req }) => {
  if (value === null || value === undefined) return true
  if (Number.isFinite(value) && value >= 0 && value <= 100) return true
  return inUserLanguage(req, {
    vi: `Điểm ${value} không hợp lệ: điểm đánh giá OCOP nằm trong thang 0–100.`,
    en: `Score ${value} is not valid: OCOP scores are out of 100.`,
  })
}

const validateGtin: TextFieldSingleValidation = (value, { req }) => {
  if (!value) return true
  const problem = gtinProblem(value)
  return problem ? inUserLanguage(req, problem.message) : true
}

/** Stores GTIN-14. Field hooks run before validation, so a bad value is left as typed for it to report. */
const canonicalGtin: FieldHook = ({ value }) => {
  if (typeof value !== 'string' || value.trim() === '') return null
  const gtin = checkGtin(value)
  return gtin.ok ? gtin.value : value
}

const levelFromStars: FieldHook = ({ value, data }) => {
  if (value) return value
  const stars = starsOf(data?.stars) ?? starsForScore(Number(data?.score))
  return stars ? certifyingLevelForStars(stars) : value
}

const starsOf = (value: unknown): OcopStars | undefined => OCOP_STARS.find((s) => s.value === value)?.value

const validateLevel: SelectFieldSingleValidation = (value, { req, data }) => {
  const stars = starsOf(recordOr(data).stars)
  if (!value || !stars) return true
  const expected = certifyingLevelForStars(stars)
  if (value === expected) return true
  return inUserLanguage(req, {
    vi:
      stars === '5'
        ? 'Sản phẩm 5 sao do Trung ương công nhận: hãy chọn cấp công nhận "Trung ương".'
        : `Sản phẩm ${stars} sao do UBND cấp tỉnh công nhận: hãy chọn cấp công nhận "UBND cấp tỉnh".`,
    en:
      stars === '5'
        ? '5★ products are certified nationally: choose the "Central government" level.'
        : `${stars}★ products are certified by the province: choose the "Provincial People’s Committee" level.`,
  })
}

/**
 * Stars and certifying level follow from the score: left empty, each is filled in before
 * validation (`derive`), and a value that contradicts the score is refused (`validate`).
 */
const derivedSelect = (
  name: string,
  label: { vi: string; en: string },
  options: readonly LabelledOption[],
  derive: FieldHook,
  validate: SelectFieldSingleValidation,
): SelectField => ({
  name,
  type: 'select',
  label,
  options: selectOptions(options),
  hooks: { beforeValidate: [derive] },
  validate,
})

/** Certificates are valid for 36 months from issue; the expiry is derived, never typed. */
const deriveExpiry: FieldHook = ({ siblingData }) => {
  const issued = siblingData?.issueDate
  if (!issued) return null
  if (typeof issued !== 'string' && typeof issued !== 'number' && !(issued instanceof Date)) return null
  const date = new Date(issued)
  return Number.isNaN(date.getTime()) ? null : certificateExpiry(date).toISOString()
}

/**
 * A product belongs to a producer its officer looks after (contributors: of their communes;
 * editors: of their province): the picker offers those (productProducerOptions) and this refuses
 * another on every route, so that nobody files a product under a producer outside their care.
 */
const validateProducer: RelationshipFieldSingleValidation = async (value, args) => {
  const { req, previousValue, operation } = args
  // Payload's own check (required), without its generic refusal of what the picker leaves out.
  const base = await validations.relationship(value, { ...args, filterOptions: undefined })
  if (base !== true) return base
  const id = typeof value === 'object' && value && 'value' in value ? value.value : value
  if (!id || !req.user || can(req, 'admin')) return true
  if (operation === 'update' && String(id) === String(previousValue)) return true
  if (await looksAfter(req, 'producers', { id }, { owner: false })) return true
  return inUserLanguage(req, {
    vi: 'Chủ thể này không thuộc xã / tỉnh bạn phụ trách. Hãy chọn một chủ thể của mình, hoặc nhờ Sở nhập sản phẩm.',
    en: 'This producer is outside the communes / province you look after. Choose one of yours, or ask the province office.',
  })
}

export const OcopProducts: CollectionConfig = publicEntry('ocop-products', {
  titleLabel: { vi: 'Tên sản phẩm', en: 'Product name' },
  defaultColumns: ['title', 'group', 'stars', 'producer', '_status'],
  domainTabLabel: { vi: 'Phân hạng & chứng nhận', en: 'Rating & certificate' },
  access: productAccess,
  baseFilter: ownProductsListed,
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'group',
          type: 'select',
          required: true,
          label: { vi: 'Nhóm sản phẩm', en: 'Product group' },
          options: selectOptions(OCOP_GROUPS),
        },
        {
          name: 'producer',
          type: 'relationship',
          relationTo: 'producers',
          required: true,
          index: true,
          label: { vi: 'Chủ thể sản xuất', en: 'Producer' },
          filterOptions: productProducerOptions,
          validate: validateProducer,
          // A producer account cannot hand its product to someone else.
          access: { create: staffField, update: staffField },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'score',
          type: 'number',
          label: { vi: 'Điểm đánh giá (/100)', en: 'Score (/100)' },
          validate: validateScore,
          access: { update: staffField, create: staffField },
        },
        {
          ...derivedSelect('stars', { vi: 'Hạng sao', en: 'Stars' }, OCOP_STARS, starsFromScore, validateStars),
          access: { update: staffField, create: staffField },
          admin: {
            description: {
              vi: 'Để trống để tự suy ra từ điểm: 3 sao 50–69, 4 sao 70–89, 5 sao 90–100.',
              en: 'Leave empty to derive from the score: 3★ 50–69, 4★ 70–89, 5★ 90–100.',
            },
          },
        },
      ],
    },
    {
      name: 'certificate',
      type: 'group',
      label: { vi: 'Giấy chứng nhận OCOP', en: 'OCOP certificate' },
      access: { update: staffField, create: staffField },
      fields: [
        {
          type: 'row',
          fields: [
            decisionNumberField(),
            derivedSelect(
              'level',
              { vi: 'Cấp công nhận', en: 'Certifying level' },
              OCOP_CERTIFYING_LEVELS,
              levelFromStars,
              validateLevel,
            ),
          ],
        },
        {
          type: 'row',
          fields: [
            dayField('issueDate', { vi: 'Ngày cấp', en: 'Issue date' }),
            dayField(
              'expiryDate',
              { vi: 'Hết hiệu lực (tự tính: ngày cấp + 36 tháng)', en: 'Expires (derived: issue + 36 months)' },
              { hooks: { beforeChange: [deriveExpiry] }, admin: { readOnly: true } },
            ),
          ],
        },
      ],
    },
    {
      name: 'gtin',
      type: 'text',
      unique: true,
      label: { vi: 'Mã GTIN (mã vạch)', en: 'GTIN (barcode number)' },
      validate: validateGtin,
      hooks: { beforeChange: [canonicalGtin] },
      // QR labels are printed from it: changed by the culture office only.
      access: { create: staffField, update: staffField },
      admin: {
        description: {
          vi: 'Tùy chọn. 8, 12, 13 hoặc 14 chữ số; lưu dạng GTIN-14. Có GTIN thì tem QR dùng chuẩn GS1 Digital Link.',
          en: 'Optional. 8, 12, 13 or 14 digits; stored as GTIN-14. With a GTIN, QR labels use GS1 Digital Link.',
        },
      },
    },
    {
      name: 'craftVillage',
      type: 'relationship',
      relationTo: 'craft-villages',
      label: { vi: 'Làng nghề', en: 'Craft village' },
      filterOptions: productVillageOptions,
      validate: validateProductVillage,
    },
    { name: 'packaging', type: 'text', localized: true, label: { vi: 'Quy cách đóng gói', en: 'Packaging' } },
  ],
})
