import type { Dict, Document, Entry, Value } from "@plistlint/parser";
import { lastEntry, liveEntries } from "./ats-document.js";
import { SHA256_PREFIX, canonicalPin, type PinProblem, pinProblem } from "./pins.js";
import { type EffectivePolicy, type PinnedCleartext, type Setting, cleartextTo } from "./policy.js";
import { hasBuildVariable, readBool } from "./values.js";
import { Memo } from "../memo.js";

// TrustKit (datatheorem/TrustKit), the pinning library OWASP MASTG names, reads `TSKConfiguration` from the app's
// Info.plist when it starts (parse_configuration.m), and raises an exception, which ends the app, when the
// configuration is invalid. What follows is what that parser and TSKPinningValidator do.

/** One TSKPublicKeyHashes item as TrustKit reads it: the base64 of a SHA-256 hash of a SubjectPublicKeyInfo. */
export interface TrustKitHash {
  item: Value;
  /** The hash when TrustKit accepts it (a build variable is taken as one, unjudged). */
  pin: string | undefined;
  /** Why TrustKit refuses it: not a string, not base64, not 32 bytes, …; undefined when it is accepted. */
  problem: PinProblem | undefined;
  /** For `wrong-length`: how many bytes it decodes to. */
  bytes: number | undefined;
  /** For `sha256-prefix`: the hash without the prefix, which is what was meant. */
  intendedPin: string | undefined;
}

/** One domain of TSKPinnedDomains and the policy TrustKit makes of it. */
export interface TrustKitDomain {
  entry: Entry;
  name: string;
  /** The domain's settings; null when they are not a dict. */
  dict: Dict | null;
  /** Default NO; read with NSNumber/NSString boolValue, so `<string>YES</string>` counts. */
  includeSubdomains: Setting<boolean>;
  /** Default YES: NO makes TrustKit report pin failures and connect anyway. */
  enforcePinning: Setting<boolean>;
  /** TSKExpirationDate (`yyyy-MM-dd`, UTC): from that day on, TrustKit no longer pins the domain. */
  expiration: { entry: Entry; date: Date } | undefined;
  /** TSKReportUris: where TrustKit sends pin failure reports. */
  reportUris: { value: Value; uri: string }[];
  /** TSKPublicKeyHashes; undefined when absent. */
  hashesEntry: Entry | undefined;
  hashes: TrustKitHash[];
  /** The distinct hashes TrustKit keeps (as bytes: two spellings of one hash are one). */
  validPins: Set<string>;
  /** How many distinct hashes TrustKit demands: two when it enforces pinning (a backup), else one. */
  requiredPins: number;
  /** `kSKExcludeSubdomainFromParentPolicy` (TrustKit's own spelling): the domain opts out of its parent's pins. */
  excluded: boolean;
}

export interface TrustKitConfiguration {
  entry: Entry;
  domains: TrustKitDomain[];
}

/** TrustKit's spelling of the key that excludes a subdomain from its parent's policy (its constant drops the T). */
const EXCLUDE_SUBDOMAIN = "kSKExcludeSubdomainFromParentPolicy";

function boolSetting(dict: Dict | null, key: string, defaultValue: boolean): Setting<boolean> {
  const entry = lastEntry(dict, key) ?? null;
  const value = entry ? readBool(entry.value) : undefined;
  return { entry, value: value ?? defaultValue };
}

function readHash(item: Value): TrustKitHash {
  if (item.type !== "String") return { item, pin: undefined, problem: "not-a-string", bytes: undefined, intendedPin: undefined };
  // TrustKit decodes the string as it is (NSData's base64 decoding without options): no white space is skipped.
  const text = item.value;
  if (hasBuildVariable(text)) return { item, pin: text, problem: undefined, bytes: undefined, intendedPin: undefined };
  const { problem, bytes } = pinProblem(text);
  return { item, pin: problem ? undefined : text, problem, bytes, intendedPin: problem === "sha256-prefix" ? text.slice(SHA256_PREFIX.length) : undefined };
}

/** `yyyy-MM-dd` as TrustKit's NSDateFormatter reads it (UTC); undefined for anything else, which it ignores. */
function readDate(value: Value): Date | undefined {
  if (value.type !== "String") return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value.value.trim());
  if (!match) return undefined;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function readDomain(entry: Entry): TrustKitDomain {
  const dict = entry.value.type === "Dict" ? entry.value : null;
  const enforcePinning = boolSetting(dict, "TSKEnforcePinning", true);
  const expirationEntry = lastEntry(dict, "TSKExpirationDate");
  const date = expirationEntry && readDate(expirationEntry.value);
  const reportUris = lastEntry(dict, "TSKReportUris")?.value;
  const hashesEntry = lastEntry(dict, "TSKPublicKeyHashes");
  const hashes = hashesEntry?.value.type === "Array" ? hashesEntry.value.items.map(readHash) : [];
  return {
    entry,
    name: entry.key.value,
    dict,
    includeSubdomains: boolSetting(dict, "TSKIncludeSubdomains", false),
    enforcePinning,
    expiration: expirationEntry && date ? { entry: expirationEntry, date } : undefined,
    reportUris:
      reportUris?.type === "Array"
        ? reportUris.items.flatMap((value) => (value.type === "String" ? [{ value, uri: value.value.trim() }] : []))
        : [],
    hashesEntry,
    hashes,
    validPins: new Set(hashes.flatMap((hash) => (hash.pin ? [canonicalPin(hash.pin)] : []))),
    requiredPins: enforcePinning.value ? 2 : 1,
    excluded: boolSetting(dict, EXCLUDE_SUBDOMAIN, false).value,
  };
}

const cache = new Memo<Document, TrustKitConfiguration | null>();

/** The TrustKit configuration of an Info.plist (`TSKConfiguration` at its root), read once per document. */
export function trustKitConfiguration(document: Document): TrustKitConfiguration | undefined {
  let found = cache.get(document);
  if (found === undefined) {
    const root = document.value?.type === "Dict" ? document.value : null;
    const entry = lastEntry(root, "TSKConfiguration");
    const domains = entry?.value.type === "Dict" ? lastEntry(entry.value, "TSKPinnedDomains")?.value : undefined;
    found = entry
      ? {
          entry,
          domains: domains?.type === "Dict" ? liveEntries(domains).map(readDomain) : [],
        }
      : null;
    cache.set(document, found);
  }
  return found ?? undefined;
}

/**
 * Whether TrustKit pins `host` with this domain's policy: the same name, or with TSKIncludeSubdomains any name below
 * it (TrustKit's getPinningConfigurationKeyForDomain, at any depth). Names compare case-insensitively.
 */
export function trustKitPins(domain: TrustKitDomain, host: string): boolean {
  const [name, target] = [domain.name.toLowerCase(), host.toLowerCase()];
  return name === target || (domain.includeSubdomains.value && target.endsWith(`.${name}`));
}

/** Whether plain http:// requests, which TrustKit's pins never see, can reach a domain TrustKit pins (see cleartextTo). */
export function trustKitCleartext(policy: EffectivePolicy, domain: TrustKitDomain): PinnedCleartext {
  return cleartextTo(policy, { name: domain.name, includesSubdomains: domain.includeSubdomains.value, pins: (host) => trustKitPins(domain, host) });
}
