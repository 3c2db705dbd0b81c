import type { Dict, Document, Entry } from "@plistlint/parser";
import { keysOfScope, type Scope } from "./keys.js";
import { Memo } from "../memo.js";

export type DomainKind = "exception" | "pinned";

/** One key of NSExceptionDomains or NSPinnedDomains. */
export interface DomainEntry {
  kind: DomainKind;
  entry: Entry;
  /** The key as written (decoded). */
  name: string;
  /** The domain's settings; null when the value is not a dict. */
  dict: Dict | null;
}

/**
 * Where the ATS settings of one Info.plist are: the dicts that play a role in ATS, each with its scope. Only dicts
 * reached through the documented path are scoped, so settings in the wrong place never count as active.
 */
export interface AtsDocument {
  root: Dict | null;
  /** The NSAppTransportSecurity entry the OS uses (the last one when the key is duplicated). */
  atsEntry: Entry | null;
  ats: Dict | null;
  exceptionDomains: DomainEntry[];
  pinnedDomains: DomainEntry[];
  /** Every scoped dict, in document order. */
  scopes: Map<Dict, Scope>;
  /** The domain a domain-level dict belongs to. */
  domainOf: Map<Dict, DomainEntry>;
}

/** NSPinnedCAIdentities and NSPinnedLeafIdentities. */
export const IDENTITY_LIST_KEYS = keysOfScope("pinned-domain")
  .filter((key) => key.kind === "identity-list")
  .map((key) => key.name);

/** The entry the OS reads for `key`: with duplicates, the last one wins. */
export function lastEntry(dict: Dict | null | undefined, key: string): Entry | undefined {
  return dict?.entries.findLast((entry) => entry.key.value === key);
}

/** The entry the OS reads for each key of `dict`, by key. */
export function lastEntries(dict: Dict): Map<string, Entry> {
  return new Map(dict.entries.map((entry) => [entry.key.value, entry]));
}

/** The entries of `dict` the OS reads, in order: each but those a later duplicate replaces. */
export function liveEntries(dict: Dict): Entry[] {
  const last = lastEntries(dict);
  return dict.entries.filter((entry) => last.get(entry.key.value) === entry);
}

export function hasKey(dict: Dict | null | undefined, key: string): boolean {
  return lastEntry(dict, key) !== undefined;
}

function dictValue(entry: Entry | undefined): Dict | null {
  return entry?.value.type === "Dict" ? entry.value : null;
}

function readAtsDocument(document: Document): AtsDocument {
  const root = document.value?.type === "Dict" ? document.value : null;
  const scopes = new Map<Dict, Scope>();
  const domainOf = new Map<Dict, DomainEntry>();
  const atsEntry = lastEntry(root, "NSAppTransportSecurity") ?? null;
  const ats = dictValue(atsEntry ?? undefined);
  if (root) scopes.set(root, "root");

  const domains = (kind: DomainKind): DomainEntry[] => {
    const mapKey = kind === "exception" ? "NSExceptionDomains" : "NSPinnedDomains";
    const map = dictValue(lastEntry(ats, mapKey));
    if (!map) return [];
    scopes.set(map, kind === "exception" ? "exception-domains" : "pinned-domains");
    // A domain key written again later is dead, like any duplicate key (case-only twins stay: which wins is unknown).
    return liveEntries(map).map((entry) => {
      const domain: DomainEntry = { kind, entry, name: entry.key.value, dict: dictValue(entry) };
      if (domain.dict) {
        scopes.set(domain.dict, kind === "exception" ? "exception-domain" : "pinned-domain");
        domainOf.set(domain.dict, domain);
      }
      return domain;
    });
  };

  if (ats) scopes.set(ats, "ats");
  const exceptionDomains = domains("exception");
  const pinnedDomains = domains("pinned");
  for (const domain of pinnedDomains) {
    for (const entry of domain.dict?.entries ?? []) {
      if (!IDENTITY_LIST_KEYS.includes(entry.key.value) || entry.value.type !== "Array") continue;
      for (const item of entry.value.items) {
        if (item.type === "Dict") {
          scopes.set(item, "identity");
          domainOf.set(item, domain);
        }
      }
    }
  }
  return { root, atsEntry, ats, exceptionDomains, pinnedDomains, scopes, domainOf };
}

const cache = new Memo<Document, AtsDocument>();

/** The ATS structure of a document, computed once and shared by every rule. */
export function atsDocument(document: Document): AtsDocument {
  let result = cache.get(document);
  if (!result) {
    result = readAtsDocument(document);
    cache.set(document, result);
  }
  return result;
}
