import type { PendingError } from "./errors.js";

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

const REFERENCE = /&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z_][\w.-]*);/uy;

function decodeReference(body: string): string | undefined {
  if (!body.startsWith("#")) return NAMED_ENTITIES[body];
  const codePoint = body[1] === "x" ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
  const isXmlChar =
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff);
  return isXmlChar ? String.fromCodePoint(codePoint) : undefined;
}

/**
 * Decodes element content as an XML processor would: the five predefined entities and character references are
 * replaced (no other entity is ever expanded), CDATA sections are unwrapped, comments dropped and line breaks
 * normalised to LF. `offset` is where `raw` starts in the document, for error positions.
 */
export function decodeText(raw: string, offset: number, errors: PendingError[]): string {
  if (!/[&<\r]/u.test(raw)) return raw;
  let out = "";
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i];
    if (ch === "&") {
      REFERENCE.lastIndex = i;
      const match = REFERENCE.exec(raw);
      const decoded = match ? decodeReference(match[1]!) : undefined;
      if (match && decoded !== undefined) {
        out += decoded;
        i += match[0].length;
      } else {
        const shown = match ? match[0] : "&";
        errors.push({
          message: match
            ? `Unknown entity '${shown}': property lists only use &amp; &lt; &gt; &quot; &apos; and character references.`
            : "Unescaped '&': write it as &amp;.",
          offset: offset + i,
        });
        out += shown;
        i += shown.length;
      }
    } else if (raw.startsWith("<!--", i)) {
      const end = raw.indexOf("-->", i + 4);
      i = end === -1 ? raw.length : end + 3;
    } else if (raw.startsWith("<![CDATA[", i)) {
      const end = raw.indexOf("]]>", i + 9);
      const stop = end === -1 ? raw.length : end;
      out += raw.slice(i + 9, stop).replace(/\r\n?/gu, "\n");
      i = end === -1 ? raw.length : end + 3;
    } else if (ch === "\r") {
      out += "\n";
      i += raw[i + 1] === "\n" ? 2 : 1;
    } else {
      out += ch;
      i += 1;
    }
  }
  return out;
}
