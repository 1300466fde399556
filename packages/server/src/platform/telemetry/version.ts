/** The server's version, reported by the health endpoints. */
export const SERVER_VERSION = '0.1.0';
