import { describe, expect, it } from 'vitest';
import { csvCell, exportFileName, toCsv } from './csv.ts';

describe('csv', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
  });
  it('keeps numbers plain and gaps empty', () => {
    expect(csvCell(3630)).toBe('3630');
    expect(csvCell(-583)).toBe('-583');
    expect(csvCell(undefined)).toBe('');
  });
  it('neutralizes spreadsheet formulas', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
  });
  it('writes a header, CRLF rows and a UTF-8 BOM', () => {
    const csv = toCsv(
      ['year', 'value'],
      [
        [2010, 1980],
        [2011, undefined],
      ],
    );
    expect(csv).toBe('\uFEFFyear,value\r\n2010,1980\r\n2011,\r\n');
  });
  it('names files after the chart and the filter', () => {
    expect(exportFileName('trade-total', { sectors: [], from: 1922, to: 2026 }, 'csv')).toBe(
      'peru-korea_trade-total_all-sectors_1922-2026.csv',
    );
    expect(exportFileName('aid', { sectors: ['aid', 'health'], from: 2005, to: 2020 }, 'png')).toBe(
      'peru-korea_aid_aid+health_2005-2020.png',
    );
  });
});
