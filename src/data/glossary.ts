/**
 * English labels for the English UI: the embedded indicators' names, units, zone types and
 * comparators. Keyed by the stable indicator id, so a re-imported file with the same codes keeps
 * its translation; anything without an entry is shown in its original Chinese.
 */
import type { Lang } from './lang';
import { ALL_REGIONS } from './regions';

const INDICATOR_EN: Readonly<Record<string, string>> = {
  'black-soil-allocation.demo_area': 'Demonstration area',
  'black-soil-allocation.tillage_annual': 'Conservation tillage per year',
  'black-soil-allocation.tillage_5y': 'Conservation tillage, 5-year total',
  'black-soil-allocation.organic_2021': 'Organic manure deep ploughing, 2021',
  'black-soil-allocation.organic_2025': 'Organic manure deep ploughing, 2025',
  'black-soil-allocation.organic_5y': 'Organic manure deep ploughing, 5-year coverage',
  'black-soil-hsf-2021.hsf_2021': 'High-standard farmland built in 2021',
  'black-soil-hsf-2021.hsf_2021_standard': 'of which standardised demonstration area',
  'black-soil-targets.demo_area': 'Black-soil demonstration area',
  'black-soil-targets.demo_area_standard': 'of which standardised demonstration area',
  'black-soil-targets.hsf_new': 'New black-soil high-standard farmland',
  'black-soil-targets.hsf_new_standard': 'of which standardised demonstration area',
  'black-soil-targets.tillage_area': 'Conservation tillage area',
  'black-soil-targets.organic_area': 'of which organic manure deep ploughing',
  'black-soil-targets.hsf_cumulative': 'High-standard farmland, cumulative',
  'black-soil-targets.hsf_standard_cumulative': 'Standardised demonstration area, cumulative',
  'black-soil-targets.gullies_cumulative': 'Large and medium gullies (>100 m) treated, cumulative',
  'black-soil-targets.tillage_cumulative': 'Conservation tillage, cumulative',
  'black-soil-targets.tillage_annual': 'Conservation tillage per year',
  'black-soil-targets.organic_cumulative': 'Organic manure deep ploughing, cumulative',
  'black-soil-targets.organic_annual': 'Organic manure deep ploughing per year',
  'black-soil-targets.soil_organic_matter_gain': 'Average gain in soil organic matter',
  'black-soil-targets.plough_layer_depth': 'Average plough-layer depth',
  'credit-indicators.regulation': 'Social credit laws and regulations',
  'credit-indicators.gov_commitment_rate': 'Government integrity pledges made public',
  'credit-indicators.gov_dishonest_share': 'Government bodies listed as dishonest judgment debtors',
  'credit-indicators.dual_publicity_compliance': '"Dual publicity" compliance rate',
  'credit-indicators.dual_publicity_concealment': '"Dual publicity" concealment rate',
  'credit-indicators.credit_code_error_rate': 'Unified credit code duplicate/error rate',
  'credit-indicators.tiered_supervision_fields': 'Fields under tiered credit supervision',
  'credit-indicators.xinyidai_entities': 'Firms on the "Xinyidai" credit-loan platform',
  'credit-indicators.xinyidai_credit': 'Credit granted through "Xinyidai"',
  'credit-indicators.integrity_points_counties': 'Counties using personal integrity points',
  'credit-indicators.xinyi_scenarios': '"Xinyi+" application scenarios',
  'credit-indicators.city_credit_ranking': 'Cities\' rank in their national credit group',
  'credit-indicators.credit_code_entities': 'Entities with a "Longjiang integrity code"',
  'credit-indicators.reward_punishment': 'Joint rewards and penalties mechanism',
  'credit-indicators.info_coverage_legal': 'Credit records coverage: legal persons',
  'credit-indicators.info_coverage_unincorporated': 'Credit records coverage: unincorporated bodies',
  'credit-indicators.info_coverage_natural': 'Credit records coverage: natural persons',
  'credit-indicators.evaluation_coverage_legal': 'Public credit evaluation: legal persons',
  'credit-indicators.evaluation_coverage_unincorporated': 'Public credit evaluation: unincorporated bodies',
  'ip-indicators.high_value_patents_per_10k': 'High-value invention patents per 10,000 people',
  'ip-indicators.valid_trademarks': 'Valid registered trademarks',
  'ip-indicators.copyright_registrations': 'Copyright registrations',
  'ip-indicators.gi_trademarks': 'Geographical-indication trademarks',
  'ip-indicators.tech_contract_value': 'Technology contract turnover',
  'ip-indicators.ip_pledge_financing': 'IP pledge financing registered',
  'ip-indicators.ip_advantage_firms': 'IP advantage enterprises',
  'ip-indicators.ip_protection_satisfaction': 'Public satisfaction with IP protection',
  'shuangyashan-ip.advantage_firms_growth': 'Growth in IP advantage enterprise applications',
  'shuangyashan-ip.trademark_brand_stations': 'Trademark brand cultivation stations',
  'grain-livestock-2022.grain_sown_area': 'Grain sown area',
  'grain-livestock-2022.grain_output': 'Grain output',
  'grain-livestock-2022.soybean_area_increase': 'Increase in soybean area',
  'grain-livestock-2022.new_high_standard_farmland': 'New high-standard farmland',
  'grain-livestock-2022.hog_output': 'Hogs slaughtered',
};

const UNIT_EN: Readonly<Record<string, string>> = {
  万亩: '10k mu',
  万亩次: '10k mu·times',
  亿亩: '100M mu',
  亿亩次: '100M mu·times',
  亿斤: '100M jin',
  万头: '10k head',
  万户: '10k entities',
  万件: '10k',
  亿元: '100M yuan',
  件: '',
  家: '',
  个: '',
  条: 'gullies',
  分: 'points',
  厘米: 'cm',
  '克/千克': 'g/kg',
};

const ZONE_EN: Readonly<Record<string, string>> = {
  平原旱田: 'Plain dryland',
  坡耕地: 'Sloping farmland',
  风沙干旱: 'Sandy arid',
  水田: 'Paddy',
};

const COMPARATOR_EN: Readonly<Record<string, string>> = {
  达到: 'reach', 累计达到: 'reach (cumulative)', 以上: 'at least', 不少于: 'at least', 超过: 'over',
  每年: 'per year', 设立: 'set up', 增加: 'increase by', 低于: 'below', 以内: 'within', 为: 'equal to', 区间: 'between',
};

function lookup(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

export function indicatorLabel(lang: Lang, indicator: string, chinese: string): string {
  return lang === 'en' ? (lookup(INDICATOR_EN, indicator) ?? chinese) : chinese;
}

/** 万亩 stays 万亩 in Chinese; in English it reads "10k mu". Unknown units pass through. */
export function unitLabel(lang: Lang, unit: string): string {
  return lang === 'en' ? (lookup(UNIT_EN, unit) ?? unit) : unit;
}

export function zoneLabel(lang: Lang, zone: string): string {
  return lang === 'en' ? (lookup(ZONE_EN, zone) ?? zone) : zone;
}

export function comparatorLabel(lang: Lang, comparator: string): string {
  return lang === 'en' ? (lookup(COMPARATOR_EN, comparator) ?? comparator) : comparator;
}

/** Pinyin for the 39 counties, 9 cities, the farm group and 合计; other names stay as written. */
export function regionLabel(lang: Lang, name: string): string {
  if (lang === 'zh') return name;
  return ALL_REGIONS.find((r) => r.name === name)?.en ?? name;
}

/** 约束性 (binding) as the plans print it; every other attribute is 预期性 (indicative). */
export const BINDING_ATTRIBUTE = '约束性';

export function isBinding(attribute: string | undefined): boolean {
  return attribute === BINDING_ATTRIBUTE;
}

/** 约束性 / 预期性 as printed in Chinese; binding / indicative in English. */
export function attributeLabel(lang: Lang, attribute: string | undefined): string {
  if (attribute === undefined) return '';
  if (lang === 'zh') return attribute;
  return isBinding(attribute) ? 'binding' : 'indicative';
}
