import { SOCIAL_CREDIT_CODE_ALPHABET, socialCreditCheckCharacter } from '@credit-kit/core';
import type { SeededRandom } from '../random.js';

const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/**
 * A unified social credit code (统一社会信用代码) as a registry would issue it to a company:
 * `9` (market regulator) `1` (enterprise), the 6-digit division code of the place of
 * registration, a 9-character organisation code (GB 11714, with its own check character), and the
 * check character of GB 32100 from core.
 */
export function makeSocialCreditCode(random: SeededRandom, division: string): string {
  let body = '';
  if (random.chance(0.4)) {
    // Codes issued since 2015 often carry `MA` where the old organisation code began.
    body = 'MA';
    while (body.length < 8) body += random.pick([...SOCIAL_CREDIT_CODE_ALPHABET]);
  } else {
    while (body.length < 8) body += String(random.int(0, 9));
  }
  const first17 = `91${division}${body}${organisationCheckCharacter(body)}`;
  return first17 + socialCreditCheckCharacter(first17);
}

/** GB 11714 check character of an 8-character organisation code body (letters count 10–35). */
function organisationCheckCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body[i]!, 36) * ORGANISATION_WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}
