import { parse } from "@plistlint/parser";
import { type EffectivePolicy, type ExceptionDomainPolicy, effectivePolicy, parseAddressKey } from "eslint-plugin-plist";

/** One row of the explanation: a set of hosts (or a kind of load) and what ATS enforces for it. */
export interface ExplainedScope {
  scope: string;
  /** Which hosts the row applies to. */
  covers: string;
  cleartextHTTP: string;
  minimumTLS: string;
  forwardSecrecy: string;
  pins: string;
  /** Lines of the keys that set this row's values; empty when every value is ATS's default. */
  lines: number[];
}

export interface Explanation {
  filePath: string;
  /** The deployment target the reading assumes, e.g. { "iOS": "15.0" }, and where it comes from. */
  minimumOS: { versions: Record<string, string>; source: "settings" | "file" | "assumed" };
  scopes: ExplainedScope[];
  notes: string[];
  /** Set when the file cannot be read as a property list; then there are no scopes. */
  parseError?: { message: string; line: number; column: number };
}

const NOT_APPLICABLE = "-";

function lineOf(...entries: ({ loc: { start: { line: number } } } | null | undefined)[]): number[] {
  return [...new Set(entries.flatMap((entry) => (entry ? [entry.loc.start.line] : [])))].sort((a, b) => a - b);
}

function defaultScope(policy: EffectivePolicy): ExplainedScope {
  const { arbitraryLoads } = policy;
  const undecided = arbitraryLoads.entry !== null && arbitraryLoads.value === undefined;
  const off = arbitraryLoads.inForce;
  return {
    scope: "default",
    covers: policy.exceptionDomains.length > 0 ? "every host not listed below" : "every host",
    cleartextHTTP: off ? "allowed" : undecided ? "depends on a build setting" : "blocked",
    minimumTLS: off ? "none (ATS off)" : "TLSv1.2",
    forwardSecrecy: off ? "not required" : "required",
    pins: NOT_APPLICABLE,
    lines: lineOf(off || undecided ? arbitraryLoads.entry : null),
  };
}

function coverage(name: string, includesSubdomains: boolean): string {
  if (parseAddressKey(name)) return `${name} only (an address has no subdomains)`;
  return includesSubdomains ? `${name} and all its subdomains` : `${name} only`;
}

/** The minimum TLS version as read; a value the linter flags (valid-tls-version) says so. */
function minimumTlsText({ minimumTLS }: ExceptionDomainPolicy): string {
  const value = minimumTLS.entry?.value;
  const written = value?.type === "String" ? value.value : value && "raw" in value ? value.raw : undefined;
  if (minimumTLS.value === undefined) return `unrecognised '${written ?? "?"}' (ATS may ignore it)`;
  if (minimumTLS.entry && !(value?.type === "String" && written === minimumTLS.value)) {
    return `${minimumTLS.value} at best (written ${value?.type === "String" ? `'${written}'` : `as <${value?.type.toLowerCase()}>`}, which ATS may not read)`;
  }
  return minimumTLS.value;
}

function exceptionScopes(policy: EffectivePolicy): ExplainedScope[] {
  return policy.exceptionDomains.map((domain) => ({
    scope: `exception: ${domain.domain.name}`,
    covers: coverage(domain.domain.name, domain.includesSubdomains.value),
    cleartextHTTP: domain.allowsInsecureHTTP.value ? "allowed" : "blocked",
    minimumTLS: minimumTlsText(domain),
    forwardSecrecy: domain.requiresForwardSecrecy.value ? "required" : "not required",
    pins: NOT_APPLICABLE,
    lines: lineOf(
      domain.domain.entry,
      domain.includesSubdomains.entry,
      domain.allowsInsecureHTTP.entry,
      domain.minimumTLS.entry,
      domain.requiresForwardSecrecy.entry,
    ),
  }));
}

function pinnedScopes(policy: EffectivePolicy): ExplainedScope[] {
  return policy.pinnedDomains.map((pinned) => {
    const pins = pinned.identityLists.map((list) => {
      const kind = list.entry.key.value === "NSPinnedCAIdentities" ? "CA" : "leaf";
      return `${kind} \u00d7${list.validPins.size}`;
    });
    return {
      scope: `pinned: ${pinned.domain.name}`,
      covers:
        pinned.includesSubdomains.value && !parseAddressKey(pinned.domain.name)
          ? `${pinned.domain.name} and its direct subdomains (one level)`
          : coverage(pinned.domain.name, false),
      cleartextHTTP: NOT_APPLICABLE,
      minimumTLS: NOT_APPLICABLE,
      forwardSecrecy: NOT_APPLICABLE,
      pins: pins.length > 0 ? pins.join(", ") : "none (nothing is pinned)",
      lines: lineOf(pinned.domain.entry, ...pinned.identityLists.map((list) => list.entry)),
    };
  });
}

function loadScope(scope: string, covers: string, setting: EffectivePolicy["webContent"]): ExplainedScope {
  return {
    scope,
    covers,
    cleartextHTTP: setting.value ? "allowed" : "as for the host",
    minimumTLS: setting.value ? "none (ATS off)" : "as for the host",
    forwardSecrecy: setting.value ? "not required" : "as for the host",
    pins: NOT_APPLICABLE,
    lines: lineOf(setting.entry),
  };
}

function notesOf(policy: EffectivePolicy): string[] {
  const notes: string[] = [];
  const { arbitraryLoads } = policy;
  if (!policy.document.ats) notes.push("No NSAppTransportSecurity dictionary: ATS defaults apply to every host.");
  if (arbitraryLoads.value === true && arbitraryLoads.overriddenBy.length > 0) {
    const keys = arbitraryLoads.overriddenBy.map((entry) => entry.key.value).join(" and ");
    const honoured = arbitraryLoads.honouredOn.length > 0 ? `, but still honoured on ${arbitraryLoads.honouredOn.join(" and ")} (the minimum OS)` : "";
    notes.push(`NSAllowsArbitraryLoads is ignored on iOS 10+ and macOS 10.12+ because ${keys} is present${honoured}.`);
  }
  if (policy.globalLoosenings.length > 0 && policy.exceptionDomains.length > 0) {
    const keys = [...new Set(policy.globalLoosenings.map((entry) => entry.key.value))].join(", ");
    notes.push(`Listed exception domains do not inherit ${keys}: each gets ATS defaults plus its own settings.`);
  }
  return notes;
}

function minimumOSOf(policy: EffectivePolicy): Explanation["minimumOS"] {
  const versions = Object.fromEntries(
    Object.entries(policy.minimumOS.versions).map(([platform, [major, minor]]) => [platform, `${major}.${minor}`]),
  );
  return { versions, source: policy.minimumOS.source };
}

/** What ATS enforces for one Info.plist, read through the same policy model the rules use. */
export function explain(filePath: string, text: string, settings: unknown): Explanation {
  const { ast, errors } = parse(text.replace(/^\uFEFF/u, ""));
  const [error] = errors;
  if (error) {
    return {
      filePath,
      minimumOS: { versions: {}, source: "assumed" },
      scopes: [],
      notes: [],
      parseError: { message: error.message, line: error.line, column: error.column + 1 },
    };
  }
  const policy = effectivePolicy(ast, settings);
  return {
    filePath,
    minimumOS: minimumOSOf(policy),
    scopes: [
      defaultScope(policy),
      ...exceptionScopes(policy),
      ...pinnedScopes(policy),
      loadScope("web content", "WKWebView and other web views", policy.webContent),
      loadScope("media", "AVFoundation media", policy.media),
      loadScope("local networking", "unqualified names, .local and IP addresses", policy.localNetworking),
    ],
    notes: notesOf(policy),
  };
}
