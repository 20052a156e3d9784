import { ReviewBanner as ReviewBanner_e2d1256a1956fd9f7afb8ba523458989 } from '../../../components/ReviewBanner'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslatorField as TranslatorField_1474f879de1334a10866ba5a16b8f08f } from '../../../components/TranslatorField'
import { GpsFromPhoto as GpsFromPhoto_bccc3a4064bb4ad9073f5b133597e30d } from '../../../components/GpsFromPhoto'
import { PrintQr as PrintQr_db3a672c10f87d51d09a04daedca6069 } from '../../../components/PrintQr'
import { TranslationCell as TranslationCell_22def7f79497b0183dd0f01ad7927a01 } from '../../../components/TranslationCell'
import { TranslationPanel as TranslationPanel_eab170317fbe28653a975ef4f11af82e } from '../../../components/TranslationPanel'
import { ReviewStateCell as ReviewStateCell_ec98e2f09e1a7f494f3c378d3433c3b6 } from '../../../components/ReviewStateCell'
import { ReviewHistory as ReviewHistory_b64218767a1041188b5e85327bd98d14 } from '../../../components/ReviewHistory'
import { TranslatorListActions as TranslatorListActions_13f5b11c885a43e25e0ba0e0346902fe } from '../../../components/TranslatorListActions'
import { ExportButtons as ExportButtons_f4a89e8e3bbf017ce10d9721b24d9e32 } from '../../../components/ExportButtons'
import { ConfirmedPublishButton as ConfirmedPublishButton_56528931d233e30fb7b1f0dfad022821 } from '../../../components/ConfirmedPublishButton'
import { WorkflowActions as WorkflowActions_1d1a4b3033b283969a141ef7226af4a9 } from '../../../components/WorkflowActions'
import { ReviewStatus as ReviewStatus_877c22eb3b1a19c32db774c3a88e5b68 } from '../../../components/ReviewStatus'
import { RegionPicker as RegionPicker_560d8e382bab7521e9b3e502000a78d3 } from '../../../components/RegionPicker'
import { WebVersionsCell as WebVersionsCell_1c520ff7b8e09f8865f49c0df42bfbd0 } from '../../../components/WebVersionsCell'
import { WebVersionsField as WebVersionsField_869c1c8d6d8e8bbdf100b10b39987235 } from '../../../components/WebVersionsField'
import { MediaDerivatives as MediaDerivatives_4907a342b27a29714fb508a8afa8dc10 } from '../../../components/MediaDerivatives'
import { UploadSaveButton as UploadSaveButton_0eff039b1c3ad87dcae47e31d22d0daf } from '../../../components/UploadSaveButton'
import { ModelReport as ModelReport_c707b868ecd624fa82bb964dde659235 } from '../../../components/ModelReport'
import { CurrentPasswordField as CurrentPasswordField_3345fcb5b34dee15313070ef9045de7d } from '../../../auth/CurrentPasswordField'
import { CollectionCell as CollectionCell_a0e4906c549cc8b8ccb1a27ea272e8d6 } from '../../../audit/CollectionCell'
import { SiteStatusSummary as SiteStatusSummary_b554d51c40ca051cb980537ecf50af1c } from '../../../components/SiteStatus'
import { ExcludedEntries as ExcludedEntries_f8f8c5640e383593fe6d4a29461ec62b } from '../../../components/ExcludedEntries'
import { SiteStatus as SiteStatus_b554d51c40ca051cb980537ecf50af1c } from '../../../components/SiteStatus'
import { ImportNavLink as ImportNavLink_efba3c72b6b81fad421dc3fdd660f2a9 } from '../../../components/ImportNavLink'
import { TranslationNavLink as TranslationNavLink_3638bdb50a0da4761ce942619eb81a58 } from '../../../components/TranslationNavLink'
import { Dashboard as Dashboard_9a680279bc487e655cb510fd8d9dadff } from '../../../components/Dashboard'
import { UploadGuard as UploadGuard_4d35c8a4683c802675a6d5d132bef116 } from '../../../components/UploadGuard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { ImportView as ImportView_e0914430343acda479f6798b2a6c428e } from '../../../components/ImportView'
import { TranslationView as TranslationView_709256a1f26df03fb465af78143ffcfd } from '../../../components/TranslationView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/ReviewBanner#ReviewBanner": ReviewBanner_e2d1256a1956fd9f7afb8ba523458989,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/TranslatorField#TranslatorField": TranslatorField_1474f879de1334a10866ba5a16b8f08f,
  "/components/GpsFromPhoto#GpsFromPhoto": GpsFromPhoto_bccc3a4064bb4ad9073f5b133597e30d,
  "/components/PrintQr#PrintQr": PrintQr_db3a672c10f87d51d09a04daedca6069,
  "/components/TranslationCell#TranslationCell": TranslationCell_22def7f79497b0183dd0f01ad7927a01,
  "/components/TranslationPanel#TranslationPanel": TranslationPanel_eab170317fbe28653a975ef4f11af82e,
  "/components/ReviewStateCell#ReviewStateCell": ReviewStateCell_ec98e2f09e1a7f494f3c378d3433c3b6,
  "/components/ReviewHistory#ReviewHistory": ReviewHistory_b64218767a1041188b5e85327bd98d14,
  "/components/TranslatorListActions#TranslatorListActions": TranslatorListActions_13f5b11c885a43e25e0ba0e0346902fe,
  "/components/ExportButtons#ExportButtons": ExportButtons_f4a89e8e3bbf017ce10d9721b24d9e32,
  "/components/ConfirmedPublishButton#ConfirmedPublishButton": ConfirmedPublishButton_56528931d233e30fb7b1f0dfad022821,
  "/components/WorkflowActions#WorkflowActions": WorkflowActions_1d1a4b3033b283969a141ef7226af4a9,
  "/components/ReviewStatus#ReviewStatus": ReviewStatus_877c22eb3b1a19c32db774c3a88e5b68,
  "/components/RegionPicker#RegionPicker": RegionPicker_560d8e382bab7521e9b3e502000a78d3,
  "/components/WebVersionsCell#WebVersionsCell": WebVersionsCell_1c520ff7b8e09f8865f49c0df42bfbd0,
  "/components/WebVersionsField#WebVersionsField": WebVersionsField_869c1c8d6d8e8bbdf100b10b39987235,
  "/components/MediaDerivatives#MediaDerivatives": MediaDerivatives_4907a342b27a29714fb508a8afa8dc10,
  "/components/UploadSaveButton#UploadSaveButton": UploadSaveButton_0eff039b1c3ad87dcae47e31d22d0daf,
  "/components/ModelReport#ModelReport": ModelReport_c707b868ecd624fa82bb964dde659235,
  "/auth/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_3345fcb5b34dee15313070ef9045de7d,
  "/audit/CollectionCell#CollectionCell": CollectionCell_a0e4906c549cc8b8ccb1a27ea272e8d6,
  "/components/SiteStatus#SiteStatusSummary": SiteStatusSummary_b554d51c40ca051cb980537ecf50af1c,
  "/components/ExcludedEntries#ExcludedEntries": ExcludedEntries_f8f8c5640e383593fe6d4a29461ec62b,
  "/components/SiteStatus#SiteStatus": SiteStatus_b554d51c40ca051cb980537ecf50af1c,
  "/components/ImportNavLink#ImportNavLink": ImportNavLink_efba3c72b6b81fad421dc3fdd660f2a9,
  "/components/TranslationNavLink#TranslationNavLink": TranslationNavLink_3638bdb50a0da4761ce942619eb81a58,
  "/components/Dashboard#Dashboard": Dashboard_9a680279bc487e655cb510fd8d9dadff,
  "/components/UploadGuard#UploadGuard": UploadGuard_4d35c8a4683c802675a6d5d132bef116,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/ImportView#ImportView": ImportView_e0914430343acda479f6798b2a6c428e,
  "/components/TranslationView#TranslationView": TranslationView_709256a1f26df03fb465af78143ffcfd,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
