import { expect } from '@open-wc/testing';
import { canonicalJson, hashText } from './hash.js';

describe('hashText and canonicalJson', () => {
  it('hashes to 16 hex digits, equal for equal text and different for different text', () => {
    expect(hashText('abc')).to.match(/^[0-9a-f]{16}$/);
    expect(hashText('abc')).to.equal(hashText('abc'));
    expect(hashText('abc')).not.to.equal(hashText('abd'));
    expect(hashText('')).not.to.equal(hashText(' '));
  });

  it('writes equal values the same whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).to.equal('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
    expect(canonicalJson([2, 1])).not.to.equal(canonicalJson([1, 2]));
  });
});
