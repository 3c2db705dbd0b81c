import { type Dict, type Document, type Entry, type Value, parse } from "@plistlint/parser";

/** An XML plist, for completion (which writes XML); offsets less a leading BOM. */
export function parseXmlPlist(text: string): { document: Document | undefined; bom: number } {
  const bom = text.startsWith("\uFEFF") ? 1 : 0;
  const { ast, errors } = parse(bom ? text.slice(1) : text);
  return { document: errors.length === 0 ? ast : undefined, bom };
}

const within = (range: [number, number], offset: number): boolean => range[0] <= offset && offset <= range[1];

function childrenOf(value: Value): Value[] {
  if (value.type === "Dict") return value.entries.map((entry) => entry.value);
  if (value.type === "Array") return value.items;
  return [];
}

/** The innermost entry whose range holds `offset`. */
export function entryAt(document: Document, offset: number): Entry | undefined {
  let found: Entry | undefined;
  for (let value: Value | null | undefined = document.value; value; ) {
    const entry: Entry | undefined = value.type === "Dict" ? value.entries.find((candidate) => within(candidate.range, offset)) : undefined;
    if (entry) found = entry;
    value = entry?.value ?? childrenOf(value).find((child) => within(child.range, offset));
  }
  return found;
}

/** The innermost dict whose content (between its tags) holds `offset`. */
export function dictAt(document: Document, offset: number): Dict | undefined {
  let found: Dict | undefined;
  for (let value: Value | null | undefined = document.value; value; ) {
    if (value.type === "Dict" && value.contentRange && within(value.contentRange, offset)) found = value;
    value = childrenOf(value).find((child) => within(child.range, offset));
  }
  return found;
}
