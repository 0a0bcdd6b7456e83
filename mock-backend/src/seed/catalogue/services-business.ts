import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { constructionServices } from './services-business-construction.ts';
import { legalServices } from './services-business-legal.ts';
import { permitServices } from './services-business-permits.ts';
import { propertyServices } from './services-business-property.ts';
import { startingBusinessServices } from './services-business-starting.ts';
import { taxServices } from './services-business-tax.ts';
import { transportEnvironmentServices } from './services-business-transport-environment.ts';

/**
 * Services for businesses (法人) and the property, tax and legal services individuals
 * share with them. Split by theme only to keep each file readable.
 */
export const services: ServiceGuide[] = [
  ...startingBusinessServices,
  ...taxServices,
  ...permitServices,
  ...transportEnvironmentServices,
  ...constructionServices,
  ...propertyServices,
  ...legalServices,
];
