/**
 * The region model: province → 9 cities → 39 key black-soil counties, plus the Beidahuang farm
 * group, which the gazette lists beside the cities but which belongs to none of them. Every
 * place name in a file goes through `resolveRegion`, so spacing (宾 县), city prefixes
 * (哈尔滨市呼兰区), short forms (呼兰), renamed units (嫩江县 → 嫩江市) and the farm group's long
 * or split name all land on one canonical name.
 */
import { closest, distance } from 'fastest-levenshtein';
import { compactText } from './text';

export type RegionLevel = 'total' | 'city' | 'county' | 'farm-group';

export interface Region {
  readonly name: string;
  readonly level: RegionLevel;
  /** Pinyin, for the English UI and search by initials. */
  readonly en: string;
  /** Canonical city name for counties; null otherwise. */
  readonly city: string | null;
}

type CountyEntry = readonly [name: string, en: string];

const CITY_TABLE: ReadonlyArray<readonly [city: string, en: string, counties: CountyEntry[]]> = [
  ['哈尔滨市', 'Harbin', [['呼兰区', 'Hulan'], ['阿城区', 'Acheng'], ['方正县', 'Fangzheng'], ['宾县', 'Binxian'], ['巴彦县', 'Bayan'], ['双城区', 'Shuangcheng'], ['尚志市', 'Shangzhi'], ['五常市', 'Wuchang']]],
  ['齐齐哈尔市', 'Qiqihar', [['龙江县', 'Longjiang'], ['依安县', "Yi'an"], ['甘南县', 'Gannan'], ['富裕县', 'Fuyu'], ['克山县', 'Keshan'], ['克东县', 'Kedong'], ['拜泉县', 'Baiquan'], ['讷河市', 'Nehe']]],
  ['鸡西市', 'Jixi', [['虎林市', 'Hulin'], ['密山市', 'Mishan']]],
  ['双鸭山市', 'Shuangyashan', [['集贤县', 'Jixian'], ['宝清县', 'Baoqing'], ['友谊县', 'Youyi']]],
  ['佳木斯市', 'Jiamusi', [['桦南县', 'Huanan'], ['桦川县', 'Huachuan'], ['同江市', 'Tongjiang'], ['富锦市', 'Fujin']]],
  ['七台河市', 'Qitaihe', [['勃利县', 'Boli']]],
  ['牡丹江市', 'Mudanjiang', [['宁安市', "Ning'an"]]],
  ['黑河市', 'Heihe', [['嫩江市', 'Nenjiang'], ['北安市', "Bei'an"], ['五大连池市', 'Wudalianchi']]],
  ['绥化市', 'Suihua', [['北林区', 'Beilin'], ['望奎县', 'Wangkui'], ['兰西县', 'Lanxi'], ['青冈县', 'Qinggang'], ['庆安县', "Qing'an"], ['明水县', 'Mingshui'], ['绥棱县', 'Suileng'], ['肇东市', 'Zhaodong'], ['海伦市', 'Hailun']]],
];

export const TOTAL: Region = { name: '合计', level: 'total', en: 'Total', city: null };
export const FARM_GROUP: Region = { name: '北大荒农垦集团', level: 'farm-group', en: 'Beidahuang Group', city: null };

export const CITIES: readonly Region[] = CITY_TABLE.map(([name, en]) => ({ name, level: 'city', en, city: null }));
export const COUNTIES: readonly Region[] = CITY_TABLE.flatMap(([city, , counties]) =>
  counties.map(([name, en]): Region => ({ name, level: 'county', en, city })),
);
export const ALL_REGIONS: readonly Region[] = [TOTAL, ...CITIES, ...COUNTIES, FARM_GROUP];

/** Names used in older documents, map files or by staff, beyond the mechanical variants. */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  合计: ['总计', '全省', '全省合计', '黑龙江省'],
  嫩江市: ['嫩江县'],
  双城区: ['双城市'],
  阿城区: ['阿城市'],
  呼兰区: ['呼兰县'],
  北大荒农垦集团: ['北大荒农垦集团有限公司', '北大荒集团', '北大荒', '黑龙江省农垦总局', '农垦总局', '北大荒农垦'],
};

const SUFFIX = /[县市区]$/;

function aliasesOf(region: Region): string[] {
  const chinese = [region.name, ...(EXTRA_ALIASES[region.name] ?? [])];
  // 呼兰区 → 呼兰, but 宾县 keeps its suffix: a one-character short form would be ambiguous.
  const short = region.name.replace(SUFFIX, '');
  if (short !== region.name && short.length >= 2) chinese.push(short);
  const city = region.city;
  const prefixed = city ? chinese.flatMap((n) => [city + n, city.replace(SUFFIX, '') + n]) : [];
  return [...chinese, ...prefixed, region.en];
}

function lookupKey(raw: string): string {
  return compactText(raw).toLowerCase();
}

const BY_ALIAS: ReadonlyMap<string, Region> = new Map(
  ALL_REGIONS.flatMap((region) => aliasesOf(region).map((alias) => [lookupKey(alias), region] as const)),
);

const CANONICAL_NAMES: readonly string[] = ALL_REGIONS.map((r) => r.name);

export function resolveRegion(raw: string): Region | null {
  return BY_ALIAS.get(lookupKey(raw)) ?? null;
}

/** A "did you mean" for an unknown name: the nearest canonical name, if it is close enough. */
/** Beyond this length no canonical name is within the allowed distance: skip the search. */
const LONGEST_SUGGESTIBLE = Math.max(...ALL_REGIONS.map((r) => r.name.length)) * 1.5 + 1;

export function suggestRegion(raw: string): string | null {
  // After an unclosed quote a "name" can be the rest of the file; Levenshtein on it takes seconds.
  if (raw.length > LONGEST_SUGGESTIBLE * 4) return null;
  const key = compactText(raw);
  if (key === '' || key.length > LONGEST_SUGGESTIBLE) return null;
  const best = closest(key, [...CANONICAL_NAMES]);
  return distance(key, best) <= Math.max(1, Math.floor(best.length / 2)) ? best : null;
}

export function regionByName(name: string): Region | undefined {
  return ALL_REGIONS.find((r) => r.name === name);
}

export function countiesOf(city: string): Region[] {
  return COUNTIES.filter((c) => c.city === city);
}
