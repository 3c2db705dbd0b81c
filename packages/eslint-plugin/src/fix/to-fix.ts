import type { RuleTextEdit, RuleTextEditor } from "@eslint/core";
import type { Edits } from "./edits.js";

/**
 * Turns our edits into an ESLint fix (or suggestion) function. Edits the file's syntax cannot express (null) give a
 * function that changes nothing, which ESLint takes as no fix: the problem is reported without a fix, and the
 * suggestion is left out. Every rule's fixes and suggestions go through here.
 */
export function toFix(edits: Edits): (fixer: RuleTextEditor) => RuleTextEdit[] {
  return (fixer) => (edits ?? []).map((edit) => fixer.replaceTextRange(edit.range, edit.text));
}
