/**
 * Where the encryption key may come from besides `MERIDIAN_ENCRYPTION_KEY`:
 * a key management service (AWS KMS, Google Cloud KMS, Azure Key Vault,
 * HashiCorp Vault …), reached by a hospital's own start-up code. Meridian
 * ships no client for any of them; an entry point that wires one passes it to
 * `bootServices`, and the server then starts on Postgres without the
 * variable.
 *
 * @module
 */

/**
 * A source of the one AES-256 key every Meridian process of a deployment
 * shares (servers and workers: a job queued by one is opened by another).
 *
 * @example
 * ```ts
 * const fromVault: EncryptionKeyProvider = {
 *   name: 'vault:transit/meridian',
 *   loadKey: async () => Buffer.from(await readSecretFromVault(), 'base64'),
 * };
 * await bootServices(process.env, 'server', { keyProvider: fromVault });
 * ```
 */
export interface EncryptionKeyProvider {
  /** Named in the start-up log (never the key itself). */
  readonly name: string;
  /** The 32-byte key; called once, at start-up. */
  loadKey(): Promise<Buffer>;
}
