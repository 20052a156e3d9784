import { batchProblem } from '@heritage/contract'
import {
  type CollectionConfig,
  type DateFieldValidation,
  type RelationshipFieldSingleValidation,
  type TextFieldSingleValidation,
  validations,
} from 'payload'
import {
  batchProductOptions,
  ownBatchesListed,
  rawMaterialCommuneOptions,
  validateRawMaterialCommune,
} from '../access/choices'
import { batchAccess } from '../access/policy'
import { can, ownProductIds, productsInScope } from '../access/scope'
import { dayField, internalNotesField } from '../fields/common'
import { listField, rowText } from '../fields/list'
import { inUserLanguage } from '../fields/message'
import { shortCodeField, shortCodeHooks } from '../fields/shortCode'
import { labelsEndpoint } from '../media/qrEndpoints'
import { publishAfterChange, publishAfterDelete } from '../publish/hooks'
import { recordOr } from '../shared/guards'
import { idOf } from '../shared/ids'
import { textOf } from '../shared/values'
import { refuseUnsafeDelete, refuseUnsafeTrash } from '../workflow/references'
import { auditAfterDelete, reviewAfterChange } from '../workflow/review'
import { kindAdmin } from './entry'

const validateLot: TextFieldSingleValidation = async (value, { req, siblingData, id }) => {
  if (!value) {
    return inUserLanguage(req, { vi: 'Cần nhập số lô.', en: 'A lot number is required.' })
  }
  // What the label prints and the site serves at /01/<GTIN>/10/<lot>/: refused here, not at the build.
  const problem = batchProblem(value)
  if (problem) return inUserLanguage(req, problem.message)
  const productId = idOf(recordOr(siblingData).product)
  if (productId === null) return true
  const clash = await req.payload.find({
    collection: 'batches',
    where: {
      and: [
        { lotCode: { equals: value } },
        { product: { equals: productId } },
        ...(id === undefined ? [] : [{ id: { not_equals: id } }]),
      ],
    },
    depth: 0,
    limit: 1,
    draft: true,
    overrideAccess: true,
    // Whether one exists: no count of them, and not the whole batch in every language.
    pagination: false,
    select: { lotCode: true },
    req,
  })
  if (clash.docs.length > 0) {
    return inUserLanguage(req, {
      vi: `Sản phẩm này đã có lô "${value}". Mỗi lô của một sản phẩm cần một số lô riêng.`,
      en: `This product already has lot "${value}". Each lot of a product needs its own number.`,
    })
  }
  return true
}

const validateExpiry: DateFieldValidation = (value, { req, siblingData }) => {
  const produced = textOf(recordOr(siblingData).productionDate)
  if (!value || !produced) return true
  if (new Date(value).getTime() >= new Date(produced).getTime()) return true
  return inUserLanguage(req, {
    vi: 'Hạn sử dụng phải sau ngày sản xuất. Hãy kiểm tra lại thứ tự ngày/tháng (dd/mm/yyyy).',
    en: 'The expiry date must be after the production date. Check the day/month order.',
  })
}

/**
 * A producer records batches of its own products; an editor of the products of its province. The
 * picker offers only those (batchProductOptions); this refuses the rest on every route (REST,
 * GraphQL, bulk updates, duplicates, restored versions), with its message on the field.
 */
const validateProduct: RelationshipFieldSingleValidation = async (value, args) => {
  const { req, previousValue, operation } = args
  // Payload's own check (required), without its generic refusal of what the picker leaves out.
  const base = await validations.relationship(value, { ...args, filterOptions: undefined })
  if (base !== true) return base
  if (!value || !req.user || can(req, 'admin')) return true
  const id = typeof value === 'object' && value && 'value' in value ? value.value : value
  if (operation === 'update' && String(id) === String(previousValue)) return true
  const scoped = can(req, 'editor') ? await productsInScope(req) : []
  if (scoped === true) return true
  const allowed = [...scoped, ...(can(req, 'producer') ? await ownProductIds(req) : [])]
  if (allowed.some((p) => String(p) === String(id))) return true
  // Not named: the title of another producer's draft is not this user's to read.
  if (can(req, 'producer') && !can(req, 'editor')) {
    return inUserLanguage(req, {
      vi: 'Sản phẩm này thuộc chủ thể khác: bạn chỉ ghi lô cho sản phẩm của mình. Hãy chọn lại sản phẩm.',
      en: 'This product belongs to another producer: record batches of your own products only. Choose again.',
    })
  }
  return inUserLanguage(req, {
    vi: 'Sản phẩm này không thuộc tỉnh bạn phụ trách. Hãy chọn một sản phẩm trong tỉnh.',
    en: 'This product is outside the province you look after. Choose one of its products.',
  })
}

const batch = kindAdmin('batches')

export const Batches: CollectionConfig = {
  slug: 'batches',
  labels: batch.labels,
  graphQL: { singularName: 'Batch', pluralName: 'Batches' },
  admin: {
    useAsTitle: 'lotCode',
    group: batch.group,
    defaultColumns: ['lotCode', 'product', 'productionDate', 'expiryDate', '_status'],
    // The list reads its columns only, as the entries' lists do (collections/entry.ts).
    enableListViewSelectAPI: true,
    baseFilter: ownBatchesListed,
  },
  access: batchAccess,
  trash: true,
  versions: { drafts: { validate: true, schedulePublish: true }, maxPerDoc: 20 },
  endpoints: [labelsEndpoint],
  hooks: {
    beforeChange: [refuseUnsafeTrash],
    beforeDelete: [refuseUnsafeDelete],
    afterChange: [shortCodeHooks.afterChange, reviewAfterChange, publishAfterChange],
    afterDelete: [shortCodeHooks.afterDelete, auditAfterDelete, publishAfterDelete],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'lotCode',
          type: 'text',
          required: true,
          label: { vi: 'Số lô', en: 'Lot number' },
          validate: validateLot,
          index: true,
          admin: {
            description: {
              vi: 'Như in trên bao bì; dùng trong đường dẫn GS1 (/10/số-lô).',
              en: 'As printed on the pack; used in GS1 links (/10/lot).',
            },
          },
        },
        {
          name: 'product',
          type: 'relationship',
          relationTo: 'ocop-products',
          required: true,
          index: true,
          label: { vi: 'Sản phẩm', en: 'Product' },
          filterOptions: batchProductOptions,
          validate: validateProduct,
        },
      ],
    },
    shortCodeField({
      vi: 'Do hệ thống cấp, không ai sửa được; địa chỉ ngắn (/t/mã) in dưới mã QR trên mọi tem, và là mã QR khi sản phẩm không có GTIN.',
      en: 'Given by the system and changed by nobody; its short address (/t/code) is printed under the QR code of every label, and is the QR code of products without a GTIN.',
    }),
    {
      name: 'printQr',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/components/PrintQr#PrintQr' } },
    },
    {
      type: 'row',
      fields: [
        dayField('productionDate', { vi: 'Ngày sản xuất', en: 'Production date' }, { required: true }),
        dayField('expiryDate', { vi: 'Hạn sử dụng', en: 'Expiry date' }, { validate: validateExpiry }),
      ],
    },
    {
      name: 'quantity',
      type: 'group',
      label: { vi: 'Sản lượng', en: 'Quantity' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'amount', type: 'number', min: 0, label: { vi: 'Số lượng', en: 'Amount' } },
            { name: 'unit', type: 'text', localized: true, label: { vi: 'Đơn vị', en: 'Unit' } },
          ],
        },
      ],
    },
    listField('rawMaterials', 'Nguyên liệu', ['Material', 'Materials'], {
      label: { vi: 'Nguồn gốc nguyên liệu', en: 'Origin of raw materials' },
      fields: [
        rowText('material', { vi: 'Nguyên liệu', en: 'Material' }),
        rowText('origin', { vi: 'Xuất xứ', en: 'Origin' }),
        {
          name: 'commune',
          type: 'relationship',
          relationTo: 'admin-units',
          label: { vi: 'Xã / phường', en: 'Commune / ward' },
          filterOptions: rawMaterialCommuneOptions,
          validate: validateRawMaterialCommune,
        },
        { name: 'supplier', type: 'text', label: { vi: 'Nhà cung cấp', en: 'Supplier' } },
      ],
    }),
    listField('testReports', 'Phiếu', ['Report', 'Reports'], {
      label: { vi: 'Phiếu kiểm nghiệm', en: 'Test reports' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'laboratory',
              type: 'text',
              required: true,
              label: { vi: 'Đơn vị kiểm nghiệm', en: 'Laboratory' },
            },
            { name: 'reportNumber', type: 'text', label: { vi: 'Số phiếu', en: 'Report number' } },
            dayField('date', { vi: 'Ngày', en: 'Date' }),
          ],
        },
        { name: 'result', type: 'text', localized: true, label: { vi: 'Kết quả', en: 'Result' } },
        { name: 'passed', type: 'checkbox', defaultValue: true, label: { vi: 'Đạt', en: 'Passed' } },
      ],
    }),
    internalNotesField('batches'),
  ],
}
