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
  return effectivePolicy(document, settings).exceptionDomains.flatMap((policy) =>
    names
      .flatMap((name) => lastEntry(policy.domain.dict, name) ?? [])
      .sort((a, b) => a.range[0] - b.range[0])
      .map((entry) => ({ entry, value: entry.value, domain: policy.domain, policy })),
  );
}
