import { expect } from '@open-wc/testing';
import { collectionStage, customerCollectionStage } from './collection-stage.js';
import { DEFAULT_CREDIT_POLICY } from './schemas/policy.js';

describe('collectionStage', () => {
  const policy = { reminderDaysBeforeDue: 7, letterAfterDays: 5, escalateAfterDays: 30, legalAfterDays: 90 };

  it('moves through the stages at the thresholds', () => {
    const cases: [number, string][] = [
      [-30, 'notDue'],
      [-8, 'notDue'], // 8 days before due: before the 7-day reminder window
      [-7, 'reminder'],
      [0, 'reminder'],
      [4, 'reminder'], // overdue, but the letter goes out only from day 5
      [5, 'letter'],
      [29, 'letter'],
      [30, 'escalated'],
      [89, 'escalated'],
      [90, 'legal'],
      [900, 'legal'],
    ];
    for (const [days, stage] of cases) expect(collectionStage(days, policy), `${days} days`).to.equal(stage);
  });

  it('issues the letter on the due date with the default policy (letterAfterDays 0)', () => {
    const c = DEFAULT_CREDIT_POLICY.collection;
    expect(collectionStage(-1, c)).to.equal('reminder');
    expect(collectionStage(0, c)).to.equal('letter');
  });

  it('holds a disputed item before the letter: reminded, but never lettered, escalated or sued', () => {
    expect(collectionStage(-3, policy, true)).to.equal('reminder');
    expect(collectionStage(-30, policy, true)).to.equal('notDue');
    expect(collectionStage(5, policy, true)).to.equal('disputed');
    expect(collectionStage(45, policy, true)).to.equal('disputed');
    expect(collectionStage(400, policy, true)).to.equal('disputed');
  });

  it('a customer has the stage of their most overdue item, none while nothing is overdue', () => {
    expect(customerCollectionStage(0, policy)).to.equal(undefined);
    expect(customerCollectionStage(-5, policy)).to.equal(undefined);
    expect(customerCollectionStage(1, policy)).to.equal(collectionStage(1, policy));
    expect(customerCollectionStage(400, policy)).to.equal('legal');
  });
});
