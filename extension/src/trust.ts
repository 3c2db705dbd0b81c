import { type Disposable, workspace } from "vscode";
import { DidChangeConfigurationNotification, type LanguageClient, type Middleware } from "vscode-languageclient/node";

/** VS Code's Restricted Mode is the engine's untrusted mode: no eslint.config.* (code) from the workspace runs. */
export function currentTrust(): "trusted" | "untrusted" {
  return workspace.isTrusted ? "trusted" : "untrusted";
}

/** The settings the server asks for, with the workspace's trust added to plistlint's section. */
export const trustMiddleware: Middleware = {
  workspace: {
    configuration: async (params, token, next) => {
      const answers = await next(params, token);
      if (!Array.isArray(answers)) return answers;
      return answers.map((answer: unknown, index) =>
        params.items[index]?.section === "plistlint" && typeof answer === "object" && answer !== null ? { ...answer, trust: currentTrust() } : answer,
      );
    },
  },
};

/** When the user trusts the folder, the server reads the settings again and lints with the project's config: no reload. */
export function onTrustGranted(client: LanguageClient, log: (message: string) => void): Disposable {
  return workspace.onDidGrantWorkspaceTrust(() => {
    log("The workspace is now trusted: its eslint.config.* may be used.");
    void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  });
}
