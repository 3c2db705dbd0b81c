/** Written out rather than read from package.json so that bundles (the .vsix) carry it; a test keeps them equal. */
export const VERSION = "0.1.0";
