import type { Document, Entry, Value } from "@plistlint/parser";
import { type DomainEntry, lastEntry } from "../../ats/ats-document.js";
import { namesOf } from "../../ats/keys.js";
import { effectivePolicy, type ExceptionDomainPolicy } from "../../ats/policy.js";

export interface DomainSettingEntry {
  entry: Entry;
  value: Value;
  domain: DomainEntry;
  /** The domain's effective policy, for what else the domain allows. */
  policy: ExceptionDomainPolicy;
}

/**
 * The entries through which each exception domain sets `currentKey` or one of its legacy names: per name, the one
 * the OS reads (the last), since an earlier duplicate is dead (no-duplicate-keys reports it).
 */
export function domainSettingEntries(document: Document, settings: unknown, currentKey: string): DomainSettingEntry[] {
  const names = namesOf(currentKey);
  const found: DomainSettingEntry[] = [];
  for (const policy of effectivePolicy(document, settings).exceptionDomains) {
    const first = found.length;
    for (const name of names) {
      const entry = lastEntry(policy.domain.dict, name);
      if (entry) found.push({ entry, value: entry.value, domain: policy.domain, policy });
    }
    // Within a domain, in document order; a large plist has tens of thousands of domains, so only these few sorted.
    if (found.length - first > 1) found.splice(first, Infinity, ...found.slice(first).sort((a, b) => a.entry.range[0] - b.entry.range[0]));
  }
  return found;
}
