import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'
import { ValidationError } from 'payload'
import { anyone } from '../access/anyone'
import { isStaffAccess, isStaffOrProducer } from '../access/roles'
import { inUserLanguage } from '../fields/message'
import { uploadDir } from '../paths'
import { ADMIN_GROUPS } from './entry'

const creditFields = (): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'credit', type: 'text', label: { vi: 'Tác giả / nguồn', en: 'Credit' } },
      { name: 'license', type: 'text', label: { vi: 'Giấy phép', en: 'Licence' }, defaultValue: 'CC BY 4.0' },
    ],
  },
]

const mediaAccess: CollectionConfig['access'] = {
  read: anyone,
  create: isStaffOrProducer,
  update: isStaffOrProducer,
  delete: isStaffAccess,
}

/** Photos. Raster formats only: SVG can carry scripts, so it is not accepted here. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: { vi: 'Ảnh', en: 'Image' }, plural: { vi: 'Ảnh', en: 'Images' } },
  admin: { group: ADMIN_GROUPS.media, useAsTitle: 'alt' },
  access: mediaAccess,
  upload: {
    staticDir: uploadDir('media'),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif'],
    focalPoint: true,
    crop: true,
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Mô tả ảnh (cho người khiếm thị)', en: 'Alternative text' },
    },
    { name: 'caption', type: 'text', localized: true, label: { vi: 'Chú thích', en: 'Caption' } },
    ...creditFields(),
  ],
}

const requireEquirectangular: CollectionBeforeChangeHook = ({ data, req }) => {
  const { width, height } = data as { width?: number; height?: number }
  if (width && height && Math.abs(width / height - 2) > 0.01) {
    throw new ValidationError(
      {
        collection: 'panoramas',
        errors: [
          {
            path: 'file',
            message: inUserLanguage(req, {
              vi: `Ảnh ${width}×${height} không phải ảnh 360° dạng equirectangular: chiều rộng phải gấp đôi chiều cao (tỉ lệ 2:1). Hãy xuất lại ảnh từ máy chụp 360°.`,
              en: `A ${width}×${height} image is not an equirectangular 360° panorama: the width must be twice the height (2:1). Export it again from the 360° camera.`,
            }),
          },
        ],
      },
      req.t,
    )
  }
  return data
}

export const Panoramas: CollectionConfig = {
  slug: 'panoramas',
  labels: { singular: { vi: 'Ảnh 360°', en: '360° panorama' }, plural: { vi: 'Ảnh 360°', en: '360° panoramas' } },
  admin: { group: ADMIN_GROUPS.media, useAsTitle: 'title' },
  access: mediaAccess,
  upload: { staticDir: uploadDir('panoramas'), mimeTypes: ['image/jpeg', 'image/png', 'image/webp'] },
  hooks: { beforeChange: [requireEquirectangular] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    {
      name: 'initialHeading',
      type: 'number',
      min: 0,
      max: 360,
      defaultValue: 0,
      label: { vi: 'Hướng nhìn ban đầu (độ)', en: 'Initial heading (degrees)' },
    },
    ...creditFields(),
  ],
}

export const Models: CollectionConfig = {
  slug: 'models',
  labels: { singular: { vi: 'Mô hình 3D', en: '3D model' }, plural: { vi: 'Mô hình 3D', en: '3D models' } },
  admin: { group: ADMIN_GROUPS.media, useAsTitle: 'title' },
  access: mediaAccess,
  upload: { staticDir: uploadDir('models'), mimeTypes: ['model/gltf-binary', 'model/gltf+json'] },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    {
      name: 'poster',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh đại diện (hiện trước khi tải mô hình)', en: 'Poster (shown before the model loads)' },
    },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
    ...creditFields(),
  ],
}

export const Audio: CollectionConfig = {
  slug: 'audio',
  labels: {
    singular: { vi: 'Thuyết minh âm thanh', en: 'Audio guide' },
    plural: { vi: 'Thuyết minh âm thanh', en: 'Audio guides' },
  },
  admin: { group: ADMIN_GROUPS.media, useAsTitle: 'title' },
  access: mediaAccess,
  upload: {
    staticDir: uploadDir('audio'),
    mimeTypes: ['audio/mpeg', 'audio/mp4', 'audio/aac', 'audio/ogg', 'audio/wav', 'audio/webm'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tiêu đề', en: 'Title' } },
    {
      name: 'language',
      type: 'select',
      required: true,
      defaultValue: 'vi',
      options: [
        { value: 'vi', label: { vi: 'Tiếng Việt', en: 'Vietnamese' } },
        { value: 'en', label: { vi: 'Tiếng Anh', en: 'English' } },
      ],
      label: { vi: 'Ngôn ngữ thuyết minh', en: 'Spoken language' },
    },
    { name: 'transcript', type: 'textarea', localized: true, label: { vi: 'Lời thuyết minh', en: 'Transcript' } },
    { name: 'durationSeconds', type: 'number', min: 0, label: { vi: 'Thời lượng (giây)', en: 'Duration (s)' } },
    ...creditFields(),
  ],
}
