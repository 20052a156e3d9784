'use client'
import {
  ArrayField,
  CheckboxField,
  DateTimeField,
  EmailField,
  GroupField,
  JSONField,
  NumberField,
  PointField,
  RelationshipField,
  SelectField,
  TextareaField,
  TextField,
  UploadField,
  useAuth,
  useDocumentInfo,
} from '@payloadcms/ui'
import type { ClientComponentProps, ClientField, FieldPaths } from 'payload'
import type { ReactNode } from 'react'
import { type DrawnType, forTranslator, translatorOnly } from '../access/translatorView'
import type { User } from '../payload-types'

type Props = Omit<ClientComponentProps, 'field'> & FieldPaths & { field: ClientField; path: string }

/** Payload's own component for a field (forms/RenderFields/RenderField), with the props it gets there. */
function payloadComponent(props: Props): ReactNode {
  const { field } = props
  switch (field.type) {
    case 'array':
      return <ArrayField {...props} field={field} />
    case 'checkbox':
      return <CheckboxField {...props} field={field} />
    case 'date':
      return <DateTimeField {...props} field={field} />
    case 'email':
      return <EmailField {...props} field={field} />
    case 'group':
      return <GroupField {...props} field={field} />
    case 'json':
      return <JSONField {...props} field={field} />
    case 'number':
      return <NumberField {...props} field={field} />
    case 'point':
      return <PointField {...props} field={field} />
    case 'relationship':
      return <RelationshipField {...props} field={field} />
    case 'select':
      return <SelectField {...props} field={field} />
    case 'text':
      return <TextField {...props} field={field} />
    case 'textarea':
      return <TextareaField {...props} field={field} />
    case 'upload':
      return <UploadField {...props} field={field} />
    default:
      // Every type of DRAWN_TYPES has its case above: the compiler refuses one left out here.
      field.type satisfies Exclude<ClientField['type'], DrawnType>
      return null
  }
}

/**
 * An entry's top-level field (see ../access/translatorView.ts): Payload's own component, given
 * what Payload's form would give it (a component of our own is handed the props the server
 * computed, which know the field's permission but not that the whole form is read-only), and
 * for a translator the field as forTranslator shows it.
 */
export function TranslatorField(props: Props) {
  const { user } = useAuth<User>()
  const { hasSavePermission, isTrashed } = useDocumentInfo()
  const { field } = props
  const readOnly = Boolean(props.readOnly || field.admin?.readOnly || hasSavePermission === false || isTrashed)
  const shown = !readOnly && translatorOnly(user?.roles) ? forTranslator(field) : field
  return payloadComponent({ ...props, field: shown, readOnly: readOnly || shown.admin?.readOnly === true })
}
