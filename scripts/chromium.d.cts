/** Debian's Chromium, or CHROME_BIN when set. */
export declare const chromiumPath: string;
/** Flags every headless Chromium here starts with. */
export declare const chromiumFlags: readonly string[];
