/** The package's name and version, sent in the `x-oversight-sdk` and `user-agent` headers (kept equal to sdk/package.json by a test). */
export const SDK_NAME = '@cluster-oversight/sdk';
export const SDK_VERSION = '0.1.0';
