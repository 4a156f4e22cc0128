import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseDateInput, type DateFieldOrder } from './date-input.js';

const US: DateFieldOrder = ['month', 'day', 'year'];
const CN: DateFieldOrder = ['year', 'month', 'day'];
const DE: DateFieldOrder = ['day', 'month', 'year'];

const value = (text: string, order: DateFieldOrder) => {
  const result = parseDateInput(text, order);
  if (!result.ok) throw new Error(`${text}: ${result.problem}`);
  return result.value;
};
const problem = (text: string, order: DateFieldOrder) => {
  const result = parseDateInput(text, order);
  return result.ok ? `accepted as ${result.value}` : result.problem;
};

describe('parseDateInput: dates as the reader writes them', () => {
  it('reads the field order of the locale', () => {
    expect(value('08/14/2000', US)).to.equal('2000-08-14');
    expect(value('8/4/2000', US)).to.equal('2000-08-04');
    expect(value('2000/08/14', CN)).to.equal('2000-08-14');
    expect(value('14.08.2000', DE)).to.equal('2000-08-14');
    expect(value('04/08/2000', DE)).to.equal('2000-08-04');
  });

  it('always takes ISO and year-first input, and Chinese 年月日, whatever the locale', () => {
    for (const order of [US, CN, DE]) {
      expect(value('2000-08-14', order)).to.equal('2000-08-14');
      expect(value('2000/8/14', order)).to.equal('2000-08-14');
      expect(value('2000年8月14日', order)).to.equal('2000-08-14');
      expect(value('2000 年 08 月 14', order)).to.equal('2000-08-14');
    }
  });

  it('takes full-width digits and separators from a Chinese IME', () => {
    expect(value('２０００／０８／１４', CN)).to.equal('2000-08-14');
    expect(value('２０００年８月１４日', CN)).to.equal('2000-08-14');
    expect(value(' 2000－08－14 ', CN)).to.equal('2000-08-14');
  });

  it('refuses days that do not exist', () => {
    expect(problem('2023-02-29', CN)).to.equal('impossible');
    expect(problem('2024-02-30', CN)).to.equal('impossible');
    expect(problem('13/01/2000', US)).to.equal('impossible');
    expect(problem('2000-00-10', CN)).to.equal('impossible');
    expect(value('2024-02-29', CN)).to.equal('2024-02-29');
  });

  it('refuses partial, two-digit-year and other text, and says when nothing was typed', () => {
    expect(problem('', CN)).to.equal('empty');
    expect(problem('   ', US)).to.equal('empty');
    expect(problem('2000/08', CN)).to.equal('invalid');
    expect(problem('08/14/00', US)).to.equal('invalid');
    expect(problem('yesterday', US)).to.equal('invalid');
    expect(problem('2000-08-14T00:00', CN)).to.equal('invalid');
    expect(problem('2000-123-1', CN)).to.equal('invalid');
  });

  it('reads back every day it is given, in each order and with any separator', () => {
    const day = fc.date({ min: new Date(Date.UTC(1000, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.constantFrom('/', '-', '.', ' '), fc.constantFrom(US, CN, DE), (date, sep, order) => {
        const iso = date.toISOString().slice(0, 10);
        const [year, month, dayOfMonth] = iso.split('-') as [string, string, string];
        const parts = { year, month, day: dayOfMonth };
        expect(value(order.map((field) => parts[field]).join(sep), order)).to.equal(iso);
      }),
    );
  });
});
