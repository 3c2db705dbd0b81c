import type { Dict, Document, Entry } from "@plistlint/parser";
import { atsDocument, type DomainEntry } from "../../ats/ats-document.js";
import type { Scope } from "../../ats/keys.js";

export interface ScopedEntry {
  entry: Entry;
  dict: Dict;
  scope: Scope;
  /** The domain whose dict (or identity) holds the entry. */
  domain: DomainEntry | undefined;
}

/** Every entry of every dict that plays a role in ATS, in document order, optionally only in some scopes. */
export function scopedEntries(document: Document, scopes?: readonly Scope[]): ScopedEntry[] {
  const ats = atsDocument(document);
  const result: ScopedEntry[] = [];
  for (const [dict, scope] of ats.scopes) {
    if (scopes && !scopes.includes(scope)) continue;
    const domain = ats.domainOf.get(dict);
    for (const entry of dict.entries) result.push({ entry, dict, scope, domain });
  }
  return result.sort((a, b) => a.entry.range[0] - b.entry.range[0]);
}

/** " for 'example.com'" (and its subdomains) — the domain part of a message. */
export function forDomain(domain: DomainEntry | undefined): string {
  return domain ? ` for '${domain.name}'` : "";
}
