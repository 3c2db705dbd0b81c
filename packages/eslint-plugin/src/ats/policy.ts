import type { Dict, Document, Entry } from "@plistlint/parser";
import { type AtsDocument, type DomainEntry, IDENTITY_LIST_KEYS, atsDocument, lastEntry } from "./ats-document.js";
import { parseAddressKey } from "./domains.js";
import { canonicalPin, checkIdentity, type IdentityCheck } from "./pins.js";
import { ARBITRARY_LOADS_OVERRIDES, atsKey, type TlsVersion, TLS_VERSIONS, namesOf } from "./keys.js";
import { type MinimumOS, platformsBeforeOverride, resolveMinimumOS } from "./minimum-os.js";
import { isBelowTls12, readBool, readTlsVersion } from "./values.js";

/** A setting's effective value and the entry that sets it (null when the default applies). */
export interface Setting<T> {
  entry: Entry | null;
  value: T;
}

export interface ArbitraryLoadsPolicy extends Setting<boolean | undefined> {
  /** The keys whose presence makes iOS 10+ / macOS 10.12+ ignore NSAllowsArbitraryLoads. */
  overriddenBy: Entry[];
  /** When overridden: the minimum OS versions that predate the override and so still honour the key ("iOS 9.0"). */
  honouredOn: string[];
  /** True when NSAllowsArbitraryLoads is YES and honoured on at least the minimum OS. */
  inForce: boolean;
}

export interface ExceptionDomainPolicy {
  domain: DomainEntry;
  includesSubdomains: Setting<boolean>;
  allowsInsecureHTTP: Setting<boolean>;
  /** Undefined when the version is written in a way ATS does not understand. */
  minimumTLS: Setting<TlsVersion | undefined>;
  requiresForwardSecrecy: Setting<boolean>;
  /** What this exception loosens, in words ("cleartext HTTP", "TLSv1.0", "no forward secrecy"); empty if nothing. */
  loosenings: string[];
}

export interface IdentityListPolicy {
  entry: Entry;
  /** One check per array item; empty when the value is not an array (valid-ats-types reports that). */
  identities: IdentityCheck[];
  /** The distinct pins the Security framework keeps. */
  validPins: Set<string>;
}

export interface PinnedDomainPolicy {
  domain: DomainEntry;
  includesSubdomains: Setting<boolean>;
  /** NSPinnedCAIdentities and NSPinnedLeafIdentities, as present. */
  identityLists: IdentityListPolicy[];
}

export interface EffectivePolicy {
  document: AtsDocument;
  minimumOS: MinimumOS;
  arbitraryLoads: ArbitraryLoadsPolicy;
  webContent: Setting<boolean>;
  media: Setting<boolean>;
  localNetworking: Setting<boolean>;
  exceptionDomains: ExceptionDomainPolicy[];
  pinnedDomains: PinnedDomainPolicy[];
  /**
   * The global keys that loosen ATS and are (or, set by a build variable, may be) in force: a listed exception
   * domain opts out of all of them.
   */
  globalLoosenings: Entry[];
}

/** Reads a boolean from the current key and its legacy names, taking the looser reading; else the key's default. */
function boolSetting(dict: Dict | null, current: string, looser: boolean): Setting<boolean> {
  let chosen: Setting<boolean> = { entry: null, value: atsKey(current)?.defaultValue === "YES" };
  for (const name of namesOf(current)) {
    const entry = lastEntry(dict, name);
    const value = entry ? readBool(entry.value) : undefined;
    if (!entry || value === undefined) continue;
    if (chosen.entry === null || value === looser) chosen = { entry, value };
  }
  return chosen;
}

function minimumTlsSetting(dict: Dict | null): Setting<TlsVersion | undefined> {
  let chosen: Setting<TlsVersion | undefined> = {
    entry: null,
    value: atsKey("NSExceptionMinimumTLSVersion")?.defaultValue as TlsVersion,
  };
  for (const name of namesOf("NSExceptionMinimumTLSVersion")) {
    const entry = lastEntry(dict, name);
    if (!entry) continue;
    const value = readTlsVersion(entry.value);
    const lower = value !== undefined && TLS_VERSIONS.indexOf(value) < TLS_VERSIONS.indexOf(chosen.value ?? "TLSv1.3");
    if (chosen.entry === null || lower) chosen = { entry, value };
  }
  return chosen;
}

function exceptionDomainPolicy(domain: DomainEntry): ExceptionDomainPolicy {
  const allowsInsecureHTTP = boolSetting(domain.dict, "NSExceptionAllowsInsecureHTTPLoads", true);
  const minimumTLS = minimumTlsSetting(domain.dict);
  const requiresForwardSecrecy = boolSetting(domain.dict, "NSExceptionRequiresForwardSecrecy", false);
  const loosenings: string[] = [];
  if (allowsInsecureHTTP.value) loosenings.push("cleartext HTTP");
  if (minimumTLS.value && isBelowTls12(minimumTLS.value)) loosenings.push(minimumTLS.value);
  if (!requiresForwardSecrecy.value) loosenings.push("no forward secrecy");
  return {
    domain,
    includesSubdomains: boolSetting(domain.dict, "NSIncludesSubdomains", true),
    allowsInsecureHTTP,
    minimumTLS,
    requiresForwardSecrecy,
    loosenings,
  };
}

function identityListPolicy(entry: Entry): IdentityListPolicy {
  const identities = entry.value.type === "Array" ? entry.value.items.map(checkIdentity) : [];
  // Two spellings of the same bytes are one pin.
  const validPins = new Set(identities.flatMap((identity) => (identity.pin ? [canonicalPin(identity.pin)] : [])));
  return { entry, identities, validPins };
}

function pinnedDomainPolicy(domain: DomainEntry): PinnedDomainPolicy {
  // The Security framework extends a pin to subdomains only for a real <true/>, not for a string or number.
  const includes = lastEntry(domain.dict, "NSIncludesSubdomains") ?? null;
  return {
    domain,
    includesSubdomains: { entry: includes, value: includes?.value.type === "Boolean" && includes.value.value },
    identityLists: IDENTITY_LIST_KEYS.flatMap((key) => {
      const entry = lastEntry(domain.dict, key);
      return entry ? [identityListPolicy(entry)] : [];
    }),
  };
}

/**
 * Whether a domain key covers `host`: the same name, or a subdomain of it when NSIncludesSubdomains is YES (which
 * has no effect on IP addresses and ranges). Names are compared case-insensitively.
 */
export function covers(key: string, includesSubdomains: boolean, host: string): boolean {
  const [name, target] = [key.toLowerCase(), host.toLowerCase()];
  return name === target || (includesSubdomains && !parseAddressKey(name) && target.endsWith(`.${name}`));
}

/**
 * Whether a pinned domain certainly pins `host`. Apple's Security framework (parseNSPinnedDomains in SecPolicy.c)
 * looks up the host and then only its parent domain, so NSIncludesSubdomains is relied on one level deep.
 */
export function pins(pinned: PinnedDomainPolicy, host: string): boolean {
  if (pinned.identityLists.length === 0) return false;
  // The Security framework drops a host's trailing dot before the lookup.
  const [name, target] = [pinned.domain.name.toLowerCase(), host.toLowerCase().replace(/\.$/u, "")];
  return name === target || (pinned.includesSubdomains.value && target.slice(target.indexOf(".") + 1) === name && target.includes("."));
}

/** How cleartext HTTP reaches a pinned domain, if it does: an exception that allows it, or NSAllowsArbitraryLoads. */
export type PinnedCleartext = { via: "exception"; exception: ExceptionDomainPolicy } | { via: "arbitrary-loads" } | undefined;

/** A pinned name as the cleartext check sees it, whoever pins it (NSPinnedDomains, TrustKit). */
export interface PinScope {
  name: string;
  includesSubdomains: boolean;
  /** Whether the pins certainly apply to `host`. */
  pins(host: string): boolean;
}

/**
 * Whether plain http:// requests can reach a pinned name, bypassing the pins (they protect HTTPS only): through an
 * exception that overlaps it and allows insecure HTTP, or through NSAllowsArbitraryLoads in force when no exception
 * shields the pinned name and every subdomain it pins.
 */
export function cleartextTo(policy: EffectivePolicy, pinned: PinScope): PinnedCleartext {
  const { name } = pinned;
  // The exception reaches the pinned name, or names a host the pin certainly applies to.
  const listed = policy.exceptionDomains.filter(
    (exception) => covers(exception.domain.name, exception.includesSubdomains.value, name) || pinned.pins(exception.domain.name),
  );
  const insecure = listed.find((exception) => exception.allowsInsecureHTTP.value);
  if (insecure) return { via: "exception", exception: insecure };
  const shielded = listed.some(
    (exception) =>
      covers(exception.domain.name, exception.includesSubdomains.value, name) &&
      (exception.includesSubdomains.value || !pinned.includesSubdomains),
  );
  return policy.arbitraryLoads.inForce && !shielded ? { via: "arbitrary-loads" } : undefined;
}

/** Whether plain http:// requests can reach a domain of NSPinnedDomains (see cleartextTo). */
export function pinnedCleartext(policy: EffectivePolicy, pinned: PinnedDomainPolicy): PinnedCleartext {
  return cleartextTo(policy, { name: pinned.domain.name, includesSubdomains: pinned.includesSubdomains.value, pins: (host) => pins(pinned, host) });
}

/**
 * Whether an entry of the ATS dict matters merely by being there: the iOS 10 override keys do, whatever their value,
 * while NSAllowsArbitraryLoads is (or, as a build variable, may be) YES, since they cancel it.
 */
export function presenceMatters(policy: EffectivePolicy, entry: Entry): boolean {
  return policy.arbitraryLoads.overriddenBy.includes(entry) && policy.arbitraryLoads.value !== false;
}

function arbitraryLoadsPolicy(ats: Dict | null, minimumOS: MinimumOS): ArbitraryLoadsPolicy {
  const entry = lastEntry(ats, "NSAllowsArbitraryLoads") ?? null;
  const value = entry ? readBool(entry.value) : false;
  const overriddenBy = ARBITRARY_LOADS_OVERRIDES.flatMap((name) => lastEntry(ats, name) ?? []);
  const honouredOn = overriddenBy.length > 0 ? platformsBeforeOverride(minimumOS) : [];
  const inForce = value === true && (overriddenBy.length === 0 || honouredOn.length > 0);
  return { entry, value, overriddenBy, honouredOn, inForce };
}

const cache = new WeakMap<Document, Map<string, EffectivePolicy>>();

/**
 * What ATS actually enforces for this Info.plist: global keys (with the iOS 10 override at the minimum OS),
 * defaults, legacy keys read conservatively, and each exception domain. The CLI's `explain` and the editor's hover
 * show this same model.
 */
export function effectivePolicy(document: Document, settings: unknown): EffectivePolicy {
  const settingsKey = JSON.stringify((settings as { plist?: unknown } | undefined)?.plist ?? null);
  let perSettings = cache.get(document);
  const cached = perSettings?.get(settingsKey);
  if (cached) return cached;

  const ats = atsDocument(document);
  const minimumOS = resolveMinimumOS(settings, ats.root);
  const policy: EffectivePolicy = {
    document: ats,
    minimumOS,
    arbitraryLoads: arbitraryLoadsPolicy(ats.ats, minimumOS),
    webContent: boolSetting(ats.ats, "NSAllowsArbitraryLoadsInWebContent", true),
    media: boolSetting(ats.ats, "NSAllowsArbitraryLoadsForMedia", true),
    localNetworking: boolSetting(ats.ats, "NSAllowsLocalNetworking", true),
    exceptionDomains: ats.exceptionDomains.map(exceptionDomainPolicy),
    pinnedDomains: ats.pinnedDomains.map(pinnedDomainPolicy),
    globalLoosenings: [],
  };
  const { arbitraryLoads } = policy;
  const arbitraryLoadsMayApply =
    arbitraryLoads.inForce ||
    (arbitraryLoads.value === undefined && (arbitraryLoads.overriddenBy.length === 0 || arbitraryLoads.honouredOn.length > 0));
  const otherGlobals = ARBITRARY_LOADS_OVERRIDES.flatMap(namesOf).flatMap((name) => lastEntry(ats.ats, name) ?? []);
  policy.globalLoosenings = [
    ...(arbitraryLoadsMayApply && arbitraryLoads.entry ? [arbitraryLoads.entry] : []),
    ...otherGlobals.filter((entry) => readBool(entry.value) !== false),
  ];
  if (!perSettings) cache.set(document, (perSettings = new Map<string, EffectivePolicy>()));
  perSettings.set(settingsKey, policy);
  return policy;
}
