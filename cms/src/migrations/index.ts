import * as migration_20261122_062355_initial from './20261122_062355_initial'
import * as migration_20261122_065732_media_derivatives_and_codes from './20261122_065732_media_derivatives_and_codes'
import * as migration_20261122_073139_media_card_crops from './20261122_073139_media_card_crops'
import * as migration_20261122_082909_site_status from './20261122_082909_site_status'
import * as migration_20261122_112646_review_audit_trash from './20261122_112646_review_audit_trash'
import * as migration_20261122_182324_translation_parent_indexes from './20261122_182324_translation_parent_indexes'
import * as migration_20261122_183748_list_order_indexes from './20261122_183748_list_order_indexes'
import * as migration_20261204_181823_admin_units_2025 from './20261204_181823_admin_units_2025'
import * as migration_20261204_183017_decision_date_precision from './20261204_183017_decision_date_precision'
import * as migration_20261204_210752_qr_code_registry from './20261204_210752_qr_code_registry'
import * as migration_20261204_211054_site_status_excluded from './20261204_211054_site_status_excluded'
import * as migration_20261204_213244_qr_code_registry_reused_ids from './20261204_213244_qr_code_registry_reused_ids'
import * as migration_20261205_001552_localized_credit from './20261205_001552_localized_credit'
import * as migration_20261205_012632_site_status_entry from './20261205_012632_site_status_entry'
import * as migration_20261205_093402_installation_site_locales from './20261205_093402_installation_site_locales'
import * as migration_20261205_094723_translation_state from './20261205_094723_translation_state'
import * as migration_20261205_103000_translation_state_backfill from './20261205_103000_translation_state_backfill'
import * as migration_20261205_214053_system_locks from './20261205_214053_system_locks'
import * as migration_20261205_223123_storage_fields from './20261205_223123_storage_fields'
import * as migration_20261206_011500_site_status_one_row from './20261206_011500_site_status_one_row'
import * as migration_20261206_015000_installation_one_row from './20261206_015000_installation_one_row'
import * as migration_20261206_041144_list_scope_index from './20261206_041144_list_scope_index'
import * as migration_20261206_065905_media_web_versions from './20261206_065905_media_web_versions'
import * as migration_20261206_200403_inscriptions from './20261206_200403_inscriptions'
import * as migration_20261206_210314_installation_publisher from './20261206_210314_installation_publisher'

export const migrations = [
  {
    up: migration_20261122_062355_initial.up,
    down: migration_20261122_062355_initial.down,
    name: '20261122_062355_initial',
  },
  {
    up: migration_20261122_065732_media_derivatives_and_codes.up,
    down: migration_20261122_065732_media_derivatives_and_codes.down,
    name: '20261122_065732_media_derivatives_and_codes',
  },
  {
    up: migration_20261122_073139_media_card_crops.up,
    down: migration_20261122_073139_media_card_crops.down,
    name: '20261122_073139_media_card_crops',
  },
  {
    up: migration_20261122_082909_site_status.up,
    down: migration_20261122_082909_site_status.down,
    name: '20261122_082909_site_status',
  },
  {
    up: migration_20261122_112646_review_audit_trash.up,
    down: migration_20261122_112646_review_audit_trash.down,
    name: '20261122_112646_review_audit_trash',
  },
  {
    up: migration_20261122_182324_translation_parent_indexes.up,
    down: migration_20261122_182324_translation_parent_indexes.down,
    name: '20261122_182324_translation_parent_indexes',
  },
  {
    up: migration_20261122_183748_list_order_indexes.up,
    down: migration_20261122_183748_list_order_indexes.down,
    name: '20261122_183748_list_order_indexes',
  },
  {
    up: migration_20261204_181823_admin_units_2025.up,
    down: migration_20261204_181823_admin_units_2025.down,
    name: '20261204_181823_admin_units_2025',
  },
  {
    up: migration_20261204_183017_decision_date_precision.up,
    down: migration_20261204_183017_decision_date_precision.down,
    name: '20261204_183017_decision_date_precision',
  },
  {
    up: migration_20261204_210752_qr_code_registry.up,
    down: migration_20261204_210752_qr_code_registry.down,
    name: '20261204_210752_qr_code_registry',
  },
  {
    up: migration_20261204_211054_site_status_excluded.up,
    down: migration_20261204_211054_site_status_excluded.down,
    name: '20261204_211054_site_status_excluded',
  },
  {
    up: migration_20261204_213244_qr_code_registry_reused_ids.up,
    down: migration_20261204_213244_qr_code_registry_reused_ids.down,
    name: '20261204_213244_qr_code_registry_reused_ids',
  },
  {
    up: migration_20261205_001552_localized_credit.up,
    down: migration_20261205_001552_localized_credit.down,
    name: '20261205_001552_localized_credit',
  },
  {
    up: migration_20261205_012632_site_status_entry.up,
    down: migration_20261205_012632_site_status_entry.down,
    name: '20261205_012632_site_status_entry',
  },
  {
    up: migration_20261205_093402_installation_site_locales.up,
    down: migration_20261205_093402_installation_site_locales.down,
    name: '20261205_093402_installation_site_locales',
  },
  {
    up: migration_20261205_094723_translation_state.up,
    down: migration_20261205_094723_translation_state.down,
    name: '20261205_094723_translation_state',
  },
  {
    up: migration_20261205_103000_translation_state_backfill.up,
    down: migration_20261205_103000_translation_state_backfill.down,
    name: '20261205_103000_translation_state_backfill',
  },
  {
    up: migration_20261205_214053_system_locks.up,
    down: migration_20261205_214053_system_locks.down,
    name: '20261205_214053_system_locks',
  },
  {
    up: migration_20261205_223123_storage_fields.up,
    down: migration_20261205_223123_storage_fields.down,
    name: '20261205_223123_storage_fields',
  },
  {
    up: migration_20261206_011500_site_status_one_row.up,
    down: migration_20261206_011500_site_status_one_row.down,
    name: '20261206_011500_site_status_one_row',
  },
  {
    up: migration_20261206_015000_installation_one_row.up,
    down: migration_20261206_015000_installation_one_row.down,
    name: '20261206_015000_installation_one_row',
  },
  {
    up: migration_20261206_041144_list_scope_index.up,
    down: migration_20261206_041144_list_scope_index.down,
    name: '20261206_041144_list_scope_index',
  },
  {
    up: migration_20261206_065905_media_web_versions.up,
    down: migration_20261206_065905_media_web_versions.down,
    name: '20261206_065905_media_web_versions',
  },
  {
    up: migration_20261206_200403_inscriptions.up,
    down: migration_20261206_200403_inscriptions.down,
    name: '20261206_200403_inscriptions',
  },
  {
    up: migration_20261206_210314_installation_publisher.up,
    down: migration_20261206_210314_installation_publisher.down,
    name: '20261206_210314_installation_publisher',
  },
]
