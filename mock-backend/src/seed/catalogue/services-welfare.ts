import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { assistanceServices } from './services-welfare-assistance.ts';
import { employmentServices } from './services-welfare-employment.ts';
import { housingFundServices } from './services-welfare-housing-fund.ts';
import { medicalInsuranceServices } from './services-welfare-medical.ts';
import { retirementServices } from './services-welfare-retirement.ts';
import { socialInsuranceServices } from './services-welfare-social-insurance.ts';

/**
 * Guides for social insurance, medical insurance, the housing fund, jobs, retirement and social
 * assistance. Split by theme only to keep each file readable.
 */
export const services: ServiceGuide[] = [
  ...socialInsuranceServices,
  ...medicalInsuranceServices,
  ...housingFundServices,
  ...employmentServices,
  ...retirementServices,
  ...assistanceServices,
];
