import type { XmlAttribute, XmlElement } from "@plistlint/parser";

/** An `<access>` or `<allow-navigation>` element: an origin the app may reach, which cordova-ios maps to ATS. */
export interface AllowlistElement {
  kind: "access" | "allow-navigation";
  element: XmlElement;
  /** `origin` of `<access>`, `href` of `<allow-navigation>`; undefined when missing. */
  url: XmlAttribute | undefined;
}

/** An `<edit-config>` or `<config-file>` that writes plist XML under a top-level key of the app's Info.plist. */
export interface InfoPlistEdit {
  element: XmlElement;
  /** The Info.plist key it writes: `target` of `<edit-config>`, `parent` of `<config-file>`. */
  key: XmlAttribute;
}

/** What cordova-ios reads of a config.xml for the app's Info.plist, in the order it reads them. */
export interface CordovaConfig {
  allowlist: AllowlistElement[];
  infoPlistEdits: InfoPlistEdit[];
}

export function attribute(element: XmlElement, name: string): XmlAttribute | undefined {
  return element.attributes.find((candidate) => candidate.name === name);
}

/** The file an edit-config or config-file names (`*-Info.plist`, `App/App-Info.plist`): cordova-common globs for it. */
function isInfoPlist(file: XmlAttribute | undefined): boolean {
  return file !== undefined && /(?:^|[\\/*-])Info\.plist$/u.test(file.value);
}

/**
 * The elements of a Cordova config.xml that shape the app's Info.plist, as cordova-ios's prepare step sees them: the
 * platform config.xml it writes is the widget's children followed by those of `<platform name="ios">` (cordova-common's
 * mergeXml); it reads every `<allow-navigation>` and then every `<access>` (processAccessAndAllowNavigationEntries);
 * cordova-lib then applies the `<edit-config>`s and then the `<config-file>`s, each from the widget and then from
 * `<platform name="ios">` (ConfigParser's getEditConfigs / getConfigFiles). Other platforms' elements are not iOS's.
 */
export function cordovaConfig(widget: XmlElement): CordovaConfig {
  const ios = widget.children.filter((child) => child.name === "platform" && attribute(child, "name")?.value === "ios");
  const merged = [...widget.children, ...ios.flatMap((platform) => platform.children)];
  const allowlist = (kind: AllowlistElement["kind"]): AllowlistElement[] =>
    merged.filter((element) => element.name === kind).map((element) => ({ kind, element, url: attribute(element, kind === "access" ? "origin" : "href") }));
  const edits = (name: string, file: string, key: string): InfoPlistEdit[] =>
    merged.flatMap((element) => {
      const target = attribute(element, key);
      return element.name === name && isInfoPlist(attribute(element, file)) && target ? [{ element, key: target }] : [];
    });
  return {
    allowlist: [...allowlist("allow-navigation"), ...allowlist("access")],
    infoPlistEdits: [...edits("edit-config", "file", "target"), ...edits("config-file", "target", "parent")],
  };
}
