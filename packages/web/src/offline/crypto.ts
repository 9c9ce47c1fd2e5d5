/**
 * Encryption of what the app keeps on the device (drafts and screenings waiting to be sent): AES-256-GCM through
 * WebCrypto under a key generated on the device as non-extractable. The key is kept in IndexedDB as a CryptoKey
 * object, which the browser stores but never hands out as bytes: nothing on the device holds it in readable form.
 * Every record gets a fresh 96-bit IV, and its id and owner are bound to the ciphertext as additional data, so a
 * record copied under another id or user does not decrypt.
 */

/** A record as it is stored: the IV and the ciphertext (with its 128-bit tag); nothing else is readable. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const ALGORITHM = 'AES-GCM';
const IV_BYTES = 12;

/** A new device key: AES-256-GCM, usable to encrypt and decrypt, never exportable. */
export function generateDeviceKey(): Promise<CryptoKey> {
  return crypto.subtle.generateKey({ name: ALGORITHM, length: 256 }, false, ['encrypt', 'decrypt']);
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The additional data that ties a sealed value to where it is stored. */
export function recordContext(recordId: string, owner: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`harbor-offline/v1/${owner}/${recordId}`);
}

/** Encrypts a JSON-serialisable value with a fresh random IV. */
export async function seal(key: CryptoKey, value: unknown, context: Uint8Array<ArrayBuffer>): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await crypto.subtle.encrypt(
    { name: ALGORITHM, iv, additionalData: context },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, data };
}

/** Decrypts what `seal` produced; throws when the key, the context or a single bit differs. */
export async function unseal<T>(key: CryptoKey, sealed: Sealed, context: Uint8Array<ArrayBuffer>): Promise<T> {
  const plain = await crypto.subtle.decrypt(
    { name: ALGORITHM, iv: sealed.iv, additionalData: context },
    key,
    sealed.data,
  );
  return JSON.parse(decoder.decode(plain)) as T;
}
