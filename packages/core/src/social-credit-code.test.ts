import { expect } from '@open-wc/testing';
import { isSocialCreditCode, socialCreditCheckCharacter, socialCreditCodeProblem } from './social-credit-code.js';

describe('unified social credit code', () => {
  // Worked by hand: 91350100M000100Y4 has values 9,1,3,5,0,1,0,0,M=21,0,0,0,1,0,0,Y=30,4;
  // weighted by 1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28:
  // 9 + 3 + 27 + 135 + 0 + 26 + 0 + 0 + 420 + 0 + 0 + 0 + 8 + 0 + 0 + 900 + 112 = 1640; 1640 mod 31 = 28;
  // 31 − 28 = 3 → check character '3'.
  it('computes the check character', () => {
    expect(socialCreditCheckCharacter('91350100M000100Y4')).to.equal('3');
    expect(isSocialCreditCode('91350100M000100Y43')).to.equal(true);
  });

  it('accepts published codes of real companies', () => {
    // Published on their business licences.
    for (const code of ['91110000802100433B', '91440300708461136T', '914403001922038216']) {
      expect(socialCreditCodeProblem(code), code).to.equal(null);
    }
  });

  it('names what is wrong', () => {
    expect(socialCreditCodeProblem('91350100M000100Y4')).to.equal('length');
    expect(socialCreditCodeProblem('91350100M000100Y4I')).to.equal('characters');
    expect(socialCreditCodeProblem('91350100m000100Y43')).to.equal('characters');
    expect(socialCreditCodeProblem('91350100M000100Y44')).to.equal('check-character');
  });

  it('maps a sum that is a multiple of 31 to check character 0', () => {
    // '1' followed by 16 zeros: sum 1 → 30 → 'Y'. Find a prefix whose sum is 0 mod 31: all zeros → 0 → '0'.
    expect(socialCreditCheckCharacter('00000000000000000')).to.equal('0');
    expect(socialCreditCheckCharacter('10000000000000000')).to.equal('Y');
  });
});
