import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { assistanceServices } from './services-welfare-assistance.ts';
import { employmentServices } from './services-welfare-employment.ts';
import { housingFundServices } from './services-welfare-housing-fund.ts';
import { medicalInsuranceServices } from './services-welfare-medical.ts';
import { retirementServices } from './services-welfare-retirement.ts';
import { socialInsuranceServices } from './services-welfare-social-insurance.ts';

/**
 * Guides for social insurance, medical insurance, the housing fund, jobs, retirement and social
 * assistance. The parts share constant pieces (hall lists, laws, the free-of-charge text); the
 * clone keeps a consumer that edits one guide in place from silently changing the others.
 */
export const services: ServiceGuide[] = structuredClone([
  ...socialInsuranceServices,
  ...medicalInsuranceServices,
  ...housingFundServices,
  ...employmentServices,
  ...retirementServices,
  ...assistanceServices,
]);
