import { expect } from '@open-wc/testing';
import { propagateGroupWarnings, worseLevel } from './group.js';

// 003 第十一条(一)5: "集团关联企业中有一户企业发生风险预警的,其在我行有贷款关系的关联企业,均按预警级别列入业务风险预警信息上报范围。
// 上报时间为发现问题后的2日内。"
describe('propagateGroupWarnings', () => {
  it("puts the related members with a credit relationship on the list at the warned member's level, reported within 2 days", () => {
    const r = propagateGroupWarnings([
      { customerId: 'a', groupId: 'g', level: 'orange' },
      { customerId: 'b', groupId: 'g', level: 'none' },
      { customerId: 'c', groupId: 'g', level: 'yellow' },
      { customerId: 'd', groupId: 'g', level: 'none', creditRelationship: false },
      { customerId: 'e', groupId: 'other', level: 'none' },
      { customerId: 'f', level: 'none' },
    ]);
    expect(r).to.deep.equal([
      { customerId: 'a', ownLevel: 'orange', level: 'orange', propagatedFrom: [] },
      { customerId: 'b', ownLevel: 'none', level: 'orange', propagatedFrom: [{ customerId: 'a', level: 'orange' }, { customerId: 'c', level: 'yellow' }], reportWithinDays: 2 },
      { customerId: 'c', ownLevel: 'yellow', level: 'orange', propagatedFrom: [{ customerId: 'a', level: 'orange' }], reportWithinDays: 2 },
      { customerId: 'd', ownLevel: 'none', level: 'none', propagatedFrom: [] },
      { customerId: 'e', ownLevel: 'none', level: 'none', propagatedFrom: [] },
      { customerId: 'f', ownLevel: 'none', level: 'none', propagatedFrom: [] },
    ]);
  });

  it('never lowers a level', () => {
    const r = propagateGroupWarnings([{ customerId: 'a', groupId: 'g', level: 'red' }, { customerId: 'b', groupId: 'g', level: 'yellow' }]);
    expect(r[0]!.level).to.equal('red');
    expect(worseLevel('yellow', 'red')).to.equal('red');
    expect(worseLevel('orange', 'none')).to.equal('orange');
  });

  it('rejects a bad level', () => {
    expect(() => propagateGroupWarnings([{ customerId: 'a', level: 'purple' as never }])).to.throw('level');
  });
});
