import { parse, type Value } from "@plistlint/parser";
import { describe, expect, it } from "vitest";
import { checkIdentity, pinProblem } from "../../packages/eslint-plugin/dist/ats/pins.js";

const PIN = "opWHSpMfB0TLcZLCEc+B2s/EG0/KnpUvrBwaAmGGNAw=";
const OTHER_PIN = "F7865TrdDl2fmz/F6iatV4+Li5BVvu9wTRVxkVNnv+4=";
const HEX_SHA256 = "4619fbe1aec05fc7925c637948e4cc9829e47f52e7fe599b6163dc901dc6c49c";
const HEX_SHA1 = "df1a861387b82e3ff5156891115e02ce8ac5c22b";
const BASE64_SHA1 = "AF3qe5QnT+Dab5MOY1bO0NxhtFc=";
const BASE64_16 = "iEuIxmng0UkfjR7thTiK3A==";
/** A whole P-256 SubjectPublicKeyInfo (91 bytes) pasted instead of its hash. */
const EC_SPKI =
  "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE1Eemrrud8Rl5qfvNYE6seBW2SoQXJo5vbsqBoNQfLXzoUwwLtkpqPzH+SLj7SnmuE5rE+Aq33JPvwpTKIstU7w==";

/** The root value of a plist whose only content is `xml`. */
function value(xml: string): Value {
  const { ast, errors } = parse(`<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n${xml}\n</plist>\n`);
  expect(errors).toEqual([]);
  if (!ast.value) throw new Error("no root value");
  return ast.value;
}

/** An identity dict with one entry `key` → `inner` (a whole value element). */
function identity(inner: string, key = "SPKI-SHA256-BASE64"): Value {
  return value(`<dict>\n\t<key>${key}</key>\n\t${inner}\n</dict>`);
}

describe("pinProblem", () => {
  it("accepts base64 of 32 bytes that are not all the same", () => {
    expect(pinProblem(PIN)).toEqual({ problem: undefined });
    expect(pinProblem(Buffer.from(Array.from({ length: 32 }, (_, i) => i)).toString("base64"))).toEqual({ problem: undefined });
  });

  it("calls 32 identical bytes a placeholder", () => {
    expect(pinProblem("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")).toEqual({ problem: "placeholder" });
    expect(pinProblem(Buffer.alloc(32, 0xff).toString("base64"))).toEqual({ problem: "placeholder" });
    expect(pinProblem(Buffer.alloc(32, 0x55).toString("base64"))).toEqual({ problem: "placeholder" });
  });

  it("calls repetitive or placeholder-looking text a placeholder, even when it is valid base64", () => {
    expect(pinProblem(`${"X".repeat(43)}=`)).toEqual({ problem: "placeholder" });
    expect(pinProblem("XXXX")).toEqual({ problem: "placeholder" });
    expect(pinProblem("TODO")).toEqual({ problem: "placeholder" });
    expect(pinProblem("REPLACE_WITH_LEAF_SPKI_SHA256_BASE64")).toEqual({ problem: "placeholder" });
  });

  it("names OkHttp's sha256/ prefix, in any case, whatever follows", () => {
    expect(pinProblem(`sha256/${PIN}`)).toEqual({ problem: "sha256-prefix" });
    expect(pinProblem(`SHA256/${PIN}`)).toEqual({ problem: "sha256-prefix" });
    expect(pinProblem("sha256/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")).toEqual({ problem: "sha256-prefix" });
    expect(pinProblem("sha256/")).toEqual({ problem: "sha256-prefix" });
  });

  it("names hex SHA-256 digests", () => {
    expect(pinProblem(HEX_SHA256)).toEqual({ problem: "hex-digest" });
    expect(pinProblem(HEX_SHA256.toUpperCase())).toEqual({ problem: "hex-digest" });
  });

  it("names SHA-1 hashes, as hex or as base64 of 20 bytes", () => {
    expect(pinProblem(HEX_SHA1)).toEqual({ problem: "sha1" });
    expect(pinProblem(HEX_SHA1.toUpperCase())).toEqual({ problem: "sha1" });
    expect(pinProblem(BASE64_SHA1)).toEqual({ problem: "sha1" });
  });

  it("gives the byte count of base64 of the wrong length", () => {
    expect(pinProblem(BASE64_16)).toEqual({ problem: "wrong-length", bytes: 16 });
    expect(pinProblem(EC_SPKI)).toEqual({ problem: "wrong-length", bytes: 91 });
    // One byte short and one byte long of a SHA-256.
    expect(pinProblem(Buffer.from(PIN, "base64").subarray(0, 31).toString("base64"))).toEqual({ problem: "wrong-length", bytes: 31 });
    expect(pinProblem(Buffer.concat([Buffer.from(PIN, "base64"), Buffer.from([1])]).toString("base64"))).toEqual({
      problem: "wrong-length",
      bytes: 33,
    });
  });

  it("names placeholder text", () => {
    for (const text of ["", "...", "…", "<your pin>", "YOUR_PIN_HERE", "REPLACE_ME", "X".repeat(43), "insert hash"]) {
      expect(pinProblem(text), text).toEqual({ problem: "placeholder" });
    }
  });

  it("calls other text not base64", () => {
    // base64url without padding, unpadded base64, embedded white space, a stray character.
    for (const text of ["opWHSpMfB0TLcZLCEc-B2s_EG0_KnpUvrBwaAmGGNAw", PIN.slice(0, -1), `${PIN.slice(0, 22)} ${PIN.slice(22)}`, `${PIN}!`]) {
      expect(pinProblem(text), text).toEqual({ problem: "not-base64" });
    }
  });
});

describe("checkIdentity", () => {
  it("reads a valid pin", () => {
    const check = checkIdentity(identity(`<string>${PIN}</string>`));
    expect(check).toMatchObject({ pin: PIN, problem: undefined, intendedPin: undefined, bytes: undefined });
    expect(check.pinEntry?.key.value).toBe("SPKI-SHA256-BASE64");
  });

  it("keeps a build variable as a pin it cannot judge", () => {
    expect(checkIdentity(identity("<string>$(API_PIN)</string>"))).toMatchObject({ pin: "$(API_PIN)", problem: undefined });
    expect(checkIdentity(identity("<string>${API_PIN}</string>"))).toMatchObject({ pin: "${API_PIN}", problem: undefined });
  });

  it("reads the last of duplicated SPKI-SHA256-BASE64 keys", () => {
    const item = value(
      `<dict>\n\t<key>SPKI-SHA256-BASE64</key>\n\t<string>...</string>\n\t<key>SPKI-SHA256-BASE64</key>\n\t<string>${PIN}</string>\n</dict>`,
    );
    const check = checkIdentity(item);
    expect(check).toMatchObject({ pin: PIN, problem: undefined });
    expect(check.pinEntry).toBe(item.type === "Dict" ? item.entries[1] : undefined);
  });

  it("calls an identity that is not a dict not-a-dict", () => {
    const item = value(`<string>${PIN}</string>`);
    expect(checkIdentity(item)).toEqual({
      item,
      pinEntry: undefined,
      pin: undefined,
      problem: "not-a-dict",
      intendedPin: undefined,
      bytes: undefined,
    });
    expect(checkIdentity(value("<array/>"))).toMatchObject({ problem: "not-a-dict", pin: undefined });
  });

  it("finds the misnamed key and, when its value is a valid pin, the pin meant", () => {
    const check = checkIdentity(identity(`<string>${PIN}</string>`, "SPKI-SHA256-PIN"));
    expect(check).toMatchObject({ problem: "wrong-key", pin: undefined, intendedPin: PIN });
    expect(check.pinEntry?.key.value).toBe("SPKI-SHA256-PIN");
    expect(checkIdentity(identity(`<string>${HEX_SHA256}</string>`, "SPKI-SHA256-PIN"))).toMatchObject({
      problem: "wrong-key",
      pin: undefined,
      intendedPin: undefined,
    });
    expect(checkIdentity(identity(`<string>sha256/${PIN}</string>`, "spki-sha256-base64"))).toMatchObject({
      problem: "wrong-key",
      intendedPin: undefined,
    });
  });

  it("reports a missing key when no single string entry could be the pin", () => {
    expect(checkIdentity(value("<dict/>"))).toMatchObject({ problem: "missing-key", pinEntry: undefined, pin: undefined });
    expect(checkIdentity(identity(`<data>${PIN}</data>`, "SPKI-SHA256-PIN"))).toMatchObject({ problem: "missing-key", pinEntry: undefined });
    expect(
      checkIdentity(value(`<dict>\n\t<key>SPKI</key>\n\t<string>${PIN}</string>\n\t<key>SHA256</key>\n\t<string>${OTHER_PIN}</string>\n</dict>`)),
    ).toMatchObject({ problem: "missing-key", pinEntry: undefined, intendedPin: undefined });
  });

  it("calls a pin that is not a string not-a-string", () => {
    const check = checkIdentity(identity(`<data>${PIN}</data>`));
    expect(check).toMatchObject({ problem: "not-a-string", pin: undefined });
    expect(check.pinEntry?.key.value).toBe("SPKI-SHA256-BASE64");
  });

  it("offers the pin behind a sha256/ prefix only when it is valid", () => {
    expect(checkIdentity(identity(`<string>sha256/${PIN}</string>`))).toMatchObject({
      problem: "sha256-prefix",
      pin: undefined,
      intendedPin: PIN,
    });
    expect(checkIdentity(identity(`<string>sha256/${HEX_SHA256}</string>`))).toMatchObject({
      problem: "sha256-prefix",
      pin: undefined,
      intendedPin: undefined,
    });
  });

  it("passes on the problem and byte count of an invalid pin", () => {
    expect(checkIdentity(identity(`<string>${BASE64_16}</string>`))).toMatchObject({ problem: "wrong-length", bytes: 16, pin: undefined });
    expect(checkIdentity(identity(`<string>${HEX_SHA1}</string>`))).toMatchObject({ problem: "sha1", pin: undefined });
    expect(checkIdentity(identity("<string>&lt;your pin&gt;</string>"))).toMatchObject({ problem: "placeholder", pin: undefined });
  });
});
