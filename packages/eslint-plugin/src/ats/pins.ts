import type { Dict, Entry, StringNode, Value } from "@plistlint/parser";
import { lastEntry } from "./ats-document.js";
import { hasBuildVariable, withoutTrailing } from "./values.js";

export const PIN_KEY = "SPKI-SHA256-BASE64";
const SHA256_BYTES = 32;
const SHA1_BYTES = 20;
/** The prefix HPKP headers (and tools that print them) put before a pin, which a pin in a plist must not have. */
export const SHA256_PREFIX = "sha256/";

export type PinProblem =
  | "not-a-dict"
  | "missing-key"
  | "wrong-key"
  | "not-a-string"
  | "sha256-prefix"
  | "hex-digest"
  | "sha1"
  | "placeholder"
  | "not-base64"
  | "wrong-length";

/** What the Security framework makes of one identity of NSPinnedCAIdentities / NSPinnedLeafIdentities. */
export interface IdentityCheck {
  item: Value;
  /** The entry holding the pin: SPKI-SHA256-BASE64, or the single misnamed key used instead. */
  pinEntry: Entry | undefined;
  /** The pin as written, when it is usable (a valid pin, or a build variable we cannot judge). */
  pin: string | undefined;
  problem: PinProblem | undefined;
  /** For `wrong-key` and `sha256-prefix`: the valid pin the author meant. */
  intendedPin: string | undefined;
  /** For `wrong-length`: how many bytes the base64 decodes to. */
  bytes: number | undefined;
}

/** Text no real pin contains: ellipses, angle brackets, runs of X, and words people type in place of a hash. */
const PLACEHOLDER = /\.\.\.|…|[<>]|x{4,}|todo|your|placeholder|replace|insert|example/iu;

/** Bytes of strict base64 text, or undefined when it is not base64. */
function base64Bytes(text: string): Buffer | undefined {
  if (text.length === 0 || text.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/u.test(text)) return undefined;
  return Buffer.from(text, "base64");
}

/** Checks a pin string: undefined when it is base64(SHA-256) — 32 bytes that are not all the same. */
export function pinProblem(text: string): { problem: PinProblem | undefined; bytes?: number } {
  if (text.toLowerCase().startsWith(SHA256_PREFIX)) return { problem: "sha256-prefix" };
  // A hex digest, plain or as a colon-separated fingerprint.
  const hex = /^(?:[0-9a-f]{2}:)+[0-9a-f]{2}$/iu.test(text) ? text.replaceAll(":", "") : text;
  if (/^[0-9a-f]{64}$/iu.test(hex)) return { problem: "hex-digest" };
  if (/^[0-9a-f]{40}$/iu.test(hex)) return { problem: "sha1" };
  // A real hash uses most of the base64 alphabet: "AAAA…=" or "XXXX…=" are placeholders even at 32 bytes. The word
  // list is only tried on text that is no pin anyway, since a random pin may happen to spell a short word.
  const repetitive = new Set(withoutTrailing(text, "=")).size <= 2 || /X{6,}/u.test(text);
  const bytes = base64Bytes(text);
  if (bytes?.length === SHA256_BYTES) return { problem: repetitive ? "placeholder" : undefined };
  if (text === "" || repetitive || PLACEHOLDER.test(text)) return { problem: "placeholder" };
  if (bytes?.length === SHA1_BYTES) return { problem: "sha1" };
  return bytes ? { problem: "wrong-length", bytes: bytes.length } : { problem: "not-base64" };
}

function isString(value: Value | undefined): value is StringNode {
  return value?.type === "String";
}

/** The same pin whatever its base64 spelling (unused padding bits); build variables stay as written. */
export function canonicalPin(pin: string): string {
  return hasBuildVariable(pin) ? pin : Buffer.from(pin, "base64").toString("base64");
}

/** Reads one identity the way the Security framework does, naming the mistake when it would drop it. */
export function checkIdentity(item: Value): IdentityCheck {
  const check: IdentityCheck = { item, pinEntry: undefined, pin: undefined, problem: undefined, intendedPin: undefined, bytes: undefined };
  if (item.type !== "Dict") return { ...check, problem: "not-a-dict" };
  const dict: Dict = item;
  const pinEntry = lastEntry(dict, PIN_KEY);
  if (!pinEntry) {
    const only = dict.entries.length === 1 ? dict.entries[0] : undefined;
    if (!only || !isString(only.value)) return { ...check, problem: "missing-key" };
    const valid = pinProblem(only.value.value.trim()).problem === undefined;
    return { ...check, pinEntry: only, problem: "wrong-key", intendedPin: valid ? only.value.value.trim() : undefined };
  }
  if (!isString(pinEntry.value)) return { ...check, pinEntry, problem: "not-a-string" };
  const text = pinEntry.value.value.trim();
  const { problem, bytes } = pinProblem(text);
  if (hasBuildVariable(text) && problem !== "sha256-prefix") return { ...check, pinEntry, pin: text };
  if (problem === "sha256-prefix") {
    const rest = text.slice(SHA256_PREFIX.length);
    return { ...check, pinEntry, problem, intendedPin: pinProblem(rest).problem === undefined ? rest : undefined };
  }
  return { ...check, pinEntry, pin: problem ? undefined : text, problem, bytes };
}
