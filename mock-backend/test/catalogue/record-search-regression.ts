// `node --import tsx mock-backend/test/catalogue/record-search-regression.ts`: records the first
// page of every regression query on the 10,000-service catalogue. Run it only on a commit whose
// answers are the reference, never to make a failing comparison pass.
import { writeFileSync } from 'node:fs';
import { Catalogue } from '../../src/catalogue/catalogue.ts';
import { generateLargeCatalogue } from '../../src/seed/large-catalogue.ts';
import {
  answerOf,
  REGRESSION_FIXTURE,
  REGRESSION_SERVICES,
  regressionQueries,
} from './search-regression.ts';

const catalogue = new Catalogue(generateLargeCatalogue(REGRESSION_SERVICES));
const answers = regressionQueries().map((query) => answerOf(query, catalogue.search(query)));
writeFileSync(
  REGRESSION_FIXTURE,
  `${JSON.stringify(answers, null, 0).replaceAll('},{"query"', '},\n{"query"')}\n`,
);
console.log(
  `recorded ${answers.length} answers, ${answers.filter((a) => a.total === 0).length} empty`,
);
