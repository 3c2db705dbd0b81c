// The GitHub Action (action.yml): its definition is checked as GitHub reads it, and its lint step (action/run.js) runs
// here as the runner runs it, on a small repository, with the inputs in INPUT_* and the outputs in $GITHUB_OUTPUT.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Log } from "sarif";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ARBITRARY_LOADS, CLEAN, REPO, project } from "./cli/cli-helpers.js";

interface ActionStep {
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}

interface Action {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: ActionStep[] };
}

const actionText = readFileSync(join(REPO, "action.yml"), "utf8");
const action = parse(actionText) as Action;

/** The inputs as action.yml passes them to the lint step: its defaults, with `inputs` over them. */
function inputEnvironment(inputs: Record<string, string>): Record<string, string> {
  const lint = action.runs.steps.find((step) => step.id === "lint")!;
  return Object.fromEntries(
    Object.entries(lint.env!).map(([name, expression]) => {
      const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/u.exec(expression)![1]!;
      return [name, inputs[input] ?? action.inputs[input]!.default ?? ""];
    }),
  );
}

interface ActionRun {
  status: number | null;
  stdout: string;
  outputs: Record<string, string>;
}

/** Runs the lint step in `cwd` (the workspace) as the runner would; `script` may be a copy of action/run.js. */
function runLintStep(cwd: string, inputs: Record<string, string> = {}, script = join(REPO, "action", "run.js")): ActionRun {
  const outputFile = join(cwd, ".github-output");
  writeFileSync(outputFile, "");
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [script], {
    cwd,
    encoding: "utf8",
    env: { ...inherited, ...inputEnvironment(inputs), GITHUB_OUTPUT: outputFile },
    timeout: 60_000,
  });
  const outputs = Object.fromEntries(
    readFileSync(outputFile, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { status: result.status, stdout: result.stdout, outputs };
}

describe("action.yml", () => {
  it("is a composite action with the documented inputs and outputs", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs).sort()).toEqual(["category", "fail-on-findings", "format", "paths", "preset", "sarif-file", "upload"]);
    expect(Object.keys(action.outputs).sort()).toEqual(["exit-code", "sarif-file"]);
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
  });

  it("has the inputs and defaults that the README's table documents", () => {
    const readme = readFileSync(join(REPO, "README.md"), "utf8");
    const table = [...readme.matchAll(/^\| `([\w-]+)` \| `([^`]*)` \|/gmu)].map(([, name, value]) => [name, value]);
    expect(Object.fromEntries(table)).toEqual(Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, input.default])));
  });

  it("uses every input, refers only to inputs and steps it has, and uses actions by a major version tag", () => {
    const steps = JSON.stringify(action.runs.steps);
    const used = new Set([...steps.matchAll(/\binputs\.([\w-]+)/gu)].map((match) => match[1]));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
    const stepIds = new Set(action.runs.steps.map((step) => step.id).filter(Boolean));
    for (const [, id] of actionText.matchAll(/\bsteps\.([\w-]+)\.outputs\./gu)) expect(stepIds).toContain(id);
    for (const step of action.runs.steps) {
      if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+(?:\/[\w-]+)*@v\d+$/u);
      else expect(step.shell).toBe("bash");
    }
  });

  it("sets up Node 20 only when the runner's Node cannot run plistlint", () => {
    const [check, setupNode] = action.runs.steps;
    expect(setupNode).toMatchObject({ if: "steps.node.outputs.suitable != 'true'", uses: "actions/setup-node@v4", with: { "node-version": 20 } });
    const nodeCheck = /node -e '([^']+)'/u.exec(check!.run!)![1]!;
    // The check is the engines range of the CLI's package, tried here on this Node.
    expect(readFileSync(join(REPO, "packages", "cli", "package.json"), "utf8")).toContain('"node": "^20.19.0 || ^22.13.0 || >=24"');
    expect(spawnSync(process.execPath, ["-e", nodeCheck]).status).toBe(0);
  });

  it("uploads the SARIF file with the category, then applies fail-on-findings", () => {
    const steps = action.runs.steps;
    const upload = steps.findIndex((step) => step.uses === "github/codeql-action/upload-sarif@v3");
    expect(steps[upload]).toMatchObject({
      if: "inputs.upload == 'true'",
      with: { sarif_file: "${{ steps.lint.outputs.sarif-file }}", category: "${{ inputs.category }}" },
    });
    const failStep = steps.at(-1)!;
    expect(upload).toBe(steps.length - 2);
    expect(failStep.if).toBe("inputs.fail-on-findings == 'true' && steps.lint.outputs.exit-code == '1'");
    expect(failStep.run).toMatch(/\nexit 1\n$/u);
  });
});

describe("the action's lint step (action/run.js)", () => {
  it("writes the SARIF report, prints the report in the chosen format and hands on exit code 1 without failing", () => {
    const root = project({ "App/Info.plist": ARBITRARY_LOADS, "My Widget/Info.plist": CLEAN, "Other/Info.plist": ARBITRARY_LOADS });
    const run = runLintStep(root, { paths: "App\nMy Widget\n", format: "github" });
    expect(run.status).toBe(0);
    expect(run.outputs).toEqual({ "exit-code": "1", "sarif-file": join(root, "plistlint.sarif") });
    const sarif = JSON.parse(readFileSync(join(root, "plistlint.sarif"), "utf8")) as Log;
    expect(sarif.runs[0]!.results!.map((result) => [result.ruleId, result.locations![0]!.physicalLocation!.artifactLocation!.uri])).toEqual([
      ["plist/no-arbitrary-loads", "App/Info.plist"],
    ]);
    expect(run.stdout).toMatch(/^::error file=App\/Info\.plist,line=7,.*title=plist\/no-arbitrary-loads::/mu);
  });

  it("lints the whole workspace by default, skipping dependencies and build output", () => {
    const root = project({ "App/Info.plist": CLEAN, "ios/Pods/Target Support Files/Pods-App/Pods-App-Info.plist": ARBITRARY_LOADS });
    const run = runLintStep(root, { "sarif-file": "reports/plistlint.sarif" });
    expect(run.outputs).toEqual({ "exit-code": "0", "sarif-file": join(root, "reports", "plistlint.sarif") });
    expect((JSON.parse(readFileSync(join(root, "reports", "plistlint.sarif"), "utf8")) as Log).runs[0]!.results).toEqual([]);
  });

  it("applies the preset input", () => {
    const localNetworking = ARBITRARY_LOADS.replace("NSAllowsArbitraryLoads", "NSAllowsLocalNetworking");
    const root = project({ "App/Info.plist": localNetworking });
    expect(runLintStep(root, { preset: "recommended" }).outputs["exit-code"]).toBe("0");
    expect(runLintStep(root, { preset: "strict" }).stdout).toContain("plist/no-local-networking");
  });

  it("fails on a usage error (exit code 2) before anything is uploaded", () => {
    const root = project({ "App/Info.plist": CLEAN });
    const run = runLintStep(root, { preset: "lenient" });
    expect(run.status).toBe(2);
    expect(run.outputs).toEqual({ "exit-code": "2" });
  });

  it("fails with a clear message on a ref without the built CLI", () => {
    const copy = project({});
    mkdirSync(join(copy, "action"));
    copyFileSync(join(REPO, "action", "run.js"), join(copy, "action", "run.js"));
    const workspace = project({ "App/Info.plist": CLEAN });
    const run = runLintStep(workspace, {}, join(copy, "action", "run.js"));
    expect(run.status).toBe(2);
    expect(run.stdout).toContain("::error title=plistlint::This ref of plistlint/plistlint has no built CLI: use a release tag");
  });
});
