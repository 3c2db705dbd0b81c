// End-to-end test seam, active only when PLISTLINT_E2E names an output file (test/vscode/e2e.js sets it; nobody
// else does). In the real VS Code it walks through what a reviewer and a developer do, writes what it saw as JSON, and
// hands the browser side (puppeteer) the steps only it can take, through marker files: `<output>.<step>` asks,
// `<output>.<step>-done` answers.
// 1. Restricted Mode: the folder is untrusted; diagnostics come from the built-in preset and the workspace's planted
//    eslint.config.mjs is not run. The browser side trusts the folder; without a reload the project's config applies.
// 2. The quick-fix menu (screenshot), "Remove NSAllowsArbitraryLoads" applied through the VS Code API, and saved.
// 3. Completion accepted in the editor: the value's line indented once, as the key's.
// 4. The policy view: a read-only preview named after the file (no Untitled document), refreshed on an edit.
import { existsSync, writeFileSync } from "node:fs";
import {
  type CodeAction,
  CodeActionKind,
  type ExtensionContext,
  type Hover,
  Position,
  Range,
  Selection,
  type TextDocument,
  TextEditorRevealType,
  type Uri,
  WorkspaceEdit,
  commands,
  languages,
  window,
  workspace,
} from "vscode";
import { POLICY_SCHEME } from "./policy-view.js";

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function until<T>(read: () => T | undefined | Promise<T | undefined>, timeoutMs: number): Promise<T | undefined> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await delay(100)) {
    const value = await read();
    if (value !== undefined) return value;
  }
  return undefined;
}

/** Asks the browser side to take a step (a screenshot, a click) and waits until it says it has. */
async function browserStep(output: Uri, step: string): Promise<void> {
  writeFileSync(`${output.fsPath}.${step}`, "");
  if (!(await until(() => (existsSync(`${output.fsPath}.${step}-done`) ? true : undefined), 60_000))) throw new Error(`the browser did not take the step '${step}'`);
}

const codeOf = (code: string | number | { value: string | number } | undefined): string => String(typeof code === "object" ? code.value : code);

function plistlintCodes(file: Uri): string[] {
  return languages
    .getDiagnostics(file)
    .filter((diagnostic) => diagnostic.source === "plistlint")
    .map((diagnostic) => `${codeOf(diagnostic.code)}@${diagnostic.range.start.line + 1}`);
}

/** Phase 1: Restricted Mode, then trust granted in the browser, and the project's config without a reload. */
async function restrictedMode(document: TextDocument, output: Uri, result: Record<string, unknown>): Promise<void> {
  const file = document.uri;
  result.trustedAtStart = workspace.isTrusted;
  // The ATS settings in view, for the screenshot.
  const atsLine = document.getText().split("\n").findIndex((line) => line.includes("<key>NSAppTransportSecurity</key>"));
  (await window.showTextDocument(document)).revealRange(new Range(atsLine, 0, atsLine, 0), TextEditorRevealType.AtTop);
  result.restricted = await until(() => {
    const codes = plistlintCodes(file);
    return codes.length > 0 ? codes : undefined;
  }, 60_000);
  await browserStep(output, "restricted"); // screenshot, and the language status item read in the page
  const granted = new Promise<void>((resolve) => workspace.onDidGrantWorkspaceTrust(() => resolve()));
  await commands.executeCommand("workbench.trust.manage");
  await browserStep(output, "trust"); // the browser clicks "Trust"
  await Promise.race([granted, delay(30_000)]);
  result.trustedAfter = workspace.isTrusted;
  await commands.executeCommand("workbench.action.closeActiveEditor"); // the Workspace Trust editor
  result.trusted = await until(() => {
    const codes = plistlintCodes(file);
    return codes.length > 0 && JSON.stringify(codes) !== JSON.stringify(result.restricted) ? codes : undefined;
  }, 60_000);
}

/** Phase 2: hover, the quick-fix menu, and the preferred fix applied and saved. */
async function quickFix(document: TextDocument, output: Uri, result: Record<string, unknown>): Promise<void> {
  const file = document.uri;
  const editor = await window.showTextDocument(document);
  const diagnostics = languages.getDiagnostics(file).filter((diagnostic) => diagnostic.source === "plistlint");
  result.diagnostics = diagnostics.map((diagnostic) => ({ code: codeOf(diagnostic.code), line: diagnostic.range.start.line + 1, severity: diagnostic.severity }));
  const target = diagnostics.find((diagnostic) => codeOf(diagnostic.code) === "plist/no-arbitrary-loads");
  if (!target) throw new Error("no plist/no-arbitrary-loads diagnostic");

  const hovers = await commands.executeCommand<Hover[]>("vscode.executeHoverProvider", file, target.range.start.translate(0, 6));
  result.hover = hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === "string" ? content : content.value))).join("\n");

  // The squiggle and the quick-fix menu, for the screenshot.
  editor.selection = new Selection(target.range.start.translate(0, 7), target.range.start.translate(0, 7));
  await commands.executeCommand("editor.action.quickFix");
  await delay(1500); // let the menu render
  await browserStep(output, "menu");
  await commands.executeCommand("hideCodeActionWidget");

  const actions = await commands.executeCommand<CodeAction[]>("vscode.executeCodeActionProvider", file, new Range(target.range.start, target.range.end), CodeActionKind.QuickFix.value);
  result.actions = actions.map((action) => ({ title: action.title, preferred: action.isPreferred === true }));
  const remove = actions.find((action) => action.title === "Remove NSAllowsArbitraryLoads");
  if (!remove?.edit) throw new Error("no 'Remove NSAllowsArbitraryLoads' action");
  result.applied = await workspace.applyEdit(remove.edit);
  result.saved = await document.save();
  result.savedText = document.getText();
  result.after = await until(() => {
    const codes = plistlintCodes(file);
    return codes.some((code) => code.startsWith("plist/no-arbitrary-loads@")) ? undefined : codes;
  }, 20_000);
}

/** Phase 3: a key typed on a line indented with two tabs, completed in the editor. */
async function completion(document: TextDocument, result: Record<string, unknown>): Promise<void> {
  const editor = await window.showTextDocument(document);
  const atsLine = document.getText().split("\n").findIndex((line) => line.includes("<key>NSAppTransportSecurity</key>"));
  const line = atsLine + 2; // inside the ATS dict, after its <dict>
  await editor.edit((builder) => builder.insert(new Position(line, 0), "\t\tNSAllowsLoc\n"));
  editor.selection = new Selection(new Position(line, 13), new Position(line, 13));
  await commands.executeCommand("editor.action.triggerSuggest");
  await delay(2000);
  await commands.executeCommand("acceptSelectedSuggestion");
  await delay(500);
  result.completed = document.getText().split("\n").slice(line, line + 3).join("\n");
}

/** Phase 4: the policy view, then an edit of the file that refreshes it. */
async function policyView(document: TextDocument, output: Uri, result: Record<string, unknown>): Promise<void> {
  await window.showTextDocument(document);
  await commands.executeCommand("plistlint.showPolicy");
  const policyText = (): string | undefined => workspace.textDocuments.find((candidate) => candidate.uri.scheme === POLICY_SCHEME)?.getText();
  result.policy = await until(policyText, 20_000);
  result.policyPath = workspace.textDocuments.find((candidate) => candidate.uri.scheme === POLICY_SCHEME)?.uri.path;
  await delay(1500); // let the preview render
  await browserStep(output, "policy");
  // An exception domain renamed (the preview now has the editor's place): the view follows the edit.
  const at = document.getText().indexOf("cdn.pantry.example");
  const rename = new WorkspaceEdit();
  rename.replace(document.uri, new Range(document.positionAt(at), document.positionAt(at + "cdn.pantry.example".length)), "refreshed.example");
  await workspace.applyEdit(rename);
  result.policyRefreshed = await until(() => (policyText()?.includes("refreshed.example") ? true : undefined), 20_000);
  result.untitled = workspace.textDocuments.filter((candidate) => candidate.uri.scheme === "untitled").length;
}

export async function runE2E(_context: ExtensionContext, output: Uri): Promise<void> {
  const result: Record<string, unknown> = {};
  try {
    const [file] = await workspace.findFiles("**/Info.plist", "**/node_modules/**", 1);
    if (!file) throw new Error("no Info.plist in the workspace");
    const document = await workspace.openTextDocument(file);
    await window.showTextDocument(document);
    result.languageId = document.languageId;
    await restrictedMode(document, output, result);
    await quickFix(document, output, result);
    await completion(document, result);
    await policyView(document, output, result);
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  }
  writeFileSync(output.fsPath, JSON.stringify(result, null, 2));
}
