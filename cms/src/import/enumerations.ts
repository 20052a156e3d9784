/**
 * The contract's enumerations as lists write them: each one's reader with the other names offices
 * use for its values (abbreviations, older wordings, the 2010 types of intangible heritage). The
 * enumerations lists write only by their labels are read with `choice` where a kind names them.
 */
import {
  INTANGIBLE_TYPE_2010_TO_2024,
  INTANGIBLE_TYPES_2010,
  INTANGIBLE_TYPES_2024,
  type LabelledOption,
  OCOP_STARS,
  PRODUCER_KINDS,
  RELIC_RANKS,
  RELIC_TYPES,
} from '@heritage/contract'
import { choice, type Parsed } from './values'

/** An enumeration as a column reads it: its values with their labels (the column's help), and its reader. */
export interface Enumeration<V extends string> {
  options: readonly LabelledOption<V>[]
  parse: (text: string) => Parsed<V>
}

/** The contract's options, read by their values, their labels and the synonyms given. */
export const enumeration = <V extends string>(
  options: readonly LabelledOption<V>[],
  synonyms: Record<string, V> = {},
): Enumeration<V> => ({ options, parse: choice(options, synonyms) })

export const rank = enumeration(RELIC_RANKS, {
  'Quốc gia đặc biệt': 'special-national',
  QGĐB: 'special-national',
  'Di tích QGĐB': 'special-national',
  'Cấp quốc gia': 'national',
  'Cấp QG': 'national',
  QG: 'national',
  'Cấp quốc gia đặc biệt': 'special-national',
  'Cấp QGĐB': 'special-national',
  'Cấp tỉnh, thành phố': 'provincial',
  'Cấp tỉnh/thành phố': 'provincial',
  'Quốc gia': 'national',
  'Di tích cấp quốc gia': 'national',
  'Cấp tỉnh': 'provincial',
  'Cấp TP': 'provincial',
  'Cấp thành phố': 'provincial',
  'Di tích cấp thành phố': 'provincial',
  Tỉnh: 'provincial',
  'Kiểm kê': 'inventoried',
  'Chưa xếp hạng': 'inventoried',
  'Danh mục kiểm kê': 'inventoried',
})
export const relicType = enumeration(RELIC_TYPES, {
  'Lịch sử': 'historical',
  'Lịch sử văn hóa': 'historical',
  'Di tích lịch sử - văn hóa': 'historical',
  'Kiến trúc nghệ thuật': 'architectural-artistic',
  'Kiến trúc - nghệ thuật': 'architectural-artistic',
  'Khảo cổ': 'archaeological',
  'Khảo cổ học': 'archaeological',
  'Thắng cảnh': 'scenic-landscape',
  'Danh thắng': 'scenic-landscape',
  'Hỗn hợp': 'mixed',
})

export const intangibleType = (() => {
  const synonyms: Record<string, (typeof INTANGIBLE_TYPES_2024)[number]['value']> = {}
  for (const old of INTANGIBLE_TYPES_2010) synonyms[old.label.vi] = INTANGIBLE_TYPE_2010_TO_2024[old.value]
  return enumeration(INTANGIBLE_TYPES_2024, { ...synonyms, 'Lễ hội': 'festivals' })
})()

export const producerKind = enumeration(PRODUCER_KINDS, {
  HTX: 'cooperative',
  'Công ty': 'enterprise',
  'Hộ kinh doanh': 'household',
  Hộ: 'household',
})

export const stars = enumeration(OCOP_STARS, { '3': '3', '4': '4', '5': '5', '3★': '3', '4★': '4', '5★': '5' })
