import { describe, expect, it } from 'vitest';
import { csvFile, toCsv } from './csv';

describe('a table as CSV', () => {
  it('separates fields by commas and ends every line with CRLF', () => {
    expect(toCsv([['state', 'panels'], ['CLOSED', 3]])).toBe('state,panels\r\nCLOSED,3\r\n');
  });

  it('quotes a field holding a comma, a quote or a line break, its quotes doubled', () => {
    expect(toCsv([['a, b', 'say "yes"', 'two\nlines', 'plain']]))
      .toBe('"a, b","say ""yes""","two\nlines",plain\r\n');
  });

  it('writes nothing for a missing value and numbers as they are, negative ones included', () => {
    expect(toCsv([[undefined, null, 0, -1.5, '']])).toBe(',,0,-1.5,\r\n');
  });

  it('defuses a text a spreadsheet would run as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', 'a=b']]))
      .toBe('"\'=HYPERLINK(""x"")",\'+1,\'-2,\'@SUM(A1),a=b\r\n');
  });

  it('is a UTF-8 text/csv file starting with a byte-order mark, so that accents survive a spreadsheet', async () => {
    const file = csvFile([['Württemberg', 'Besançon']]);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(file.type).toBe('text/csv;charset=utf-8');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Württemberg,Besançon\r\n');
  });
});
