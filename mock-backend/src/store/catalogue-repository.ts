import { crc32 } from 'node:zlib';
import type { Department, Hall, ServiceGuide, Theme } from '../../../contract/catalogue.ts';
import type { CatalogueSource } from '../catalogue/catalogue.ts';
import type { IndexShelf, SavedIndex } from '../catalogue/saved-index.ts';
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

/**
 * Parts are written in rows of at most this many bytes. Reading 256 MiB of blobs took 0.9 s in
 * rows of 1 MiB and about 7 s in rows of 64 MiB (SQLite assembles each value from its overflow
 * pages into one allocation), so a large part is many rows.
 */
const CHUNK_BYTES = 2 ** 20;

interface IndexRow {
  part: string;
  chunk: number;
  revision: number;
  version: string;
  format: number;
  checksum: number;
  data: Buffer;
}

/**
 * The saved search index beside the catalogue (migration 012), for the catalogue at the revision
 * it is at when the shelf is opened. Reading is one statement, so one snapshot of the file; saving
 * replaces every row in one immediate transaction, and only while the catalogue is still at that
 * revision and no other server has saved the same index meanwhile.
 */
function indexShelf(db: Connection): IndexShelf {
  const revisionNow = db
    .prepare<[], number>('SELECT revision FROM catalogue_revision WHERE id = 1')
    .pluck();
  const revision = revisionNow.get();
  const rows = db.prepare<[], IndexRow>(
    `SELECT part, chunk, revision, version, format, checksum, data
       FROM catalogue_index ORDER BY part, chunk`,
  );
  const sizes = db.prepare<[], { part: string; size: number }>(
    'SELECT part, sum(length(data)) AS size FROM catalogue_index GROUP BY part',
  );
  const first = db.prepare<[], { revision: number; format: number }>(
    'SELECT revision, format FROM catalogue_index LIMIT 1',
  );
  const insert = db.prepare<[string, number, number, string, number, number, Uint8Array]>(
    `INSERT INTO catalogue_index (part, chunk, revision, version, format, checksum, data)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const current = (format: number) => {
    const row = first.get();
    return row?.revision === revision && row?.format === format;
  };
  /** Whether this revision's index was there when `saved` looked (and was found unusable). */
  let seen = false;
  const replace = db.transaction((format: number, index: SavedIndex) => {
    // Edited while building: built from a mix of revisions, so not kept.
    if (revision === undefined || revisionNow.get() !== revision) return;
    // Saved by another server since this one looked: the same index, already whole.
    if (!seen && current(format)) return;
    db.prepare('DELETE FROM catalogue_index').run();
    for (const [part, pieces] of index.parts) {
      let chunk = 0;
      for (const bytes of pieces) {
        let start = 0;
        do {
          const data = bytes.subarray(start, start + CHUNK_BYTES);
          insert.run(part, chunk++, revision, index.version, format, crc32(data), data);
          start += CHUNK_BYTES;
        } while (start < bytes.byteLength);
      }
    }
  });
  return {
    saved: (format) => {
      if (revision === undefined) return undefined;
      seen = current(format);
      // Each part is read into one buffer of its size, so a chunk is garbage once copied and a
      // province's index is never held twice. Sizes are read first, in their own snapshot: an
      // index replaced in between does not fit them, and is not used.
      const parts = new Map<string, { bytes: Uint8Array; filled: number; chunks: number }>();
      for (const { part, size } of sizes.all()) {
        parts.set(part, { bytes: new Uint8Array(size), filled: 0, chunks: 0 });
      }
      let version: string | undefined;
      for (const row of rows.iterate()) {
        const part = parts.get(row.part);
        const fits =
          part !== undefined &&
          row.revision === revision &&
          row.format === format &&
          (version ?? row.version) === row.version &&
          row.chunk === part.chunks &&
          part.filled + row.data.byteLength <= part.bytes.byteLength &&
          crc32(row.data) === row.checksum;
        if (!fits) return undefined;
        version = row.version;
        part.bytes.set(row.data, part.filled);
        part.filled += row.data.byteLength;
        part.chunks++;
      }
      const whole = [...parts.values()].every((part) => part.filled === part.bytes.byteLength);
      if (version === undefined || !whole) return undefined;
      return {
        version,
        parts: new Map([...parts].map(([name, part]) => [name, [part.bytes]])),
      };
    },
    save: (format, index) => {
      try {
        replace.immediate(format, index);
      } catch (error) {
        // Another server is writing its index, no doubt the same one; this one is not needed.
        if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
      }
    },
  };
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
      shelf: indexShelf(db),
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
