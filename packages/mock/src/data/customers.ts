import { formatIsoDay, parseIsoDay, type Contact, type Customer } from '@credit-kit/core';
import { centsToString } from '../money.js';
import type { SeededRandom } from '../random.js';
import type { RiskTier, SeedCurrency, SeedCustomer } from './model.js';
import {
  CITIES,
  COMPANY_FORMS,
  CONTACT_ROLES,
  GIVEN_NAMES,
  INDUSTRIES,
  SALESPEOPLE,
  SURNAMES,
  TRADE_NAMES,
  type City,
  type Industry,
} from './pools.js';
import { makeSocialCreditCode } from './social-credit-code.js';

/** Share of customers in each risk tier, sound first. */
const TIER_SHARES = [0.5, 0.22, 0.15, 0.13];

const ROADS: readonly { zh: string; en: string }[] = [
  { zh: '科技路', en: 'Keji Road' }, { zh: '创业大道', en: 'Chuangye Avenue' }, { zh: '工业园路', en: 'Gongyeyuan Road' },
  { zh: '迎宾大道', en: 'Yingbin Avenue' }, { zh: '滨江路', en: 'Binjiang Road' }, { zh: '长江路', en: 'Changjiang Road' },
];

interface Group {
  readonly id: string;
  readonly parent: string;
  readonly trade: { zh: string; en: string };
}

/**
 * Generates `count` customers: mostly Chinese names, some English; every risk tier in fixed
 * shares; two blacklisted (distressed) customers, one established less than a year before `asOf`,
 * and three groups (集团客户) whose members share a trade name and a `groupId`. Ids are `C001`….
 */
export function generateCustomers(random: SeededRandom, count: number, asOf: string): SeedCustomer[] {
  const asOfDay = parseIsoDay(asOf);
  const tiers = shuffledTiers(random, count);
  const order = shuffledIndices(random, count);
  const blacklisted = new Set(order.filter((i) => tiers[i] === 3).slice(0, count >= 10 ? 2 : 1));
  const newcomer = order.find((i) => tiers[i] === 1) ?? (count > 1 ? order[0] : undefined);
  // The first group gets a weak member, so its sound members show `group-member-under-warning`.
  const candidates = order.filter((i) => !blacklisted.has(i) && i !== newcomer);
  const weak = candidates.findIndex((i) => tiers[i] === 2);
  if (weak > 0) candidates.unshift(...candidates.splice(weak, 1));
  const groupOf = assignGroups(random, candidates, count);

  const usedNames = new Set<string>();
  const idWidth = Math.max(3, String(count).length);
  const out: SeedCustomer[] = [];
  for (let index = 0; index < count; index++) {
    const tier = tiers[index]!;
    const group = groupOf.get(index);
    const newlyEstablished = index === newcomer;
    const english = random.chance(0.3);
    const city = random.pick(CITIES);
    const industry = random.pick(INDUSTRIES);
    const trade = group?.trade ?? random.pick(TRADE_NAMES);
    const name = uniqueName(random, usedNames, english, city, trade, industry);
    const currency: SeedCurrency = english && random.chance(0.4) ? 'USD' : 'CNY';
    const foreignShare = currency === 'CNY' && random.chance(0.15) ? 0.15 + random.next() * 0.15 : 0;
    const size = newlyEstablished ? 0.25 : random.logUniform(0.3, 3);

    const registered = newlyEstablished ? random.int(10, 30) * 1_000_000 : Math.round(size * random.logUniform(5, 50)) * 1_000_000;
    const paidIn = Math.round((registered * (newlyEstablished ? 0.2 + random.next() * 0.4 : 0.4 + random.next() * 0.6)) / 10_000) * 10_000;
    const ageDays = newlyEstablished ? random.int(120, 300) : random.int(2 * 365, 30 * 365);
    const region = city.region;

    const customer: Customer = {
      id: `C${String(index + 1).padStart(idWidth, '0')}`,
      code: makeSocialCreditCode(random, city.division),
      name,
      type: random.pick(industry.types),
      industry: industry.label,
      legalRepresentative: personName(random, english),
      registeredCapital: centsToString(registered * 100),
      paidInCapital: centsToString(paidIn * 100),
      currency,
      establishedOn: formatIsoDay(asOfDay - ageDays),
      address: address(random, english, city),
      contacts: contacts(random, english, city, trade, industry),
      salesperson: random.pick(SALESPEOPLE[region] ?? ['张伟']),
      region,
      blacklisted: blacklisted.has(index),
    };
    if (group) {
      customer.groupId = group.id;
      customer.parentCompany = group.parent;
    }
    out.push({
      index,
      customer,
      tier,
      size,
      newlyEstablished,
      currency,
      foreignShare,
      termDays: random.pick(TERMS_BY_TIER[tier]),
      english,
    });
  }
  return out;
}

const TERMS_BY_TIER: Record<RiskTier, readonly number[]> = { 0: [45, 60, 90, 90], 1: [30, 45, 60], 2: [30, 45], 3: [30] };

function shuffledTiers(random: SeededRandom, count: number): RiskTier[] {
  const counts = TIER_SHARES.map((share) => Math.floor(share * count));
  // Largest remainder, worst tier first, so a handful of customers still includes trouble.
  for (let tier = 3; counts.reduce((a, b) => a + b, 0) < count; tier = (tier + 3) % 4) counts[tier]!++;
  const tiers: RiskTier[] = [];
  counts.forEach((n, tier) => {
    for (let k = 0; k < n; k++) tiers.push(tier as RiskTier);
  });
  return shuffledIndices(random, count).map((i) => tiers[i]!);
}

function shuffledIndices(random: SeededRandom, count: number): number[] {
  const out = Array.from({ length: count }, (_, i) => i);
  for (let i = count - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Three groups of three, two and two members (fewer when there are few customers). */
function assignGroups(random: SeededRandom, candidates: readonly number[], count: number): Map<number, Group> {
  const sizes = count >= 12 ? [3, 2, 2] : count >= 6 ? [2] : [];
  const trades = shuffledIndices(random, TRADE_NAMES.length).map((i) => TRADE_NAMES[i]!);
  const out = new Map<number, Group>();
  let next = 0;
  sizes.forEach((size, g) => {
    const trade = trades[g]!;
    const group: Group = { id: `G-${trade.en.toUpperCase()}`, parent: `${trade.zh}集团有限公司`, trade };
    for (let k = 0; k < size && next < candidates.length; k++) out.set(candidates[next++]!, group);
  });
  return out;
}

function uniqueName(
  random: SeededRandom,
  used: Set<string>,
  english: boolean,
  city: City,
  trade: { zh: string; en: string },
  industry: Industry,
): string {
  for (let attempt = 0; ; attempt++) {
    const form = random.pick(COMPANY_FORMS);
    const withCity = english || random.chance(0.7);
    let name = english
      ? `${city.en} ${trade.en} ${industry.en} ${form.en}`
      : `${withCity ? city.zh : ''}${trade.zh}${industry.zh}${form.zh}`;
    if (attempt >= 8) name = english ? `${name} (Branch ${attempt - 6})` : `${name}第${attempt - 6}分公司`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
    // A clash: draw another city for the next attempt.
    city = random.pick(CITIES);
  }
}

function personName(random: SeededRandom, english: boolean): string {
  const surname = random.pick(SURNAMES);
  const given = random.pick(GIVEN_NAMES);
  return english ? `${given.en} ${surname.en}` : `${surname.zh}${given.zh}`;
}

function address(random: SeededRandom, english: boolean, city: City): string {
  const road = random.pick(ROADS);
  const number = random.int(1, 1288);
  return english ? `No. ${number} ${road.en}, ${city.en}, China` : `${city.zh}市${random.pick(city.districts)}${road.zh}${number}号`;
}

function contacts(
  random: SeededRandom,
  english: boolean,
  city: City,
  trade: { en: string },
  industry: Industry,
): Contact[] {
  const domain = `${trade.en}-${industry.en.split(' ')[0]}`.toLowerCase();
  const count = random.int(1, 2);
  const out: Contact[] = [];
  for (let k = 0; k < count; k++) {
    const surname = random.pick(SURNAMES);
    const given = random.pick(GIVEN_NAMES);
    const role = CONTACT_ROLES[k % CONTACT_ROLES.length]!;
    const local = String(random.int(2000_0000, 8999_9999));
    out.push({
      name: english ? `${given.en} ${surname.en}` : `${surname.zh}${given.zh}`,
      role: english ? role.en : role.zh,
      phone: `+86 ${city.areaCode} ${local.slice(0, 4)} ${local.slice(4)}`,
      email: `${given.en}.${surname.en}@${domain}.example.cn`.toLowerCase(),
    });
  }
  return out;
}
