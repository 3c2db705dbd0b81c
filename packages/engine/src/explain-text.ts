import type { ExplainedPlist, ExplainedScope } from "./explain.js";

/** A row of the explanation in words, as the CLI's table, the hover and the editor's policy view show it. */
export interface DescribedScope {
  scope: string;
  covers: string;
  cleartext: string;
  minimumTLS: string;
  forwardSecrecy: string;
  pins: string;
  lines: string;
}

const LOADS: Partial<Record<ExplainedScope["kind"], { label: string; covers: string }>> = {
  "web-content": { label: "web content", covers: "WKWebView and other web views" },
  media: { label: "media", covers: "AVFoundation media" },
  "local-networking": { label: "local networking", covers: "unqualified names, .local and IP addresses" },
};

function coversOf(scope: ExplainedScope, hasExceptions: boolean): string {
  const load = LOADS[scope.kind];
  if (load) return load.covers;
  if (scope.kind === "default") return hasExceptions ? "every host not listed below" : "every host";
  if (!scope.includesSubdomains) return `${scope.host} only`;
  // The Security framework extends a pin to direct subdomains only.
  return scope.kind === "pinned" ? `${scope.host} and its direct subdomains (one level)` : `${scope.host} and all its subdomains`;
}

/** What a row leaves undecided: a kind of load follows the host's own row; elsewhere a build setting decides. */
function undecided(scope: ExplainedScope): string {
  return LOADS[scope.kind] || scope.kind === "pinned" ? "as for the host" : "depends on a build setting";
}

function pinsOf({ pins }: ExplainedScope): string {
  if (!pins) return "-";
  const lists = [pins.ca === null ? undefined : `CA \u00d7${pins.ca}`, pins.leaf === null ? undefined : `leaf \u00d7${pins.leaf}`].filter(Boolean);
  return lists.length > 0 ? lists.join(", ") : "none (nothing is pinned)";
}

/** What the row is about: a kind of load, the default, or a host with its kind. */
function labelOf(scope: ExplainedScope): string {
  return LOADS[scope.kind]?.label ?? (scope.host === null ? scope.kind : `${scope.kind}: ${scope.host}`);
}

export function describeScope(scope: ExplainedScope, plist: ExplainedPlist): DescribedScope {
  const hasExceptions = plist.scopes.some((row) => row.kind === "exception");
  const { cleartext, minimumTLS, forwardSecrecy } = scope;
  const tlsUnknown = scope.kind === "exception" ? "unrecognised (ATS may ignore it)" : undecided(scope);
  return {
    scope: labelOf(scope),
    covers: coversOf(scope, hasExceptions),
    cleartext: cleartext === null ? undecided(scope) : cleartext ? "allowed" : "blocked",
    minimumTLS: minimumTLS === "none" ? "none (ATS off)" : (minimumTLS ?? tlsUnknown),
    forwardSecrecy: forwardSecrecy === null ? undecided(scope) : forwardSecrecy ? "required" : "not required",
    pins: pinsOf(scope),
    lines: scope.lines.join(", ") || "default",
  };
}

/** "minimum OS iOS 15.0 (from the configuration)" */
export function describeMinimumOS({ versions, source }: ExplainedPlist["minimumOS"]): string {
  const list = Object.entries(versions).map(([platform, version]) => `${platform} ${version}`).join(", ");
  const from = { settings: "from the configuration", file: "from the file", assumed: "assumed; set the minimum OS" }[source];
  return `minimum OS ${list} (${from})`;
}

/** The row's caveats, each prefixed with the row it belongs to. */
export function caveatsOf(plist: ExplainedPlist): string[] {
  return plist.scopes.flatMap((scope) => scope.caveats.map((caveat) => `${labelOf(scope)}: ${caveat}`));
}
