import plist from "eslint-plugin-plist";

export default [...plist.configs.recommended];
