// Records written straight into a vault stopped at an early migration, with only the columns the
// first schema had: today's services read and write columns that later migrations added, so they
// cannot make the "old data" a migration test starts from.
import { v7 as uuidv7 } from 'uuid';

import { registerFunctions } from '../../../db/vault/database-file';
import type { TestVault } from './test-vault';

export interface EarlyCase {
  caseId: string;
  personId: string;
  referralId: string;
}

/** A person, an accepted referral and its open case in Kazakhstan, as the first release wrote them. */
export function insertEarlyCase(v: TestVault, name: string, at = '2025-12-01T10:00:00.000Z'): EarlyCase {
  const personId = uuidv7();
  const referralId = uuidv7();
  const caseId = uuidv7();
  const day = at.slice(0, 10);
  // The search index's triggers (from migration 0005) call the app's key function on every write.
  registerFunctions(v.sqlite);
  v.sqlite.transaction(() => {
    v.sqlite.prepare('INSERT INTO people (id, created_at, updated_at, name) VALUES (?, ?, ?, ?)').run(personId, at, at, name);
    v.sqlite
      .prepare(
        `INSERT INTO referrals (id, created_at, updated_at, received_on, channel, person_id, country_code, status, decided_on)
         VALUES (?, ?, ?, ?, 'family', ?, 'KZ', 'accepted', ?)`,
      )
      .run(referralId, at, at, day, personId, day);
    v.sqlite
      .prepare(
        `INSERT INTO cases (id, created_at, updated_at, person_id, referral_id, country_code, opened_on, last_activity_at)
         VALUES (?, ?, ?, ?, ?, 'KZ', ?, ?)`,
      )
      .run(caseId, at, at, personId, referralId, day, at);
  })();
  return { caseId, personId, referralId };
}
