import { expect } from '@open-wc/testing';
import { CreditKitValidationError } from '@credit-kit/core';
import { customerMethods, warningMethods } from './resources/index.js';
import { warning } from './test-support/fixtures.js';
import { json } from './test-support/fake-fetch.js';
import { configureWidgets, widgetClient } from './widget-defaults.js';

describe('configureWidgets: page-wide options for the widgets, without the full client', () => {
  afterEach(() => configureWidgets(undefined));

  it('gives no client until it is called, and none after it is cleared', () => {
    expect(widgetClient([warningMethods])).to.equal(undefined);
    configureWidgets({ baseUrl: '/api/credit/v1' });
    expect(widgetClient([warningMethods])).to.not.equal(undefined);
    configureWidgets(undefined);
    expect(widgetClient([warningMethods])).to.equal(undefined);
  });

  it('makes one client per method list, with those endpoints only, on the configured URL', async () => {
    const requests: string[] = [];
    const fetch = async (input: RequestInfo | URL) => {
      requests.push(String(input));
      return json(warning('C1', 'orange'));
    };
    configureWidgets({ baseUrl: 'https://credit.example/api', fetch });
    const badges = [warningMethods];
    const client = widgetClient(badges)!;
    expect(widgetClient(badges)).to.equal(client);
    const other = widgetClient([customerMethods])!;
    expect(other).to.not.equal(client);
    expect(typeof (client as unknown as Record<string, unknown>).getWarning).to.equal('function');
    expect((client as unknown as Record<string, unknown>).getCustomer).to.equal(undefined);
    expect(typeof (other as unknown as Record<string, unknown>).getCustomer).to.equal('function');
    expect((await client.getWarning('C1')).level).to.equal('orange');
    expect(requests).to.have.length(1);
    expect(requests[0]).to.match(/^https:\/\/credit\.example\/api\/customers\/C1\/warning/);
  });

  it('checks the options at once and keeps the previous ones when they are bad', () => {
    configureWidgets({ baseUrl: '/a' });
    const badges = [warningMethods];
    const before = widgetClient(badges);
    expect(() => configureWidgets({ baseUrl: 'ftp://x' })).to.throw(CreditKitValidationError);
    expect(widgetClient(badges)).to.equal(before);
    expect(before!.baseUrl).to.equal('/a');
  });
});
