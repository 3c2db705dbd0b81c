import type { Document, Entry, Value } from "@plistlint/parser";
import { atsDocument, type DomainEntry, lastEntry } from "../../ats/ats-document.js";
import { namesOf } from "../../ats/keys.js";

export interface DomainSettingEntry {
  entry: Entry;
  value: Value;
  domain: DomainEntry;
}

/**
 * The entries through which each exception domain sets `currentKey` or one of its legacy names: per name, the one
 * the OS reads (the last), since an earlier duplicate is dead (no-duplicate-keys reports it).
 */
export function domainSettingEntries(document: Document, currentKey: string): DomainSettingEntry[] {
  const names = namesOf(currentKey);
  return atsDocument(document).exceptionDomains.flatMap((domain) =>
    names
      .flatMap((name) => lastEntry(domain.dict, name) ?? [])
      .sort((a, b) => a.range[0] - b.range[0])
      .map((entry) => ({ entry, value: entry.value, domain })),
  );
}
