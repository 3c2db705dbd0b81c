import type { Document, Entry, Value } from "@plistlint/parser";
import type { DomainEntry } from "../../ats/ats-document.js";
import { namesOf } from "../../ats/keys.js";
import { scopedEntries } from "./scoped-entries.js";

export interface DomainSettingEntry {
  entry: Entry;
  value: Value;
  domain: DomainEntry;
}

/** Every entry in an exception-domain dict that sets `currentKey` or one of its legacy names. */
export function domainSettingEntries(document: Document, currentKey: string): DomainSettingEntry[] {
  const names = namesOf(currentKey);
  return scopedEntries(document, ["exception-domain"]).flatMap(({ entry, domain }) =>
    domain && names.includes(entry.key.value) ? [{ entry, value: entry.value, domain }] : [],
  );
}
