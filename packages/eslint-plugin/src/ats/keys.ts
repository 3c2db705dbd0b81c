/**
 * The ATS key registry: every key Apple documents for App Transport Security and identity pinning, the legacy keys
 * still pasted from old answers, where each belongs, its type and default. Source: ats-semantics (Apple's
 * Information Property List reference and "Identity Pinning").
 */

/** The dicts an ATS key can live in. */
export type Scope =
  | "root"
  | "ats"
  | "exception-domains"
  | "exception-domain"
  | "pinned-domains"
  | "pinned-domain"
  | "identity";

export type ValueKind = "bool" | "dict" | "domain-map" | "identity-list" | "tls-version" | "niap-version" | "pin";

export type Justification = "required" | "below-tls-1.2" | "not-required" | "obsolete";

export interface AtsKey {
  name: string;
  scopes: readonly Scope[];
  kind: ValueKind;
  /** The value the OS uses when the key is absent, as written in a plist. */
  defaultValue?: string;
  since: string;
  justification: Justification;
  /** What the key does, in one sentence (docs, messages, hover). */
  summary: string;
  /** Set for keys Apple removed: the key that replaced it. */
  replacedBy?: string;
}

const NETWORK_1 = "MASVS-NETWORK-1";
const NETWORK_2 = "MASVS-NETWORK-2";

const PINNING_SCOPES: readonly Scope[] = ["pinned-domains", "pinned-domain", "identity"];

/** The MASVS control a problem with `key` in `scope` falls under: pinning (NETWORK-2) or transport (NETWORK-1). */
export function masvsControl(scope: Scope, key: string): string {
  return PINNING_SCOPES.includes(scope) || key === "NSPinnedDomains" ? NETWORK_2 : NETWORK_1;
}

const CURRENT_KEYS: AtsKey[] = [
  {
    name: "NSAppTransportSecurity",
    scopes: ["root"],
    kind: "dict",
    since: "iOS 9 / macOS 10.11",
    justification: "not-required",
    summary: "The App Transport Security settings of the app.",
  },
  {
    name: "NSAllowsArbitraryLoads",
    scopes: ["ats"],
    kind: "bool",
    defaultValue: "NO",
    since: "iOS 9 / macOS 10.11",
    justification: "required",
    summary: "Disables ATS for every domain not listed in NSExceptionDomains (cleartext HTTP and weak TLS allowed).",
  },
  {
    name: "NSAllowsArbitraryLoadsForMedia",
    scopes: ["ats"],
    kind: "bool",
    defaultValue: "NO",
    since: "iOS 10 / macOS 10.12",
    justification: "required",
    summary: "Disables ATS for media loaded with AVFoundation.",
  },
  {
    name: "NSAllowsArbitraryLoadsInWebContent",
    scopes: ["ats"],
    kind: "bool",
    defaultValue: "NO",
    since: "iOS 10 / macOS 10.12",
    justification: "required",
    summary: "Disables ATS for content loaded in web views.",
  },
  {
    name: "NSAllowsLocalNetworking",
    scopes: ["ats"],
    kind: "bool",
    defaultValue: "NO",
    since: "iOS 10 / macOS 10.12",
    justification: "not-required",
    summary: "Allows insecure connections to unqualified and .local names and, from iOS 17, IP addresses.",
  },
  {
    name: "NSRequiresNIAPTLSPackageVersion",
    scopes: ["ats"],
    kind: "niap-version",
    since: "iOS 26.4",
    justification: "not-required",
    summary: "Requires connections to follow a NIAP TLS package version (none, FCP_v2.1 or recommended).",
  },
  {
    name: "NSExceptionDomains",
    scopes: ["ats"],
    kind: "domain-map",
    since: "iOS 9 / macOS 10.11",
    justification: "not-required",
    summary: "Per-domain exceptions; a listed domain ignores every global ATS key.",
  },
  {
    name: "NSPinnedDomains",
    scopes: ["ats"],
    kind: "domain-map",
    since: "iOS 14 / macOS 11",
    justification: "not-required",
    summary: "Identity pinning: the CA or leaf public keys each listed domain must present.",
  },
  {
    name: "NSIncludesSubdomains",
    scopes: ["exception-domain", "pinned-domain"],
    kind: "bool",
    defaultValue: "NO",
    since: "iOS 9 / macOS 10.11",
    justification: "not-required",
    summary: "Applies the domain's settings to all of its subdomains too.",
  },
  {
    name: "NSExceptionAllowsInsecureHTTPLoads",
    scopes: ["exception-domain"],
    kind: "bool",
    defaultValue: "NO",
    since: "iOS 9 / macOS 10.11",
    justification: "required",
    summary: "Allows cleartext HTTP to the domain and lets the app loosen its HTTPS server-trust evaluation.",
  },
  {
    name: "NSExceptionMinimumTLSVersion",
    scopes: ["exception-domain"],
    kind: "tls-version",
    defaultValue: "TLSv1.2",
    since: "iOS 9 / macOS 10.11",
    justification: "below-tls-1.2",
    summary: "The lowest TLS version the domain may use.",
  },
  {
    name: "NSExceptionRequiresForwardSecrecy",
    scopes: ["exception-domain"],
    kind: "bool",
    defaultValue: "YES",
    since: "iOS 9 / macOS 10.11",
    justification: "not-required",
    summary: "Set to NO to allow TLS cipher suites without forward secrecy (no ECDHE) for the domain.",
  },
  {
    name: "NSRequiresCertificateTransparency",
    scopes: ["exception-domain"],
    kind: "bool",
    since: "iOS 9 / macOS 10.11",
    justification: "obsolete",
    summary: "Obsolete: the system enforces Certificate Transparency itself, and Apple says not to use this key.",
  },
  {
    name: "NSExceptionRequiresNIAPTLSPackageVersion",
    scopes: ["exception-domain"],
    kind: "niap-version",
    since: "iOS 26.4",
    justification: "not-required",
    summary: "Requires connections to the domain to follow a NIAP TLS package version.",
  },
  {
    name: "NSPinnedCAIdentities",
    scopes: ["pinned-domain"],
    kind: "identity-list",
    since: "iOS 14 / macOS 11",
    justification: "not-required",
    summary: "Public-key hashes of CA certificates, one of which must be in the domain's chain.",
  },
  {
    name: "NSPinnedLeafIdentities",
    scopes: ["pinned-domain"],
    kind: "identity-list",
    since: "iOS 14 / macOS 11",
    justification: "not-required",
    summary: "Public-key hashes of leaf certificates, one of which the domain must present.",
  },
  {
    name: "SPKI-SHA256-BASE64",
    scopes: ["identity"],
    kind: "pin",
    since: "iOS 14 / macOS 11",
    justification: "not-required",
    summary: "base64(SHA-256(DER SubjectPublicKeyInfo)) of a pinned public key: 32 bytes decoded.",
  },
];

function legacy(name: string, replacedBy: string): AtsKey {
  const current = CURRENT_KEYS.find((key) => key.name === replacedBy)!;
  return { ...current, name, replacedBy, since: "iOS 9 (removed from Apple's documentation in 2016)" };
}

const LEGACY_KEYS: AtsKey[] = [
  legacy("NSAllowsArbitraryLoadsInMedia", "NSAllowsArbitraryLoadsForMedia"),
  ...["NSTemporaryException", "NSThirdPartyException", "NSTemporaryThirdPartyException"].flatMap((prefix) => [
    legacy(`${prefix}AllowsInsecureHTTPLoads`, "NSExceptionAllowsInsecureHTTPLoads"),
    legacy(`${prefix}MinimumTLSVersion`, "NSExceptionMinimumTLSVersion"),
    legacy(`${prefix}RequiresForwardSecrecy`, "NSExceptionRequiresForwardSecrecy"),
  ]),
];

export const ATS_KEYS: ReadonlyMap<string, AtsKey> = new Map(
  [...CURRENT_KEYS, ...LEGACY_KEYS].map((key) => [key.name, key]),
);

/** The key (current or legacy) with this exact name, if ATS knows it. */
export function atsKey(name: string): AtsKey | undefined {
  return ATS_KEYS.get(name);
}

/** The current (non-legacy) keys that belong in a scope. */
export function keysOfScope(scope: Scope): AtsKey[] {
  return CURRENT_KEYS.filter((key) => key.scopes.includes(scope));
}

/** The names that set a key: the current name first, then its legacy variants. */
export function namesOf(current: string): readonly string[] {
  let names = NAMES_OF.get(current);
  if (!names) {
    names = [current, ...LEGACY_KEYS.filter((key) => key.replacedBy === current).map((key) => key.name)];
    NAMES_OF.set(current, names);
  }
  return names;
}

/** namesOf's answers: the policy model asks for every exception domain of a large plist. */
const NAMES_OF = new Map<string, readonly string[]>();

/** Keys that make iOS 10+ / macOS 10.12+ ignore NSAllowsArbitraryLoads when present with any value. */
export const ARBITRARY_LOADS_OVERRIDES = [
  "NSAllowsArbitraryLoadsForMedia",
  "NSAllowsArbitraryLoadsInWebContent",
  "NSAllowsLocalNetworking",
] as const;

export const TLS_VERSIONS = ["TLSv1.0", "TLSv1.1", "TLSv1.2", "TLSv1.3"] as const;
export type TlsVersion = (typeof TLS_VERSIONS)[number];
