// End-to-end test seam, active only when PLISTLINT_E2E names an output file (test/vscode/e2e.js sets it; nobody
// else does). In the real VS Code it opens the workspace's Info.plist, waits for plistlint's diagnostics, shows the
// quick-fix menu for a screenshot, applies "Remove NSAllowsArbitraryLoads" through the VS Code API, saves, and writes
// what it saw as JSON.
import { existsSync, writeFileSync } from "node:fs";
import { type CodeAction, CodeActionKind, type ExtensionContext, type Hover, Range, Selection, type Uri, commands, languages, window, workspace } from "vscode";

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await delay(100)) {
    const value = await read();
    if (value !== undefined) return value;
  }
  return undefined;
}

export async function runE2E(_context: ExtensionContext, output: Uri): Promise<void> {
  const result: Record<string, unknown> = {};
  try {
    const [file] = await workspace.findFiles("**/Info.plist", "**/node_modules/**", 1);
    if (!file) throw new Error("no Info.plist in the workspace");
    const document = await workspace.openTextDocument(file);
    const editor = await window.showTextDocument(document);
    result.languageId = document.languageId;
    const diagnostics = await until(() => {
      const found = languages.getDiagnostics(file).filter((diagnostic) => diagnostic.source === "plistlint");
      return found.length > 0 ? found : undefined;
    }, 60_000);
    if (!diagnostics) throw new Error("no plistlint diagnostics within 60 s");
    result.diagnostics = diagnostics.map((diagnostic) => ({
      code: typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code,
      line: diagnostic.range.start.line + 1,
      severity: diagnostic.severity,
    }));
    const target = diagnostics.find((diagnostic) => (typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code) === "plist/no-arbitrary-loads");
    if (!target) throw new Error("no plist/no-arbitrary-loads diagnostic");

    const hovers = await commands.executeCommand<Hover[]>("vscode.executeHoverProvider", file, target.range.start.translate(0, 6));
    result.hover = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === "string" ? content : content.value))).join("\n");

    // The squiggle and the quick-fix menu, for the screenshot the test takes when the marker file appears.
    editor.selection = new Selection(target.range.start.translate(0, 7), target.range.start.translate(0, 7));
    await commands.executeCommand("editor.action.quickFix");
    const marker = `${output.fsPath}.menu-open`;
    writeFileSync(marker, "");
    await until(() => (existsSync(`${output.fsPath}.screenshot-taken`) ? true : undefined), 20_000);
    await commands.executeCommand("hideCodeActionWidget");

    const actions = await commands.executeCommand<CodeAction[]>("vscode.executeCodeActionProvider", file, new Range(target.range.start, target.range.end), CodeActionKind.QuickFix.value);
    result.actions = actions.map((action) => ({ title: action.title, preferred: action.isPreferred === true }));
    const remove = actions.find((action) => action.title === "Remove NSAllowsArbitraryLoads");
    if (!remove?.edit) throw new Error("no 'Remove NSAllowsArbitraryLoads' action");
    result.applied = await workspace.applyEdit(remove.edit);
    result.saved = await document.save();
    result.after = await until(() => {
      const codes = languages.getDiagnostics(file).map((diagnostic) => (typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code));
      return codes.includes("plist/no-arbitrary-loads") ? undefined : codes;
    }, 20_000);
    result.text = document.getText();
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  writeFileSync(output.fsPath, JSON.stringify(result, null, 2));
}
