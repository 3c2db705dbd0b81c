import type { Dict, Document, Entry } from "@plistlint/parser";
import { atsDocument, type DomainEntry } from "../../ats/ats-document.js";
import type { Scope } from "../../ats/keys.js";
import { Memo } from "../../memo.js";

export interface ScopedEntry {
  entry: Entry;
  dict: Dict;
  scope: Scope;
  /** The domain whose dict (or identity) holds the entry. */
  domain: DomainEntry | undefined;
}

/** Computed once per document: most rules ask for it, and a large plist has tens of thousands of entries. */
const cache = new Memo<Document, ScopedEntry[]>();

/** Every entry of every dict that plays a role in ATS, in document order, optionally only in some scopes. */
export function scopedEntries(document: Document, scopes?: readonly Scope[]): ScopedEntry[] {
  let all = cache.get(document);
  if (!all) {
    const ats = atsDocument(document);
    all = [];
    for (const [dict, scope] of ats.scopes) {
      const domain = ats.domainOf.get(dict);
      for (const entry of dict.entries) all.push({ entry, dict, scope, domain });
    }
    all.sort((a, b) => a.entry.range[0] - b.entry.range[0]);
    cache.set(document, all);
  }
  return scopes ? all.filter((item) => scopes.includes(item.scope)) : all;
}

/** " for 'example.com'" (and its subdomains) — the domain part of a message. */
export function forDomain(domain: DomainEntry | undefined): string {
  return domain ? ` for '${domain.name}'` : "";
}
