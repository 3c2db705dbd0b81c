// The parser's reader of XML that is no plist (a Cordova config.xml): elements and attributes with positions, the
// same refusals as for plists, and the plist XML an element holds.
import { parseXmlElements, plistValuesWithin } from "@plistlint/parser";
import { describe, expect, it } from "vitest";

describe("parseXmlElements", () => {
  it("reads elements and attributes with their positions, decoding XML's entities only", () => {
    const text = `<?xml version="1.0"?>\n<widget id='a&amp;b'>\n  <access origin="*" />\n  <platform name="ios"><x/></platform>\n</widget>\n`;
    const { root, errors } = parseXmlElements(text);
    expect(errors).toEqual([]);
    expect(root!.name).toBe("widget");
    expect(root!.attributes).toEqual([{ name: "id", value: "a&b", range: [30, 42], valueRange: [34, 41] }]);
    expect(text.slice(30, 42)).toBe("id='a&amp;b'");
    const [access, platform] = root!.children;
    expect(text.slice(...access!.range)).toBe('<access origin="*" />');
    expect(access!.attributes[0]).toMatchObject({ name: "origin", value: "*" });
    expect(text.slice(...access!.attributes[0]!.range)).toBe('origin="*"');
    expect(text.slice(...platform!.range)).toBe('<platform name="ios"><x/></platform>');
    expect(platform!.children.map((child) => child.name)).toEqual(["x"]);
  });

  it("refuses what is not well-formed, and internal DOCTYPE subsets, at their positions", () => {
    expect(parseXmlElements("<widget>\n  <access>\n</widget>\n")).toMatchObject({ root: null, errors: [{ line: 3, column: 0 }] });
    expect(parseXmlElements('<!DOCTYPE w [<!ENTITY x "y">]>\n<widget/>').errors).toMatchObject([{ line: 1, column: 12 }]);
  });
});

describe("plistValuesWithin", () => {
  it("reads the plist values an element holds, positioned in the whole text", () => {
    const text = '<widget>\n  <edit-config target="K">\n    <dict><key>A</key><true/></dict>\n  </edit-config>\n</widget>\n';
    const { root, lines } = parseXmlElements(text);
    const { values, errors } = plistValuesWithin(text, lines, root!.children[0]!);
    expect(errors).toEqual([]);
    expect(values).toHaveLength(1);
    expect(values[0]!.type).toBe("Dict");
    expect(text.slice(...values[0]!.range)).toBe("<dict><key>A</key><true/></dict>");
    expect(values[0]!.loc.start).toEqual({ line: 3, column: 4 });
  });
});
