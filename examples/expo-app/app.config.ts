import type { ConfigContext, ExpoConfig } from "expo/config";

const isDevelopmentBuild = process.env.APP_VARIANT === "development";

// Expo reads app.json first and passes it here as `config`.
export default ({ config }: ConfigContext): ExpoConfig => ({
  ...config,
  name: isDevelopmentBuild ? "Recipes (Dev)" : "Recipes",
  slug: "recipes",
  ios: {
    ...config.ios,
    bundleIdentifier: isDevelopmentBuild ? "com.example.recipes.dev" : "com.example.recipes",
    infoPlist: {
      ...config.ios?.infoPlist,
      NSAppTransportSecurity: {
        // Added for development builds (the API on the developer's machine), but set for every build.
        NSAllowsArbitraryLoads: true,
        NSExceptionDomains: {
          "api.recipes.example": { NSExceptionMinimumTLSVersion: "1.2" },
        },
      },
    },
  },
});
