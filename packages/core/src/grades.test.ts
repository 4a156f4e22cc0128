import { expect } from '@open-wc/testing';
import { ALL_GRADES, GRADES, compareGrades, gradePolicy, parseGrade, tryParseGrade } from './grades.js';
import { CreditKitValidationError } from './errors.js';

describe('grades', () => {
  it('lists the nine base grades best first', () => {
    expect(GRADES).to.deep.equal(['AAA', 'AA', 'A', 'BBB', 'BB', 'B', 'CCC', 'CC', 'C']);
  });

  it('parses a grade with a modifier', () => {
    const g = parseGrade('BBB-');
    expect(g.base).to.equal('BBB');
    expect(g.modifier).to.equal('-');
    expect(g.grade).to.equal('BBB-');
  });

  it('accepts the Unicode minus sign', () => {
    expect(parseGrade('A\u2212').grade).to.equal('A-');
  });

  it('rejects AAA+ and non-grades with a validation error naming the value', () => {
    for (const bad of ['AAA+', 'D', 'aa', 'BBB--', '']) {
      expect(() => parseGrade(bad), bad).to.throw(CreditKitValidationError, JSON.stringify(bad));
    }
    expect(tryParseGrade('AAA+')).to.equal(null);
  });

  it('orders every grade strictly: AAA > AAA- > AA+ > … > C-', () => {
    expect(ALL_GRADES.length).to.equal(26);
    for (let i = 1; i < ALL_GRADES.length; i++) {
      expect(compareGrades(ALL_GRADES[i - 1]!, ALL_GRADES[i]!)).to.be.lessThan(0);
    }
    expect(compareGrades('A', 'A')).to.equal(0);
    expect([...['B', 'AA+', 'BBB-', 'AAA']].sort(compareGrades)).to.deep.equal(['AAA', 'AA+', 'BBB-', 'B']);
  });

  it('maps grades to their policy', () => {
    expect(gradePolicy('AAA').unsecuredAllowed).to.equal(true);
    expect(gradePolicy('AA-').stance).to.equal('support');
    expect(gradePolicy('A+').newCredit).to.equal(true);
    expect(gradePolicy('BBB+')).to.include({ newCredit: false, keepExisting: true, exitPlan: false });
    for (const g of ['BB', 'B-', 'CCC', 'CC+', 'C']) expect(gradePolicy(g).exitPlan, g).to.equal(true);
  });
});
