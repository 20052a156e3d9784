import * as migration_20261205_213628_baseline from './20261205_213628_baseline'
import * as migration_20261205_222755_system_locks from './20261205_222755_system_locks'
import * as migration_20261205_225443_storage_fields from './20261205_225443_storage_fields'
import * as migration_20261206_010500_site_status_one_row from './20261206_010500_site_status_one_row'
import * as migration_20261206_015000_installation_one_row from './20261206_015000_installation_one_row'
import * as migration_20261206_041206_list_scope_index from './20261206_041206_list_scope_index'
import * as migration_20261206_065922_media_web_versions from './20261206_065922_media_web_versions'
import * as migration_20261206_200414_inscriptions from './20261206_200414_inscriptions'
import * as migration_20261206_210329_installation_publisher from './20261206_210329_installation_publisher'

export const migrations = [
  {
    up: migration_20261205_213628_baseline.up,
    down: migration_20261205_213628_baseline.down,
    name: '20261205_213628_baseline',
  },
  {
    up: migration_20261205_222755_system_locks.up,
    down: migration_20261205_222755_system_locks.down,
    name: '20261205_222755_system_locks',
  },
  {
    up: migration_20261205_225443_storage_fields.up,
    down: migration_20261205_225443_storage_fields.down,
    name: '20261205_225443_storage_fields',
  },
  {
    up: migration_20261206_010500_site_status_one_row.up,
    down: migration_20261206_010500_site_status_one_row.down,
    name: '20261206_010500_site_status_one_row',
  },
  {
    up: migration_20261206_015000_installation_one_row.up,
    down: migration_20261206_015000_installation_one_row.down,
    name: '20261206_015000_installation_one_row',
  },
  {
    up: migration_20261206_041206_list_scope_index.up,
    down: migration_20261206_041206_list_scope_index.down,
    name: '20261206_041206_list_scope_index',
  },
  {
    up: migration_20261206_065922_media_web_versions.up,
    down: migration_20261206_065922_media_web_versions.down,
    name: '20261206_065922_media_web_versions',
  },
  {
    up: migration_20261206_200414_inscriptions.up,
    down: migration_20261206_200414_inscriptions.down,
    name: '20261206_200414_inscriptions',
  },
  {
    up: migration_20261206_210329_installation_publisher.up,
    down: migration_20261206_210329_installation_publisher.down,
    name: '20261206_210329_installation_publisher',
  },
]
