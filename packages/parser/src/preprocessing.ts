import type { Comment, Document, Range } from "./ast.js";
import type { PendingError } from "./errors.js";

/** The C-preprocessor directives that plistlint sets aside: conditionals, and lines that define or include. */
export type DirectiveName = "if" | "ifdef" | "ifndef" | "elif" | "else" | "endif" | "include" | "define" | "undef";

/** A directive on a line of its own between elements, which Xcode's Info.plist preprocessing (INFOPLIST_PREPROCESS) reads. */
export interface PreprocessorLine {
  name: DirectiveName;
  /** The directive as written, spaces tidied: "#ifndef DISABLE_PLAIN_HTTP". */
  text: string;
  /** The line without its line break. */
  range: Range;
  /** 1-based. */
  line: number;
}

/** One written alternative of an `#if`, `#ifdef` or `#ifndef`. */
export interface Branch {
  /** "#if DEBUG", "#elif BETA", "#else of #if DEBUG". */
  label: string;
  /** Its lines, between its directive and the next one of the same #if; null when there are none. */
  lines: { first: number; last: number } | null;
  /** The text between its directive's line and the next directive of the same #if. */
  content: Range;
}

/** A plist as one choice of branches makes it: Xcode would build exactly one of these. */
export interface Variant {
  /** The branches taken, for messages: "#if DEBUG", "#else of #if DEBUG, no #ifdef BETA" (an #if without #else not taken). */
  label: string;
  ast: Document;
  comments: Comment[];
}

/** What the preprocessor lines of a text mean for linting it. */
export interface Preprocessing {
  lines: PreprocessorLine[];
  /** Every written branch of every #if, in text order (nested ones included). */
  branches: Branch[];
  /**
   * The plists to lint: one per choice of branches, the n-th taking the n-th branch of every #if (or its last);
   * a single one when there is no #if. The first is the parse result's own `ast`.
   */
  variants: Variant[];
}

const WHOLE_LINE_DIRECTIVE = /^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|else|endif|include|define|undef)\b/mu;

/** The directive a whole line holds (`#if DEBUG`, `  # endif`), if it is one plistlint sets aside. */
export function directiveOfLine(line: string): DirectiveName | undefined {
  return WHOLE_LINE_DIRECTIVE.exec(line)?.[1] as DirectiveName | undefined;
}

/** Whether any line of the text looks like a directive, wherever it is: to explain an XML error it causes. */
export function hasDirectiveLines(text: string): boolean {
  return WHOLE_LINE_DIRECTIVE.test(text);
}

/** The explanation every preprocessing message carries. */
const BUILD_SETTING = "Xcode's Info.plist preprocessing, INFOPLIST_PREPROCESS";

/** An #if with its written branches; `hasElse` when one of them is #else. */
interface Conditional {
  branches: Branch[];
  hasElse: boolean;
  /** The #if line, for the implied #else's label and for messages. */
  opening: PreprocessorLine;
  /** For an #if inside a branch of another: that #if (its index among all, which come in text order) and branch. */
  parent: { conditional: number; branch: number } | null;
}

/** Pairs the #if, #elif, #else and #endif lines; an unbalanced one is an error. */
function conditionalsOf(lines: PreprocessorLine[], text: string): Conditional[] | PendingError {
  const open: { conditional: Conditional; header: PreprocessorLine }[] = [];
  const all: Conditional[] = [];
  /** Ends the branch that `header` opened at the directive line `next`. */
  const closeBranch = (header: PreprocessorLine, next: PreprocessorLine, conditional: Conditional): void => {
    const contentStart = Math.min(text.length, header.range[1] + (text.startsWith("\r\n", header.range[1]) ? 2 : 1));
    const label = header.name === "else" ? `#else of ${conditional.opening.text}` : header.text;
    conditional.branches.push({
      label,
      lines: next.line - header.line > 1 ? { first: header.line + 1, last: next.line - 1 } : null,
      content: [contentStart, next.range[0]],
    });
  };
  for (const line of lines) {
    const current = open.at(-1);
    switch (line.name) {
      case "if":
      case "ifdef":
      case "ifndef": {
        const parent = current ? { conditional: all.indexOf(current.conditional), branch: current.conditional.branches.length } : null;
        const conditional: Conditional = { branches: [], hasElse: false, opening: line, parent };
        all.push(conditional);
        open.push({ conditional, header: line });
        break;
      }
      case "elif":
      case "else":
        if (!current || current.conditional.hasElse) {
          return { message: `'${line.text}' has no #if before it (${BUILD_SETTING}).`, offset: line.range[0] };
        }
        closeBranch(current.header, line, current.conditional);
        current.header = line;
        current.conditional.hasElse = line.name === "else";
        break;
      case "endif":
        if (!current) return { message: `'${line.text}' has no #if before it (${BUILD_SETTING}).`, offset: line.range[0] };
        closeBranch(current.header, line, current.conditional);
        open.pop();
        break;
      default:
        break;
    }
  }
  const unclosed = open[0];
  if (unclosed) {
    return { message: `'${unclosed.conditional.opening.text}' has no #endif (${BUILD_SETTING}).`, offset: unclosed.conditional.opening.range[0] };
  }
  return all;
}

/** The text with `ranges` replaced by spaces, line breaks kept, so that every offset and position stays the same. */
function blanked(text: string, ranges: Range[]): string {
  let result = "";
  let at = 0;
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    result += text.slice(at, from) + text.slice(from, end).replace(/[^\r\n]/gu, " ");
    at = end;
  }
  return result + text.slice(at);
}

/** A reading of one text: what `parse` makes of it before positions are attached to its errors. */
export interface Reading {
  ast: Document;
  comments: Comment[];
  errors: PendingError[];
  preprocessorLines: PreprocessorLine[];
}

/**
 * Lints what Xcode would build: the directive lines set aside (as spaces, so that positions stay), and each #if
 * read once per branch. `read` parses a text of the same length and lines. Either the variants, or one error
 * naming the build setting: an unbalanced #if, or a choice of branches that is no valid plist.
 */
export function preprocess(
  text: string,
  reading: Reading,
  read: (variantText: string) => Reading,
): { preprocessing: Preprocessing; errors: PendingError[] } {
  const lines = reading.preprocessorLines;
  const conditionals = conditionalsOf(lines, text);
  const none: Preprocessing = { lines, branches: [], variants: [] };
  if (!Array.isArray(conditionals)) return { preprocessing: none, errors: [conditionals] };
  if (conditionals.length === 0) {
    // #include and #define lines only: the text as read, those lines being white space to the tree builder.
    return { preprocessing: { ...none, variants: [{ label: "", ast: reading.ast, comments: reading.comments }] }, errors: reading.errors };
  }
  // Each #if has its written branches and, without #else, an empty one. Variants are made until every branch of
  // every #if has been linted: each #if takes a branch not linted yet, else one that holds an #if with such a
  // branch, so that every variant lints something new.
  const alternatives = (conditional: Conditional): number => conditional.branches.length + (conditional.hasElse ? 0 : 1);
  const linted = conditionals.map(() => new Set<number>());
  const unfinished = (index: number): boolean => linted[index]!.size < alternatives(conditionals[index]!);
  const holdsUnfinished = (index: number, branch: number): boolean =>
    conditionals.some((_, other) => {
      if (!unfinished(other)) return false;
      for (let parent = conditionals[other]!.parent; parent; parent = conditionals[parent.conditional]!.parent) {
        if (parent.conditional === index && parent.branch === branch) return true;
      }
      return false;
    });
  const variants: Variant[] = [];
  while (conditionals.some((_, index) => unfinished(index))) {
    const taken = new Map<number, number>();
    const skipped: Range[] = [];
    const labels: string[] = [];
    // Outer #ifs come first: an #if inside a branch not taken is no part of this variant (that branch is blanked).
    conditionals.forEach((conditional, index) => {
      const { parent, branches } = conditional;
      if (parent && taken.get(parent.conditional) !== parent.branch) return;
      const choices = Array.from({ length: alternatives(conditional) }, (_, choice) => choice);
      const choice =
        choices.find((candidate) => !linted[index]!.has(candidate)) ??
        choices.find((candidate) => holdsUnfinished(index, candidate)) ??
        0;
      taken.set(index, choice);
      linted[index]!.add(choice);
      branches.forEach((branch, position) => {
        if (position !== choice) skipped.push(branch.content);
      });
      labels.push(branches[choice]?.label ?? `no ${conditional.opening.text}`);
    });
    const label = [...new Set(labels)].join(", ");
    const variant = read(blanked(text, [...lines.map((line) => line.range), ...skipped]));
    const [first] = variant.errors.sort((a, b) => a.offset - b.offset);
    if (first) {
      const message = `Preprocessed with ${label} (${BUILD_SETTING}), this Info.plist is not a valid plist: ${first.message}`;
      return { preprocessing: none, errors: [{ message, offset: first.offset }] };
    }
    variants.push({ label, ast: variant.ast, comments: variant.comments });
  }
  return { preprocessing: { lines, branches: conditionals.flatMap((conditional) => conditional.branches), variants }, errors: [] };
}
