import type { Department, Hall, ServiceGuide, Theme } from '../../../../contract/catalogue.ts';
import { departments } from './departments.ts';
import { halls } from './halls.ts';
import { services as business } from './services-business.ts';
import { services as identityTravel } from './services-identity-travel.ts';
import { services as welfare } from './services-welfare.ts';
import { themes } from './themes.ts';

/** Everything the catalogue holds; the seed and the large benchmark catalogue both take this shape. */
export interface CatalogueData {
  themes: readonly Theme[];
  departments: readonly Department[];
  halls: readonly Hall[];
  services: readonly ServiceGuide[];
}

/** The city's real catalogue of service guides, as reviewed in the files beside this one. */
export const catalogueSeed: CatalogueData = {
  themes,
  departments,
  halls,
  services: [...identityTravel, ...welfare, ...business],
};
