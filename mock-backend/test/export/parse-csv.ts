import assert from 'node:assert/strict';

/** A strict RFC 4180 reader, to check what a spreadsheet would see in each cell. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i += 1;
      for (;;) {
        const quote = text.indexOf('"', i);
        assert.notEqual(quote, -1, 'unterminated quoted field');
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        field += '"';
        i += 1;
      }
      assert.ok(
        i === text.length || text[i] === ',' || text[i] === '\r',
        `text after a quote at ${i}: ${JSON.stringify(text.slice(i - 40, i + 40))}`,
      );
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else {
      assert.ok(text[i] !== '"' && text[i] !== '\r' && text[i] !== '\n', `bare ${text[i]} at ${i}`);
      field += text[i];
      i += 1;
    }
  }
  assert.equal(field, '', 'the last record ends with CRLF');
  assert.equal(record.length, 0, 'the last record ends with CRLF');
  return records;
}

/** A downloaded file's records as objects by heading, after checking its BOM. */
export function csvRecords(body: string): Record<string, string>[] {
  assert.ok(body.startsWith('\uFEFF'), 'the file starts with a BOM');
  const [heading, ...rows] = parseCsv(body.slice(1));
  return rows.map((row) => {
    assert.equal(row.length, heading!.length, row.join(','));
    return Object.fromEntries(heading!.map((name, index) => [name, row[index]!]));
  });
}
