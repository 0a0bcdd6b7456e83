// `npm run seed:large -- --services 10000 [--out .data/large-catalogue.db]`: writes a separate
// database holding a large generated catalogue, for load tests. The portal server then runs on
// it with PORTAL_DB=.data/large-catalogue.db. An existing file at the path is replaced.
// `--submissions 100000` adds that many submissions and as many ratings, with the demo staff
// accounts (the review queue's benchmark); `--catalogue normal` puts them over the demo catalogue
// instead of a generated one. `--appointments 100000` adds up to that many appointments over the
// year up to today (the supervisors' dashboard's benchmark).
import { existsSync, rmSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from '../config.ts';
import { insertCatalogue } from '../store/catalogue-repository.ts';
import { openStore } from '../store/store.ts';
import { loadDeadlines } from '../feedback/deadlines.ts';
import { catalogueSeed } from './catalogue/index.ts';
import { MAX_LARGE_APPOINTMENTS, seedLargeAppointments } from './large-appointments.ts';
import { MAX_LARGE_SUBMISSIONS, seedLargeFeedback } from './large-feedback.ts';
import { generateLargeCatalogue, MAX_LARGE_CATALOGUE } from './large-catalogue.ts';

const DEFAULT_LARGE_DB = '.data/large-catalogue.db';

const { values } = parseArgs({
  options: {
    services: { type: 'string', default: '10000' },
    out: { type: 'string' },
    submissions: { type: 'string', default: '0' },
    catalogue: { type: 'string', default: 'large' },
    appointments: { type: 'string', default: '0' },
  },
});

const count = Number(values.services);
if (!Number.isInteger(count) || count < 1 || count > MAX_LARGE_CATALOGUE) {
  process.stderr.write(`--services takes a whole number from 1 to ${MAX_LARGE_CATALOGUE}\n`);
  process.exit(1);
}
const submissions = Number(values.submissions);
if (
  !Number.isInteger(submissions) ||
  submissions < 0 ||
  submissions > MAX_LARGE_SUBMISSIONS ||
  !['large', 'normal'].includes(values.catalogue)
) {
  process.stderr.write(
    `--submissions takes a whole number from 0 to ${MAX_LARGE_SUBMISSIONS}; --catalogue large or normal\n`,
  );
  process.exit(1);
}
const appointments = Number(values.appointments);
if (!Number.isInteger(appointments) || appointments < 0 || appointments > MAX_LARGE_APPOINTMENTS) {
  process.stderr.write(`--appointments takes a whole number from 0 to ${MAX_LARGE_APPOINTMENTS}\n`);
  process.exit(1);
}
const file = values.out ? resolve(process.cwd(), values.out) : resolve(repoRoot, DEFAULT_LARGE_DB);

// A stale WAL beside a new file would be replayed into it, so the whole set goes.
for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });

const started = performance.now();
const catalogue = values.catalogue === 'normal' ? catalogueSeed : generateLargeCatalogue(count);
const generated = performance.now();
let appointmentsWritten = 0;
const store = openStore(file, {
  seed: (db) => {
    insertCatalogue(db, catalogue);
    if (submissions > 0) {
      seedLargeFeedback(db, {
        now: new Date(),
        services: catalogue.services,
        halls: catalogue.halls,
        deadlines: loadDeadlines(),
        submissions,
      });
    }
    if (appointments > 0) {
      appointmentsWritten = seedLargeAppointments(db, {
        now: new Date(),
        halls: catalogue.halls,
        count: appointments,
      });
    }
  },
});
store.close();
const written = performance.now();

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const size = existsSync(file)
  ? `${(statSync(file).size / 2 ** 20).toFixed(1)} MiB`
  : 'size unknown';
console.log(
  `seed:large: wrote ${catalogue.services.length} services${submissions > 0 ? ` and ${submissions} submissions and ratings` : ''}${appointmentsWritten > 0 ? ` and ${appointmentsWritten} appointments` : ''} (${catalogue.themes.length} themes, ` +
    `${catalogue.departments.length} departments, ${catalogue.halls.length} halls) to ` +
    `${relative(process.cwd(), file) || file} (${size}) in ${seconds(written - started)}: ` +
    `generated in ${seconds(generated - started)}, written in ${seconds(written - generated)}.`,
);
console.log(`Run the server on it with PORTAL_DB=${relative(process.cwd(), file) || file}.`);
