import { type BrightpearlClient, type CallOptions, PRIORITY } from '../../brightpearl';
import type { Db } from '../../store';
import { getOrCreateSetting } from '../../store/installation-settings';
import { CONTACTS_OVERLAP_MS } from './contacts-cursor';
import {
  contactEmailsBuilt,
  emailHashOrNull,
  markContactEmailsBuilt,
  storeContactEmails,
} from './contact-email-rows';

const WATERMARK_KEY = 'brightpearl-contact-email-index-watermark';
/** No watermark yet: the first refresh reads every contact (once per installation). */
const BEGINNING = '1970-01-01T00:00:00.000Z';

type Deps = { db: Db; brightpearl: BrightpearlClient };

/**
 * After a refresh that gave no answer, new e-mails are searched one by one for this long: a
 * first read of every contact that keeps shifting (a busy account) is not paid per new customer.
 */
export const INDEX_PAUSE_MS = 5 * 60_000;

/**
 * Every contact's primary e-mail hash, kept by searching `updatedOn` from a stored watermark
 * (the contact sweep's overlap covers updatedOn stamped before its commit). A refresh is
 * complete when its pages did not shift; only then is the watermark moved and its answer used.
 */
export async function refreshContactEmails(deps: Deps, call?: CallOptions): Promise<boolean> {
  const watermark = await getOrCreateSetting(deps.db, {
    key: WATERMARK_KEY,
    create: () => BEGINNING,
  });
  const from = Math.max(Date.parse(watermark) - CONTACTS_OVERLAP_MS, Date.parse(BEGINNING));
  const { rows, shifted } = await deps.brightpearl.searchContactsUpdatedSince(
    new Date(from).toISOString(),
    call,
  );
  // Without the e-mail column the rows cannot say which e-mails exist: not an answer.
  if (rows.some((row) => row.primaryEmail === undefined)) return false;
  await storeContactEmails(deps.db, {
    rows: rows.map((row) => ({
      contactId: row.contactId,
      emailHash: emailHashOrNull(row.primaryEmail ?? null),
      updatedOn: row.updatedOn,
    })),
    key: WATERMARK_KEY,
    // A shifted page may have hidden a row: search the same window again next time.
    newest: shifted ? undefined : newestOf(rows.map((row) => row.updatedOn)),
  });
  if (!shifted) await markContactEmailsBuilt(deps.db, WATERMARK_KEY);
  return !shifted;
}

function newestOf(times: string[]): string | undefined {
  const newest = Math.max(...times.map((time) => Date.parse(time)));
  return Number.isFinite(newest) ? new Date(newest).toISOString() : undefined;
}

/**
 * Whether the index, refreshed by a search that STARTED after this call, holds a contact with
 * this e-mail hash: 'absent' only then; 'unknown' when no complete refresh could be made (the
 * caller searches by e-mail as before). Callers waiting together share one search: a caller
 * never joins a search already under way (it may have missed a contact made since), it waits
 * for the next one, which all later callers join until it starts.
 */
export class ContactEmailIndex {
  private running: Promise<boolean> | undefined;
  private queued: Promise<boolean> | undefined;
  private building: Promise<boolean> | undefined;
  /** Once built, always built: later lookups join a refresh without a query first. */
  private builtKnown = false;
  private pausedUntil = 0;

  constructor(
    private readonly deps: Deps,
    private readonly now: () => number = Date.now,
  ) {}

  async lookup(hash: string, call?: CallOptions): Promise<'absent' | 'present' | 'unknown'> {
    if (this.now() < this.pausedUntil) return 'unknown';
    if (!this.builtKnown && !(await this.built())) {
      void this.build();
      return 'unknown';
    }
    const complete = await this.freshRefresh(call).catch(() => false);
    if (!complete) {
      this.pausedUntil = this.now() + INDEX_PAUSE_MS;
      return 'unknown';
    }
    const rows = await this.deps.db.query<{ one: number }>(
      `SELECT 1 AS one FROM contact_email_index WHERE email_hash = $1 LIMIT 1`,
      [hash],
    );
    return rows.length > 0 ? 'present' : 'absent';
  }

  /** Whether a read of every contact has completed once (here or on another instance). */
  private async built(): Promise<boolean> {
    this.builtKnown = await contactEmailsBuilt(this.deps.db, WATERMARK_KEY);
    return this.builtKnown;
  }

  /**
   * The first read pages through every contact (one call per 500): on a large account that is
   * hundreds of calls, so it is never made on an order's path or at an order's priority. It runs
   * in the background at the sweeps' priority, and orders search by e-mail until it completes.
   * Starts it, or joins the one under way; resolves with whether it completed.
   */
  build(): Promise<boolean> {
    this.building ??= (this.running ?? this.start({ priority: PRIORITY.sweeps }))
      .catch(() => false)
      .then((complete) => {
        if (complete) this.builtKnown = true;
        else this.pausedUntil = this.now() + INDEX_PAUSE_MS;
        return complete;
      })
      .finally(() => {
        this.building = undefined;
      });
    return this.building;
  }

  private freshRefresh(call?: CallOptions): Promise<boolean> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start(call);
    const previous = this.running;
    this.queued = previous
      .catch(() => false)
      .then(() => {
        this.queued = undefined;
        return this.start(call);
      });
    return this.queued;
  }

  private start(call?: CallOptions): Promise<boolean> {
    const refresh = refreshContactEmails(this.deps, call).finally(() => {
      if (this.running === refresh) this.running = undefined;
    });
    this.running = refresh;
    return refresh;
  }
}

const indexes = new WeakMap<BrightpearlClient, ContactEmailIndex>();

/** One index per Brightpearl client, i.e. per process: its callers share the searches. */
export function contactEmailIndexFor(deps: Deps): ContactEmailIndex {
  let index = indexes.get(deps.brightpearl);
  if (!index) indexes.set(deps.brightpearl, (index = new ContactEmailIndex(deps)));
  return index;
}
