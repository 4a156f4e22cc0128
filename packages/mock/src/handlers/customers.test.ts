import { expect } from '@open-wc/testing';
import type { Customer, CustomerPage } from '@credit-kit/core';
import { createMockBackend } from '../backend.js';
import { json, problem } from '../test-support/expect-schema.js';

const API = '/api/credit/v1';

describe('GET /customers', () => {
  const backend = createMockBackend({ receivables: 10 });
  const customers = backend.dataset.customers.map((c) => c.customer);
  const page = async (query: string) => json<CustomerPage>(await backend.fetch(`${API}/customers?${query}`));

  it('pages from 1 with 20 per page by default, with the total', async () => {
    const first = await page('');
    expect(first.page).to.equal(1);
    expect(first.pageSize).to.equal(20);
    expect(first.total).to.equal(40);
    expect(first.items.map((c) => c.id)).to.deep.equal(customers.slice(0, 20).map((c) => c.id));
  });

  it('walks every customer exactly once, page by page', async () => {
    const seen: string[] = [];
    for (let n = 1; ; n++) {
      const p = await page(`page=${n}&pageSize=7`);
      if (p.items.length === 0) break;
      seen.push(...p.items.map((c) => c.id));
    }
    expect(seen).to.deep.equal(customers.map((c) => c.id));
  });

  it('answers an empty page past the end, keeping the total', async () => {
    const past = await page('page=99');
    expect(past.items).to.deep.equal([]);
    expect(past.total).to.equal(40);
  });

  it('matches the name in any case and language, or the code', async () => {
    const chinese = customers.find((c) => /[\u4e00-\u9fff]{4}/.test(c.name))!;
    const fragment = chinese.name.slice(2, 5);
    const byChinese = await page(`query=${encodeURIComponent(fragment)}&pageSize=100`);
    expect(byChinese.items.map((c) => c.id)).to.deep.equal(customers.filter((c) => c.name.includes(fragment)).map((c) => c.id));
    expect(byChinese.total).to.equal(byChinese.items.length);

    const english = customers.find((c) => c.name.endsWith('Co., Ltd.'))!;
    const word = english.name.split(' ')[1]!;
    const byEnglish = await page(`query=${encodeURIComponent(word.toUpperCase())}&pageSize=100`);
    expect(byEnglish.items.map((c) => c.id)).to.include(english.id);
    expect(byEnglish.items.every((c) => c.name.toLowerCase().includes(word.toLowerCase()))).to.equal(true);

    const byCode = await page(`query=${customers[5]!.code.slice(8, 16).toLowerCase()}`);
    expect(byCode.items.map((c) => c.id)).to.include(customers[5]!.id);

    expect((await page('query=no-such-customer-xyz')).total).to.equal(0);
  });

  it('lowers a page size above 100 to 100 and refuses bad numbers with a 400 problem', async () => {
    expect((await page('pageSize=1000')).pageSize).to.equal(100);
    await problem(await backend.fetch(`${API}/customers?page=0`), 400);
    await problem(await backend.fetch(`${API}/customers?pageSize=abc`), 400);
  });
});

describe('GET /customers/{id} and its sub-resources', () => {
  const backend = createMockBackend({ receivables: 10 });

  it('serves the customer, its financials and credit profile by id', async () => {
    const seed = backend.dataset.customers[3]!;
    expect(await json<Customer>(await backend.fetch(`${API}/customers/${seed.customer.id}`))).to.deep.equal(seed.customer);
    expect(await json(await backend.fetch(`${API}/customers/${seed.customer.id}/financials`))).to.deep.equal(backend.dataset.financials[3]);
    expect(await json(await backend.fetch(`${API}/customers/${seed.customer.id}/credit-profile`))).to.deep.equal(backend.dataset.profiles[3]);
  });

  it('answers a 404 problem for an unknown customer on every sub-resource', async () => {
    for (const suffix of ['', '/financials', '/credit-profile', '/warning']) {
      const body = await problem(await backend.fetch(`${API}/customers/C999${suffix}`), 404);
      expect(body.detail).to.contain('C999');
    }
  });
});
