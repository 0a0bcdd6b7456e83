import type { Localized, ServiceGuide } from '../../../contract/catalogue.ts';
import { catalogueSeed, type CatalogueData } from './catalogue/index.ts';

/**
 * A large catalogue for load tests, grown from the real one: the same themes, departments and
 * halls, and as many services as asked, each a real guide offered at one district site. The
 * variation is deterministic (a PRNG seeded by the service's position), so two runs with the
 * same count produce the same database and benchmark figures stay comparable.
 */

/**
 * Codes carry five digits, six past 99,999 (the contract allows 3 to 6), numbered by position
 * from 1: enough for a province's implementation list.
 */
export const MAX_LARGE_CATALOGUE = 200_000;

interface Site {
  district: Localized;
  place: Localized;
}

/** The city's four districts, as in the halls, each with its subdistricts and towns. */
const districts: readonly { name: Localized; places: readonly (readonly [string, string])[] }[] = [
  {
    name: { zh: '新城区', en: 'Xincheng District' },
    places: [
      ['人民路街道', 'Renminlu Subdistrict'],
      ['文昌街道', 'Wenchang Subdistrict'],
      ['东门街道', 'Dongmen Subdistrict'],
      ['西园街道', 'Xiyuan Subdistrict'],
      ['城南街道', 'Chengnan Subdistrict'],
      ['城北街道', 'Chengbei Subdistrict'],
      ['新华街道', 'Xinhua Subdistrict'],
      ['和平街道', 'Heping Subdistrict'],
      ['青云街道', 'Qingyun Subdistrict'],
      ['春晖街道', 'Chunhui Subdistrict'],
      ['锦绣街道', 'Jinxiu Subdistrict'],
      ['明德街道', 'Mingde Subdistrict'],
      ['望江街道', 'Wangjiang Subdistrict'],
      ['双桥街道', 'Shuangqiao Subdistrict'],
      ['瑞丰街道', 'Ruifeng Subdistrict'],
    ],
  },
  {
    name: { zh: '临江区', en: 'Linjiang District' },
    places: [
      ['江滨街道', 'Jiangbin Subdistrict'],
      ['沙洲街道', 'Shazhou Subdistrict'],
      ['渡口街道', 'Dukou Subdistrict'],
      ['码头街道', 'Matou Subdistrict'],
      ['江心洲街道', 'Jiangxinzhou Subdistrict'],
      ['柳岸街道', "Liu'an Subdistrict"],
      ['芦花镇', 'Luhua Town'],
      ['白鹭街道', 'Bailu Subdistrict'],
      ['长堤街道', 'Changdi Subdistrict'],
      ['潮音街道', 'Chaoyin Subdistrict'],
      ['望潮镇', 'Wangchao Town'],
      ['观澜街道', 'Guanlan Subdistrict'],
      ['金沙街道', 'Jinsha Subdistrict'],
      ['帆影街道', 'Fanying Subdistrict'],
      ['滨江街道', 'Binjiang Subdistrict'],
    ],
  },
  {
    name: { zh: '北湖区', en: 'Beihu District' },
    places: [
      ['湖滨街道', 'Hubin Subdistrict'],
      ['荷塘街道', 'Hetang Subdistrict'],
      ['莲花街道', 'Lianhua Subdistrict'],
      ['湖心街道', 'Huxin Subdistrict'],
      ['渔港镇', 'Yugang Town'],
      ['翠湖街道', 'Cuihu Subdistrict'],
      ['镜湖街道', 'Jinghu Subdistrict'],
      ['碧波街道', 'Bibo Subdistrict'],
      ['柳堤街道', 'Liudi Subdistrict'],
      ['湖光街道', 'Huguang Subdistrict'],
      ['菱角镇', 'Lingjiao Town'],
      ['水杉街道', 'Shuishan Subdistrict'],
      ['鹭洲街道', 'Luzhou Subdistrict'],
      ['石桥镇', 'Shiqiao Town'],
      ['北苑街道', 'Beiyuan Subdistrict'],
    ],
  },
  {
    name: { zh: '南山区', en: 'Nanshan District' },
    places: [
      ['松林街道', 'Songlin Subdistrict'],
      ['竹园街道', 'Zhuyuan Subdistrict'],
      ['茶山镇', 'Chashan Town'],
      ['云岭街道', 'Yunling Subdistrict'],
      ['山前街道', 'Shanqian Subdistrict'],
      ['桃源镇', 'Taoyuan Town'],
      ['枫林街道', 'Fenglin Subdistrict'],
      ['石门街道', 'Shimen Subdistrict'],
      ['清泉街道', 'Qingquan Subdistrict'],
      ['翠屏街道', 'Cuiping Subdistrict'],
      ['南岭镇', 'Nanling Town'],
      ['梅岭街道', 'Meiling Subdistrict'],
      ['龙潭街道', 'Longtan Subdistrict'],
      ['凤凰街道', 'Fenghuang Subdistrict'],
      ['樟树镇', 'Zhangshu Town'],
    ],
  },
];

const sites: readonly Site[] = districts.flatMap((district) =>
  district.places.map(([zh, en]) => ({ district: district.name, place: { zh, en } })),
);

/** Beyond one round per site, a desk or way of handling keeps names apart. */
const desks: readonly Localized[] = [
  { zh: '周末窗口', en: 'weekend desk' },
  { zh: '延时服务窗口', en: 'evening desk' },
  { zh: '帮办代办', en: 'assisted service' },
  { zh: '跨省通办专窗', en: 'cross-province desk' },
];

/** mulberry32: small, fast and good enough to vary demo data; never for anything secret. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A fixed shuffle of the sites per real guide, so small catalogues still spread over the city. */
function siteOrder(guideIndex: number): number[] {
  const random = prng(0x5eed_0000 + guideIndex);
  const order = sites.map((_, index) => index);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

const prefixOf = (code: string) => code.replace(/-[0-9]+$/, '');
const codeFor = (guide: ServiceGuide, position: number) =>
  `${prefixOf(guide.code)}-${String(position + 1).padStart(5, '0')}`;

function shiftDate(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * `count` services: position i is real guide i mod 188 in round ⌊i / 188⌋, offered at one site
 * of the city (and, past one round per site, at one kind of desk). Related services point at the
 * same round's variant of each related guide when the catalogue holds it, else at round 0's.
 */
export function generateLargeCatalogue(
  count: number,
  source: CatalogueData = catalogueSeed,
): CatalogueData {
  if (!Number.isInteger(count) || count < 0 || count > MAX_LARGE_CATALOGUE) {
    throw new RangeError(`count must be a whole number from 0 to ${MAX_LARGE_CATALOGUE}`);
  }
  const guides = source.services;
  if (guides.length === 0) throw new Error('the source catalogue has no services to vary');
  const indexOf = new Map(guides.map((guide, index) => [guide.code, index]));
  const hallDistrict = new Map(source.halls.map((hall) => [hall.id, hall.district.en]));
  const orders = new Map<number, number[]>();

  const services: ServiceGuide[] = [];
  for (let position = 0; position < count; position++) {
    const guideIndex = position % guides.length;
    const round = Math.floor(position / guides.length);
    const guide = guides[guideIndex] as ServiceGuide;
    const random = prng(0x9e3779b1 ^ Math.imul(position + 1, 0x85ebca6b));

    let order = orders.get(guideIndex);
    if (!order) orders.set(guideIndex, (order = siteOrder(guideIndex)));
    const site = sites[order[round % sites.length] as number] as Site;
    const desk =
      round >= sites.length
        ? desks[(Math.floor(round / sites.length) - 1) % desks.length]
        : undefined;

    const code = codeFor(guide, position);
    const where: Localized = {
      zh: `${site.district.zh}·${site.place.zh}${desk ? `·${desk.zh}` : ''}`,
      en: `${site.district.en}, ${site.place.en}${desk ? `, ${desk.en}` : ''}`,
    };

    const relatedCodes = guide.relatedCodes.flatMap((related) => {
      const relatedIndex = indexOf.get(related);
      if (relatedIndex === undefined) return [];
      const sameRound = round * guides.length + relatedIndex;
      const target = sameRound < count ? sameRound : relatedIndex < count ? relatedIndex : -1;
      return target === -1 ? [] : [codeFor(guides[relatedIndex] as ServiceGuide, target)];
    });

    // Local halls where the guide lists some in the site's district; otherwise the city's.
    const localHalls = guide.hallIds.filter((id) => hallDistrict.get(id) === site.district.en);

    // Demand falls off steeply between sites, as it does between a centre and an outlying town.
    const popularity = Math.round(guide.popularity * (0.02 + 0.98 * random() ** 2));
    const faster = guide.promisedDays > 1 && random() < 0.3 ? 1 + Math.floor(random() * 2) : 0;

    services.push({
      ...guide,
      code,
      name: { zh: `${guide.name.zh}（${where.zh}）`, en: `${guide.name.en} (${where.en})` },
      summary: {
        zh: `${guide.summary.zh}本事项在${site.district.zh}${site.place.zh}便民服务中心受理。`,
        en: `${guide.summary.en} Handled at the ${site.place.en} service centre in ${site.district.en}.`,
      },
      keywords: {
        zh: [...guide.keywords.zh, site.district.zh, site.place.zh],
        en: [...guide.keywords.en, site.district.en, site.place.en],
      },
      promisedDays: Math.max(0, guide.promisedDays - faster),
      hallIds: localHalls.length > 0 ? localHalls : guide.hallIds,
      online: guide.online.url
        ? { ...guide.online, url: guide.online.url.replace(guide.code, code) }
        : guide.online,
      relatedCodes,
      popularity,
      updatedAt: shiftDate(guide.updatedAt, Math.floor(random() * 400)),
    });
  }
  return {
    themes: source.themes,
    departments: source.departments,
    halls: source.halls,
    services,
  };
}
