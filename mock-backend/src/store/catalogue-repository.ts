import type { Department, Hall, ServiceGuide, Theme } from '../../../contract/catalogue.ts';
import type { CatalogueSource } from '../catalogue/catalogue.ts';
import type { CatalogueData } from '../seed/catalogue/index.ts';
import type { Connection } from './database.ts';

export interface CatalogueRepository {
  /** The whole catalogue, in the editors' order for reference lists and by code for services. */
  load(): CatalogueData;
  /**
   * The catalogue for the server: reference lists read whole, services streamed most popular
   * first and single guides read by code, so a large catalogue is never parsed all at once.
   */
  source(): CatalogueSource;
}

/** Writes a catalogue into an empty database; called by the seed inside its transaction. */
export function insertCatalogue(db: Connection, data: CatalogueData): void {
  const reference = (table: 'themes' | 'departments' | 'halls') =>
    db.prepare<[string, number, string]>(
      `INSERT INTO ${table} (id, position, data) VALUES (?, ?, ?)`,
    );
  const lists = [
    ['themes', data.themes],
    ['departments', data.departments],
    ['halls', data.halls],
  ] as const;
  for (const [table, rows] of lists) {
    const insert = reference(table);
    rows.forEach((row, position) => insert.run(row.id, position, JSON.stringify(row)));
  }
  const service = db.prepare<[string, string, number, string, string]>(
    'INSERT INTO services (code, department_id, popularity, updated_at, data) VALUES (?, ?, ?, ?, ?)',
  );
  const theme = db.prepare<[string, string]>(
    'INSERT INTO service_themes (service_code, theme_id) VALUES (?, ?)',
  );
  const hall = db.prepare<[string, string]>(
    'INSERT INTO service_halls (service_code, hall_id) VALUES (?, ?)',
  );
  for (const guide of data.services) {
    service.run(
      guide.code,
      guide.departmentId,
      guide.popularity,
      guide.updatedAt,
      JSON.stringify(guide),
    );
    for (const id of guide.themeIds) theme.run(guide.code, id);
    for (const id of guide.hallIds) hall.run(guide.code, id);
  }
}

export function createCatalogueRepository(db: Connection): CatalogueRepository {
  const rows =
    <T>(sql: string) =>
    () =>
      db
        .prepare<[], { data: string }>(sql)
        .all()
        .map((row) => JSON.parse(row.data) as T);
  const themes = rows<Theme>('SELECT data FROM themes ORDER BY position');
  const departments = rows<Department>('SELECT data FROM departments ORDER BY position');
  const halls = rows<Hall>('SELECT data FROM halls ORDER BY position');
  const services = rows<ServiceGuide>('SELECT data FROM services ORDER BY code');
  const streamed = db.prepare<[], { data: string }>(
    'SELECT data FROM services ORDER BY popularity DESC, code',
  );
  const one = db.prepare<[string], { data: string }>('SELECT data FROM services WHERE code = ?');
  return {
    source: () => ({
      themes: themes(),
      departments: departments(),
      halls: halls(),
      services: function* () {
        for (const row of streamed.iterate()) yield JSON.parse(row.data) as ServiceGuide;
      },
      guide: (code) => {
        const row = one.get(code);
        return row ? (JSON.parse(row.data) as ServiceGuide) : undefined;
      },
    }),
    load: () => ({
      themes: themes(),
      departments: departments(),
      halls: halls(),
      services: services(),
    }),
  };
}
