import { expect } from '@open-wc/testing';
import { collectionsVsShipments, reviewLimit, totalReceivablesIndicator } from './review.js';
import { validationError, paths } from './test-support/expect-validation-error.js';

// 001 事后: "对部分信用表现差的客户可降低信用额度,甚至中止其信用额度,采用先付款再发货的形式…;
// 对信用表现好的客户,并且销售业绩表现良好的客户,可以提高其信用额度".
describe('reviewLimit', () => {
  it('cuts a poor payer with cash before delivery, suspends a poor payer with poor sales, raises a good payer with good sales', () => {
    expect(reviewLimit({ repayment: 'poor', sales: 'good' })).to.include({ action: 'cut', cashBeforeDelivery: true });
    expect(reviewLimit({ repayment: 'poor', sales: 'poor' })).to.include({ action: 'suspend', cashBeforeDelivery: true });
    expect(reviewLimit({ repayment: 'good', sales: 'good' })).to.include({ action: 'raise', cashBeforeDelivery: false });
    // Good payment alone, without good sales, is no reason to raise.
    expect(reviewLimit({ repayment: 'good', sales: 'fair' }).action).to.equal('keep');
    expect(reviewLimit({ repayment: 'fair', sales: 'good' }).action).to.equal('keep');
  });

  it('names bad paths', () => {
    expect(paths(validationError(() => reviewLimit({ repayment: 'bad', sales: 'x' } as never)))).to.have.members(['repayment', 'sales']);
  });
});

// 003 建立预警机制 1.: "对事实上高于设定最高赊销额的客户坚持每月的收款大于供货,逐步压缩到最高赊销额以内".
describe('collectionsVsShipments', () => {
  const over = { maximumCreditSale: '1000', outstanding: '1200' };

  it('over the maximum: collections must exceed shipments — equal is a breach, a cent more is reducing', () => {
    expect(collectionsVsShipments({ ...over, collections: '300', shipments: '300' })).to.deep.equal({ status: 'breach', overMaximum: true, netReduction: '0.00', reportAtOnce: true });
    expect(collectionsVsShipments({ ...over, collections: '300.01', shipments: '300' })).to.deep.equal({ status: 'reducing', overMaximum: true, netReduction: '0.01', reportAtOnce: false });
  });

  it('within the maximum: near breach (面临突破) from 90 % of it by default, reported at once', () => {
    expect(collectionsVsShipments({ maximumCreditSale: '1000', outstanding: '899.99', collections: '0', shipments: '50' }).status).to.equal('ok');
    expect(collectionsVsShipments({ maximumCreditSale: '1000', outstanding: '900', collections: '0', shipments: '50' })).to.include({ status: 'near-breach', reportAtOnce: true });
    expect(collectionsVsShipments({ maximumCreditSale: '1000', outstanding: '800', collections: '0', shipments: '0' }, { nearBreachRatio: '0.8' }).status).to.equal('near-breach');
  });
});

// 003: "(1)增设应收账款总量预警指标…对公司应收账款总额设定一个最高限额,不得突破…当总量预警指标突破或面临突破时,也要紧急报告。"
describe('totalReceivablesIndicator', () => {
  it('breach above the cap, near breach from 90 % of it, nothing without a cap', () => {
    const policy = { totalCap: '10000000' };
    expect(totalReceivablesIndicator('10000000.01', policy)).to.deep.equal({ status: 'breach', total: '10000000.01', cap: '10000000.00', share: '1.0000', reportAtOnce: true });
    expect(totalReceivablesIndicator('10000000', policy).status).to.equal('near-breach');
    expect(totalReceivablesIndicator('9000000', policy).status).to.equal('near-breach');
    expect(totalReceivablesIndicator('8999999.99', policy)).to.include({ status: 'ok', reportAtOnce: false });
    expect(totalReceivablesIndicator('8999999.99')).to.deep.equal({ status: 'ok', total: '8999999.99', reportAtOnce: false });
  });
});
