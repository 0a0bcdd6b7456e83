import type { ServiceGuide } from '../../../../contract/catalogue.ts';
import { exitEntryServices } from './services-exit-entry.ts';
import { familyEducationServices } from './services-family-education.ts';
import { householdRegistrationServices } from './services-household-registration.ts';
import { vehiclesDrivingServices } from './services-vehicles-driving.ts';

// Identity, travel, driving, family and school services; split by theme only to keep files readable.
export const services: ServiceGuide[] = [
  ...householdRegistrationServices,
  ...exitEntryServices,
  ...vehiclesDrivingServices,
  ...familyEducationServices,
];
