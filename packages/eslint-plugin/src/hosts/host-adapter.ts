import type { SourceLocation } from "@plistlint/parser";
import type { PlistSource } from "../language/plist-source.js";
import { runVisitors, type Visitors } from "../language/traversal.js";
import { type HostSourceCode, hostOf, hostPlistSources } from "./hosts.js";

type Report = (descriptor: { loc?: SourceLocation | SourceLocation["start"]; node?: { loc: SourceLocation } }) => void;

/** Our positions count columns from 0; the host language may count them from 1. */
function shifted(loc: SourceLocation | SourceLocation["start"], by: number): SourceLocation | SourceLocation["start"] {
  if (by === 0) return loc;
  const move = (position: SourceLocation["start"]) => ({ line: position.line, column: position.column + by });
  return "start" in loc ? { start: move(loc.start), end: move(loc.end) } : move(loc);
}

/**
 * Lets a plist rule run where apps write their Info.plist in another syntax: in a plist language it is the rule
 * itself; in JSON (@eslint/json's languages), JavaScript/TypeScript (ESTree) or YAML (yaml-eslint-parser) it reads
 * each plist the file holds (an Expo config's `infoPlist`, an XcodeGen target's `info.properties`, …) and runs the
 * same rule on it, reporting at the file's own positions with that syntax's edits.
 */
function hostAware<Context extends { sourceCode: unknown; filename: string; report: Report }>(context: Context, create: (context: Context) => object): object {
  // A plist language's own SourceCode is already what the rules read.
  if ((context.sourceCode as Partial<PlistSource>).syntax) return create(context);
  const host = context.sourceCode as HostSourceCode;
  const reader = hostOf(host.ast);
  const found = hostPlistSources(host, context.filename);
  if (!reader || !found?.length) return {};
  const report: Report = (descriptor) => {
    const loc = descriptor.loc ?? descriptor.node?.loc;
    context.report({ ...descriptor, node: undefined, ...(loc ? { loc: shifted(loc, reader.columnStart) } : {}) });
  };
  const exit = `${host.ast.type}:exit`;
  return {
    [exit]: () => {
      for (const source of found) {
        if (!source.ast.value) continue;
        const sourceContext = Object.create(context, { sourceCode: { value: source }, report: { value: report } }) as Context;
        runVisitors(create(sourceContext) as Visitors, source.ast);
      }
    },
  };
}

/**
 * The rules as ESLint gets them: each also runs on the plists other syntaxes hold. Kept out of the rules
 * themselves, which know only the plist AST.
 */
export function withHosts<Rules extends Record<string, { create: (context: never) => object }>>(rules: Rules): Rules {
  return Object.fromEntries(
    Object.entries(rules).map(([id, rule]) => [id, { ...rule, create: (context: never) => hostAware(context, rule.create as never) }]),
  ) as Rules;
}
