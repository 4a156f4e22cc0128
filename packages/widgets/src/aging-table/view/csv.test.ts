import { expect } from '@open-wc/testing';
import { BOM, cellText, formatRecord, numberCell, toCsv, toTsv } from './csv.js';

describe('csv', () => {
  it('starts the file with a UTF-8 BOM and ends every record with CRLF', () => {
    const text = toCsv([['a', 'b'], ['华东精密', numberCell('1.50')]]);
    expect(text.charCodeAt(0)).to.equal(0xfeff);
    expect(text).to.equal('\uFEFFa,b\r\n华东精密,1.50\r\n');
    // The BOM encodes as EF BB BF in UTF-8.
    expect([...new TextEncoder().encode(BOM)]).to.deep.equal([0xef, 0xbb, 0xbf]);
  });

  it('quotes fields with a comma, a quote, CR or LF, doubling the quotes (RFC 4180)', () => {
    expect(formatRecord(['Acme, Inc.'])).to.equal('"Acme, Inc."');
    expect(formatRecord(['say "hi"'])).to.equal('"say ""hi"""');
    expect(formatRecord(['two\nlines'])).to.equal('"two\nlines"');
    expect(formatRecord(['cr\rhere'])).to.equal('"cr\rhere"');
    expect(formatRecord(['plain', '', null, undefined])).to.equal('plain,,,');
    // A tab is no reason to quote in CSV, but is the separator in TSV.
    expect(formatRecord(['a\tb'], ',')).to.equal('a\tb');
    expect(toTsv([['a\tb', 'c']])).to.equal('"a\tb"\tc\r\n');
  });

  it('neutralises formula injection in text cells: = + - @ tab CR get a leading quote', () => {
    expect(cellText('=HYPERLINK("http://x")')).to.equal(`'=HYPERLINK("http://x")`);
    expect(cellText('+1+1')).to.equal("'+1+1");
    expect(cellText('-2+3')).to.equal("'-2+3");
    expect(cellText('@SUM(A1)')).to.equal("'@SUM(A1)");
    expect(cellText('\tcmd')).to.equal("'\tcmd");
    expect(cellText('\rcmd')).to.equal("'\rcmd");
    expect(cellText('a=b')).to.equal('a=b');
    // A text that merely looks like a negative number is text from data: it is prefixed too.
    expect(cellText('-50')).to.equal("'-50");
    // Neutralised and quoted together.
    expect(formatRecord(['=1,2'])).to.equal(`"'=1,2"`);
    expect(formatRecord(['=A1"x"'])).to.equal(`"'=A1""x"""`);
  });

  it('writes amounts as plain numbers, negative ones included, and guards anything that is not one', () => {
    expect(cellText(numberCell('-50.00'))).to.equal('-50.00');
    expect(cellText(numberCell('1234567.891'))).to.equal('1234567.891');
    expect(cellText(42)).to.equal('42');
    expect(cellText(-7)).to.equal('-7');
    expect(cellText(numberCell('-1+1'))).to.equal("'-1+1");
    expect(cellText(numberCell('=1'))).to.equal("'=1");
    expect(cellText(Number.NaN)).to.equal('');
  });
});
