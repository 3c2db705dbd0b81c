import type { Dict, Entry } from "@plistlint/parser";
import {
  type EffectivePolicy,
  type ExceptionDomainPolicy,
  type PinnedDomainPolicy,
  type Setting,
  atsKey,
  effectivePolicy,
  lastEntries,
  parseAddressKey,
  pinnedCleartext,
  type PlistReading,
  type PlistSource,
  readPlistSources,
} from "eslint-plugin-plist";
import { lintedKindOf } from "./sources.js";

/** What a row of the explanation is about. */
export type ScopeKind = "default" | "exception" | "pinned" | "web-content" | "media" | "local-networking";

/** One row: a set of hosts (or a kind of load) and what ATS enforces for it. */
export interface ExplainedScope {
  kind: ScopeKind;
  /** The domain key as written (exception and pinned rows); null for the default and the kinds of load. */
  host: string | null;
  /** Whether the row also covers the host's subdomains (never true for an address). */
  includesSubdomains: boolean;
  /**
   * Whether cleartext HTTP is allowed. Null when the row does not decide it: a kind of load left to the host's own
   * row, or a value a build variable sets (see `caveats`).
   */
  cleartext: boolean | null;
  /** The lowest TLS version accepted; "none" when ATS is off for the row; null when the row does not decide it. */
  minimumTLS: "TLSv1.0" | "TLSv1.1" | "TLSv1.2" | "TLSv1.3" | "none" | null;
  /** Whether forward secrecy is required; null when the row does not decide it. */
  forwardSecrecy: boolean | null;
  /** Pinned rows: the distinct valid pins per identity list (null for a list that is absent); null for other rows. */
  pins: { ca: number | null; leaf: number | null } | null;
  /** The lines of the keys that set this row's values; empty when every value is ATS's default. */
  lines: number[];
  /** What the reading assumes or where Apple is silent. */
  caveats: string[];
}

/** An entry where ATS looks but which it never reads as a setting. */
export interface IgnoredEntry {
  key: string;
  line: number;
  reason: string;
}

/** The explanation of one plist (a file may hold several: an XcodeGen spec's targets, an Expo config's `infoPlist`s). */
export interface ExplainedPlist {
  /** The line the plist starts on. */
  line: number;
  /**
   * Where the plist comes from within the file, for people: `targets.App.info.properties`, `build.mac.extendInfo`,
   * `expo.ios.infoPlist`; null when the file is itself the plist (an Info.plist).
   */
  label: string | null;
  /** The deployment target the reading assumes, e.g. { "iOS": "15.0" }, and where it comes from. */
  minimumOS: { versions: Record<string, string>; source: "settings" | "file" | "assumed" };
  scopes: ExplainedScope[];
  ignored: IgnoredEntry[];
  notes: string[];
}

export interface Explanation {
  filePath: string;
  plists: ExplainedPlist[];
  /** Set when the file cannot be read; then there are no plists. */
  parseError?: { message: string; line: number; column: number };
}

function linesOf(...entries: (Entry | null | undefined)[]): number[] {
  return [...new Set(entries.flatMap((entry) => (entry ? [entry.loc.start.line] : [])))].sort((a, b) => a - b);
}

/** Words for a list of names: "A", "A and B", "A, B and C". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** A legacy key setting a value: Apple removed it from its documentation, so whether the OS reads it is unknown. */
function legacyCaveats(...settings: Setting<unknown>[]): string[] {
  return settings.flatMap(({ entry }) => {
    const replacedBy = entry && atsKey(entry.key.value)?.replacedBy;
    return replacedBy ? [`${entry.key.value} is a legacy key (undocumented since 2016; use ${replacedBy}): the OS may ignore it`] : [];
  });
}

function defaultScope(policy: EffectivePolicy): ExplainedScope {
  const { arbitraryLoads } = policy;
  const undecided = arbitraryLoads.entry !== null && arbitraryLoads.value === undefined;
  const off = arbitraryLoads.inForce;
  return {
    kind: "default",
    host: null,
    includesSubdomains: false,
    cleartext: off ? true : undecided ? null : false,
    minimumTLS: off ? "none" : undecided ? null : "TLSv1.2",
    forwardSecrecy: off ? false : undecided ? null : true,
    pins: null,
    lines: linesOf(off || undecided ? arbitraryLoads.entry : null),
    caveats: undecided ? ["NSAllowsArbitraryLoads is set by a build variable: the build decides whether ATS is off"] : [],
  };
}

/** What a domain key means beyond its name: an address, a port. */
function domainCaveats(name: string, includesSubdomains: boolean): string[] {
  const caveats: string[] = [];
  if (parseAddressKey(name)) {
    caveats.push("ATS applies to IP addresses only from iOS 17 / macOS 14");
    if (includesSubdomains) caveats.push("NSIncludesSubdomains has no effect on an address");
  } else if (/:\d*$/u.test(name)) {
    caveats.push("a key with a port may never match: ATS compares host names, which have no port");
  }
  return caveats;
}

/** The minimum TLS version as ATS may read it, with a caveat when it is written in a way ATS may not understand. */
function minimumTls({ minimumTLS }: ExceptionDomainPolicy): Pick<ExplainedScope, "minimumTLS" | "caveats"> {
  const value = minimumTLS.entry?.value;
  const written = value?.type === "String" ? `'${value.value}'` : `as <${value?.type.toLowerCase()}>`;
  if (minimumTLS.value === undefined) return { minimumTLS: null, caveats: [`the minimum TLS version is written ${written}, which ATS may ignore`] };
  if (minimumTLS.entry && !(value?.type === "String" && value.value === minimumTLS.value)) {
    return { minimumTLS: minimumTLS.value, caveats: [`${minimumTLS.value} at best: written ${written}, which ATS may not read`] };
  }
  return { minimumTLS: minimumTLS.value, caveats: [] };
}

function exceptionScope(domain: ExceptionDomainPolicy): ExplainedScope {
  const { name } = domain.domain;
  const includesSubdomains = domain.includesSubdomains.value && !parseAddressKey(name);
  const tls = minimumTls(domain);
  return {
    kind: "exception",
    host: name,
    includesSubdomains,
    cleartext: domain.allowsInsecureHTTP.value,
    minimumTLS: tls.minimumTLS,
    forwardSecrecy: domain.requiresForwardSecrecy.value,
    pins: null,
    lines: linesOf(
      domain.domain.entry,
      domain.includesSubdomains.entry,
      domain.allowsInsecureHTTP.entry,
      domain.minimumTLS.entry,
      domain.requiresForwardSecrecy.entry,
    ),
    caveats: [
      ...domainCaveats(name, domain.includesSubdomains.value),
      ...tls.caveats,
      ...legacyCaveats(domain.allowsInsecureHTTP, domain.minimumTLS, domain.requiresForwardSecrecy),
    ],
  };
}

function pinnedScope(policy: EffectivePolicy, pinned: PinnedDomainPolicy, defaultRow: ExplainedScope): ExplainedScope {
  const { name } = pinned.domain;
  const count = (key: string): number | null => pinned.identityLists.find((list) => list.entry.key.value === key)?.validPins.size ?? null;
  const via = pinnedCleartext(policy, pinned);
  const coveredByException = policy.exceptionDomains.some((exception) => exception.domain.name.toLowerCase() === name.toLowerCase());
  const caveats = domainCaveats(name, false);
  if (pinned.identityLists.length === 0) caveats.push("not pinned: it lists neither NSPinnedCAIdentities nor NSPinnedLeafIdentities");
  if (via) {
    const through = via.via === "exception" ? `the exception for ${via.exception.domain.name}` : "NSAllowsArbitraryLoads";
    caveats.push(`cleartext HTTP is allowed through ${through}: plain http:// requests bypass the pins`);
  }
  return {
    kind: "pinned",
    host: name,
    // The Security framework extends a pin one level down (see pins() in the plugin's policy model).
    includesSubdomains: pinned.includesSubdomains.value && !parseAddressKey(name),
    cleartext: via ? true : !coveredByException && defaultRow.cleartext === null ? null : false,
    minimumTLS: null,
    forwardSecrecy: null,
    pins: { ca: count("NSPinnedCAIdentities"), leaf: count("NSPinnedLeafIdentities") },
    lines: linesOf(pinned.domain.entry, pinned.includesSubdomains.entry, ...pinned.identityLists.map((list) => list.entry)),
    caveats,
  };
}

function loadScope(kind: ScopeKind, setting: Setting<boolean>): ExplainedScope {
  const on = setting.value;
  return {
    kind,
    host: null,
    includesSubdomains: false,
    cleartext: on ? true : null,
    minimumTLS: on ? "none" : null,
    forwardSecrecy: on ? false : null,
    pins: null,
    lines: linesOf(setting.entry),
    caveats: legacyCaveats(setting),
  };
}

/** Entries ATS never reads as settings: unknown or misplaced keys, earlier duplicates, domains that are no dict. */
function ignoredEntries(policy: EffectivePolicy): IgnoredEntry[] {
  const ignored: IgnoredEntry[] = [];
  const { scopes } = policy.document;
  for (const [dict, scope] of scopes) {
    if (scope === "root" || scope === "identity") continue;
    const last = lastEntries(dict);
    for (const entry of dict.entries) {
      const name = entry.key.value;
      const line = entry.loc.start.line;
      const later = last.get(name);
      if (later !== entry) {
        ignored.push({ key: name, line, reason: `an earlier duplicate: the OS reads the entry at line ${later!.loc.start.line}` });
      } else if (scope === "exception-domains" || scope === "pinned-domains") {
        if (atsKey(name)) ignored.push({ key: name, line, reason: `an ATS key, not a domain: ATS reads it as a host named '${name}'` });
        else if (entry.value.type !== "Dict") ignored.push({ key: name, line, reason: "not a dictionary: ATS ignores this domain" });
      } else if (!atsKey(name)?.scopes.includes(scope)) {
        ignored.push({ key: name, line, reason: atsKey(name) ? "a key that belongs elsewhere: ATS does not read it here" : "not a key ATS knows" });
      }
    }
  }
  return ignored.sort((a, b) => a.line - b.line);
}

function notesOf(policy: EffectivePolicy): string[] {
  const notes: string[] = [];
  const { arbitraryLoads } = policy;
  if (!policy.document.ats) notes.push("No NSAppTransportSecurity dictionary: ATS defaults apply to every host.");
  if (arbitraryLoads.value === true && arbitraryLoads.overriddenBy.length > 0) {
    const keys = arbitraryLoads.overriddenBy.map((entry) => entry.key.value);
    const verb = keys.length > 1 ? "are" : "is";
    const honoured = arbitraryLoads.honouredOn.length > 0 ? `, but still honoured on ${listed(arbitraryLoads.honouredOn)} (the minimum OS)` : "";
    notes.push(`NSAllowsArbitraryLoads is ignored on iOS 10+ and macOS 10.12+ because ${listed(keys)} ${verb} present${honoured}.`);
  }
  if (policy.globalLoosenings.length > 0 && policy.exceptionDomains.length > 0) {
    const keys = [...new Set(policy.globalLoosenings.map((entry) => entry.key.value))];
    notes.push(`Listed exception domains do not inherit ${listed(keys)}: each gets ATS defaults plus its own settings.`);
  }
  return notes;
}

function minimumOSOf(policy: EffectivePolicy): ExplainedPlist["minimumOS"] {
  const versions = Object.fromEntries(
    Object.entries(policy.minimumOS.versions).map(([platform, [major, minor]]) => [platform, `${major}.${minor}`]),
  );
  return { versions, source: policy.minimumOS.source };
}

/** Exception domains as ATS uses them: a domain that is no dict, or an ATS key in a domain's place, is ignored. */
function isRealDomain(dict: Dict | null, name: string): boolean {
  return dict !== null && !atsKey(name);
}

function explainPlist({ ast: document, label }: PlistSource, settings: unknown): ExplainedPlist {
  const policy = effectivePolicy(document, settings);
  const defaultRow = defaultScope(policy);
  return {
    line: document.value?.loc.start.line ?? 1,
    label: label ?? null,
    minimumOS: minimumOSOf(policy),
    scopes: [
      defaultRow,
      ...policy.exceptionDomains.filter(({ domain }) => isRealDomain(domain.dict, domain.name)).map(exceptionScope),
      ...policy.pinnedDomains.filter(({ domain }) => isRealDomain(domain.dict, domain.name)).map((pinned) => pinnedScope(policy, pinned, defaultRow)),
      loadScope("web-content", policy.webContent),
      loadScope("media", policy.media),
      loadScope("local-networking", policy.localNetworking),
    ],
    ignored: ignoredEntries(policy),
    notes: notesOf(policy),
  };
}

/**
 * The plists a file holds, read by the front-end its kind of source gets when it is linted (`text` without a BOM):
 * their ASTs and positions are the ones the rules report.
 */
export function readPlists(filePath: string, text: string): PlistReading {
  return readPlistSources(lintedKindOf(filePath).id, text, filePath);
}

/**
 * What ATS enforces for each plist a file holds, read through the same front-ends linting uses and the same policy
 * model the rules use. `settings` are the rules' settings for the file (the minimum OS).
 */
export function explain(filePath: string, text: string, settings: unknown): Explanation {
  const reading = readPlists(filePath, text.replace(/^\uFEFF/u, ""));
  if (!reading.ok) return { filePath, plists: [], parseError: reading.error };
  return { filePath, plists: reading.sources.map((source) => explainPlist(source, settings)) };
}
