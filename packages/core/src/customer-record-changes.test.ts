import { expect } from '@open-wc/testing';
import { customerRecordChanges } from './customer-record-changes.js';

describe('customer record changes (an existing customer\'s code and name on an application)', () => {
  const record = { code: '91350100M000100Y43', name: '华东精密机械有限公司' };

  it('finds a changed code and a changed name, with both spellings', () => {
    expect(customerRecordChanges(record, { code: '91350100M000100Y4X', name: '华东精密机械股份有限公司' })).to.deep.equal([
      { field: 'code', record: '91350100M000100Y43', application: '91350100M000100Y4X' },
      { field: 'name', record: '华东精密机械有限公司', application: '华东精密机械股份有限公司' },
    ]);
  });

  it('is not fooled by spacing or the case of a code, and leaves an empty value to the required check', () => {
    expect(customerRecordChanges(record, { code: ' 91350100m000100y43 ', name: '华东精密机械有限公司\u3000' })).to.deep.equal([]);
    expect(customerRecordChanges({ code: 'A', name: 'ACME  Trading Co.' }, { name: 'ACME Trading Co.' })).to.deep.equal([]);
    expect(customerRecordChanges(record, { code: '', name: '' })).to.deep.equal([]);
    // Case matters in a name.
    expect(customerRecordChanges({ code: 'A', name: 'ACME' }, { name: 'Acme' })).to.have.length(1);
  });
});
