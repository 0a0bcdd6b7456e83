import type { Localized, ServiceGuide } from '../../../../contract/catalogue.ts';
import { departments } from './departments.ts';

// What every guide in the city has in common, so each service file states only what is its own.

/** The 12345 citizens' hotline takes complaints about every service in the city. */
export const complaintPhone = '12345';

/** Every online service has its form at the same address on the portal, named by its code. */
export function applyOnline(code: string): { available: true; url: string } {
  return { available: true, url: `https://zwfw.jiangcheng.gov.cn/apply/${code}` };
}

export const notOnline = { available: false } as const;

export const noFee: ServiceGuide['fee'] = {
  free: true,
  description: { zh: '不收费。', en: 'Free of charge.' },
};

/** The city hall plus the four district halls, which all have windows for most services. */
export const cityAndDistrictHalls = ['smzx', 'linjiang', 'xincheng', 'beihu', 'nanshan'];
export const districtHalls = ['linjiang', 'xincheng', 'beihu', 'nanshan'];

/** The one law that families, households and businesses all cite. */
export const civilCode: Localized = {
  zh: '《中华人民共和国民法典》',
  en: "Civil Code of the People's Republic of China",
};

/**
 * The one name of the resident identity card as a material, whatever else a guide says about it
 * (form, copies, notes), so a citizen sees the same words on every guide.
 */
export const idCardName: Localized = { zh: '居民身份证', en: 'Resident identity card' };

/**
 * A guide as a service file writes it: the enquiry phone is its department's, the complaint
 * phone the hotline's, and the service can be applied for online unless `online` says otherwise.
 */
export type GuideSpec = Omit<ServiceGuide, 'enquiryPhone' | 'complaintPhone' | 'online'> &
  Partial<Pick<ServiceGuide, 'online'>>;

const departmentPhones = new Map(
  departments.map((department) => [department.id, department.phone]),
);

/**
 * Fills a guide's defaults. The fields are listed in the contract's order because the guide is
 * stored, and served, as JSON text; the clone keeps guides that share a constant piece (a hall
 * list, a material) from changing together when a consumer edits one of them in place.
 */
export function guide(spec: GuideSpec): ServiceGuide {
  const enquiryPhone = departmentPhones.get(spec.departmentId);
  if (enquiryPhone === undefined) {
    throw new Error(`${spec.code}: no department ${spec.departmentId}`);
  }
  return structuredClone({
    code: spec.code,
    name: spec.name,
    summary: spec.summary,
    departmentId: spec.departmentId,
    audience: spec.audience,
    themeIds: spec.themeIds,
    keywords: spec.keywords,
    eligibility: spec.eligibility,
    materials: spec.materials,
    steps: spec.steps,
    statutoryDays: spec.statutoryDays,
    promisedDays: spec.promisedDays,
    fee: spec.fee,
    hallIds: spec.hallIds,
    online: spec.online ?? applyOnline(spec.code),
    visits: spec.visits,
    enquiryPhone,
    complaintPhone,
    legalBasis: spec.legalBasis,
    faqs: spec.faqs,
    relatedCodes: spec.relatedCodes,
    popularity: spec.popularity,
    updatedAt: spec.updatedAt,
  });
}
