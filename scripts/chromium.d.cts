/** Debian's Chromium, or CHROME_BIN when set. */
export declare const chromiumPath: string;
/** The end-to-end tests' browser: Debian's headless shell when installed, else Chromium. */
export declare const e2eChromiumPath: string;
/** Flags every headless Chromium here starts with. */
export declare const chromiumFlags: readonly string[];
