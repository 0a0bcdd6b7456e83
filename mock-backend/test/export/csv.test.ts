import assert from 'node:assert/strict';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, test } from 'node:test';
import Database from 'better-sqlite3';
import Fastify from 'fastify';
import fc from 'fast-check';
import {
  attachment,
  bom,
  csvChunks,
  csvField,
  csvLine,
  sendCsv,
  type CsvColumn,
} from '../../src/export/csv.ts';
import { parseCsv } from './parse-csv.ts';

/** What a spreadsheet treats as a formula when a cell starts with it. */
const formulaTriggers = ['=', '+', '-', '@', '\t', '\r', '\n', '＝', '＋', '－', '＠'];

const columns: CsvColumn<{ id: number; text: string }>[] = [
  { header: '编号', value: (row) => row.id },
  { header: '内容, text', value: (row) => row.text },
];

describe('CSV fields', () => {
  test('quotes commas, doubled quotes and line breaks, and nothing else', () => {
    assert.equal(csvField('plain 中文'), 'plain 中文');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('line\r\nbreak'), '"line\r\nbreak"');
    assert.equal(csvField('line\nbreak'), '"line\nbreak"');
    assert.equal(csvField(''), '');
    assert.equal(csvField(null), '');
    assert.equal(csvField(undefined), '');
    assert.equal(csvField(true), 'true');
  });

  test('a text field starting with = + - @ TAB CR or LF never becomes a formula', () => {
    assert.equal(csvField('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(csvField('+86 138'), "'+86 138");
    assert.equal(csvField('-1'), "'-1");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('\t=1'), "'\t=1");
    assert.equal(csvField('\r=1'), `"'\r=1"`);
    assert.equal(csvField('＝1+1'), "'＝1+1");
    assert.equal(csvField('a=1'), 'a=1', 'only the first character counts');
  });

  test("the server's own numbers stay numbers, negative ones too", () => {
    assert.equal(csvField(-3), '-3');
    assert.equal(csvField(0.25), '0.25');
    assert.equal(csvField(Number.NaN), '');
    assert.equal(csvField('-3'), "'-3", 'the same digits typed by a person are text');
  });

  test('any text reads back as itself, or with one leading quote if it could be a formula', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: 'grapheme' }),
            fc.string({
              unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', ',', '"', 'a'),
            }),
          ),
          { minLength: 1, maxLength: 6 },
        ),
        (cells) => {
          const [record] = parseCsv(csvLine(cells));
          assert.equal(record?.length, cells.length);
          cells.forEach((cell, index) => {
            const read = record[index] ?? '';
            const risky = formulaTriggers.some((start) => cell.startsWith(start));
            assert.equal(read, risky ? `'${cell}` : cell);
            assert.ok(!formulaTriggers.some((start) => read.startsWith(start)), read);
          });
        },
      ),
    );
  });
});

describe('CSV files', () => {
  test('starts with the BOM and the heading, ends every record with CRLF', () => {
    const text = [...csvChunks(columns, [{ id: 1, text: '=1' }])].join('');
    assert.ok(text.startsWith(`${bom}编号,"内容, text"\r\n`));
    assert.deepEqual(parseCsv(text.slice(1)), [
      ['编号', '内容, text'],
      ['1', "'=1"],
    ]);
  });

  test('pulls rows only as chunks are asked for, and reports the count at the end', () => {
    let pulled = 0;
    function* rows() {
      for (let id = 1; id <= 25; id += 1) {
        pulled += 1;
        yield { id, text: 'x' };
      }
    }
    const chunks = csvChunks(columns, rows(), 10);
    chunks.next(); // heading
    assert.equal(pulled, 0);
    const first = chunks.next();
    assert.equal(pulled, 10);
    assert.equal(String(first.value).split('\r\n').length - 1, 10);
    chunks.next();
    assert.equal(pulled, 20);
    const last = chunks.next();
    assert.equal(String(last.value).split('\r\n').length - 1, 5);
    assert.deepEqual(chunks.next(), { done: true, value: 25 });
  });

  test('names the download in ASCII and exactly in filename*', () => {
    assert.equal(
      attachment('评价队列 2026-09-15.csv'),
      `attachment; filename="____ 2026-09-15.csv"; filename*=UTF-8''%E8%AF%84%E4%BB%B7%E9%98%9F%E5%88%97%202026-09-15.csv`,
    );
    assert.equal(
      attachment(`a"b;c'(d).csv`),
      `attachment; filename="a_b_c'(d).csv"; filename*=UTF-8''a%22b%3Bc%27%28d%29.csv`,
    );
  });
});

describe('sendCsv', () => {
  test('answers a download with the type, the disposition and the rows, and counts them', async (t) => {
    const app = Fastify();
    t.after(() => app.close());
    let written: number | undefined;
    app.get('/x.csv', (_request, reply) =>
      sendCsv(reply, {
        filename: '导出.csv',
        columns: [{ header: 'n', value: (row: number) => row }],
        rows: [1, -2, 3],
        onDone: (rows) => {
          written = rows;
        },
      }),
    );
    const response = await app.inject({ url: '/x.csv' });
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(
      String(response.headers['content-disposition']),
      /^attachment; filename=".*\.csv"; filename\*=UTF-8''%E5%AF%BC%E5%87%BA\.csv$/,
    );
    assert.deepEqual(response.rawPayload.subarray(0, 3), Buffer.from([0xef, 0xbb, 0xbf]));
    assert.equal(response.body, `${bom}n\r\n1\r\n-2\r\n3\r\n`);
    assert.equal(written, 3);
  });

  test('holds a SQLite iterator only while it streams, and closes it when the client leaves', async (t) => {
    const db = new Database(':memory:');
    t.after(() => db.close());
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)');
    const insert = db.prepare<[string]>('INSERT INTO t (text) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 100_000; i += 1) insert.run(`row ${i} ${'x'.repeat(200)}`);
    })();
    const select = db.prepare<[], { id: number; text: string }>(
      'SELECT id, text FROM t ORDER BY id',
    );
    let completed = false;
    let read = 0;
    const app = Fastify();
    t.after(() => app.close());
    app.get('/t.csv', (_request, reply) =>
      sendCsv(reply, {
        filename: 't.csv',
        columns: [
          ...columns,
          {
            header: 'read',
            value: () => {
              read += 1;
              return read;
            },
          },
        ],
        // Lazy: iterate() locks the connection from the moment it is called.
        rows: { [Symbol.iterator]: () => select.iterate() },
        onDone: () => {
          completed = true;
        },
      }),
    );
    await app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = app.server.address() as AddressInfo;

    // A client that reads one chunk and hangs up: the server must not read the rest of the table.
    await new Promise<void>((resolve, reject) => {
      const request = get({ host: '127.0.0.1', port, path: '/t.csv' }, (response) => {
        assert.equal(response.statusCode, 200);
        response.once('data', () => {
          request.destroy();
          resolve();
        });
      });
      request.on('error', (error) => {
        if ((error as NodeJS.ErrnoException).code !== 'ECONNRESET') reject(error);
      });
    });
    // Once the server sees the socket close, the iterator is returned and writes work again.
    await waitFor(() => {
      try {
        insert.run('after');
        return true;
      } catch {
        return false;
      }
    });
    assert.equal(completed, false, 'the abandoned download did not run to its end');
    assert.ok(read > 0 && read < 100_000, `read ${read} rows for a client that left`);

    const full = await app.inject({ url: '/t.csv' });
    assert.equal(full.body.split('\r\n').length - 1, 1 + 100_001);
    assert.equal(completed, true);
    insert.run('and after the full download');
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) assert.fail('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
