import type { RuleTextEdit, RuleTextEditor } from "@eslint/core";
import type { TextEdit } from "./edits.js";

/** Turns our edits into an ESLint fix (or suggestion) function. */
export function toFix(edits: TextEdit[]): (fixer: RuleTextEditor) => RuleTextEdit[] {
  return (fixer) => edits.map((edit) => fixer.replaceTextRange(edit.range, edit.text));
}
