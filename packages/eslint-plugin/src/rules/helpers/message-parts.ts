import type { DomainEntry } from "../../ats/ats-document.js";
import { mayNeverMatch } from "../../ats/domain-keys.js";
import { parseAddressKey } from "../../ats/domains.js";
import { atsKey } from "../../ats/keys.js";

/**
 * A key's name as a finding about what it does names it: a legacy key says that Apple no longer documents it, so
 * whether today's OS still reads it is unknown ("NSTemporaryExceptionAllowsInsecureHTTPLoads (legacy, undocumented)").
 */
export function keyLabel(name: string): string {
  return atsKey(name)?.replacedBy ? `${name} (legacy, undocumented)` : name;
}

/**
 * A domain as a finding about its settings names it, quoted, with what is known about whether those settings apply:
 * a key written as Apple does not document may never match, and ATS applies to IP addresses only from iOS 17 /
 * macOS 14 (before, connections by IP were not subject to it at all).
 */
export function domainLabel(domain: DomainEntry): string {
  const quoted = `'${domain.name}'`;
  if (mayNeverMatch(domain.name, domain.kind)) return `${quoted} (may never match)`;
  return parseAddressKey(domain.name) ? `${quoted} (ATS covers IPs from iOS 17 / macOS 14)` : quoted;
}
