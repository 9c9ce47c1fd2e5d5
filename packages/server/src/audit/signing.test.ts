import { createPublicKey, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditPublicKey, auditSigner, signatureMatches } from './signing.js';

describe('the audit signing key', () => {
  const signer = auditSigner(Buffer.alloc(32, 1));

  it('is an Ed25519 key derived from the secret key: the same again, another for another secret', () => {
    expect(signer.publicKey).toMatch(/^[0-9a-f]{64}$/);
    expect(auditPublicKey(Buffer.alloc(32, 1))).toBe(signer.publicKey);
    expect(auditPublicKey(Buffer.alloc(32, 2))).not.toBe(signer.publicKey);
    expect(() => auditSigner(Buffer.alloc(16))).toThrow(/32 bytes/);
  });

  it('signs so that node:crypto, given only the public key, verifies the signature', () => {
    const signature = signer.sign('checkpoint text');
    expect(signature).toMatch(/^[0-9a-f]{128}$/);
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(signer.publicKey, 'hex')]);
    const key = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    expect(key.asymmetricKeyType).toBe('ed25519');
    expect(verify(null, Buffer.from('checkpoint text'), key, Buffer.from(signature, 'hex'))).toBe(true);
  });

  it('accepts a signature only for its text and its key, and refuses anything malformed', () => {
    const signature = signer.sign('checkpoint text');
    expect(signatureMatches(signer.publicKey, 'checkpoint text', signature)).toBe(true);
    expect(signatureMatches(signer.publicKey, 'checkpoint text!', signature)).toBe(false);
    expect(signatureMatches(auditPublicKey(Buffer.alloc(32, 2)), 'checkpoint text', signature)).toBe(false);
    const flipped = (signature[0] === '0' ? '1' : '0') + signature.slice(1);
    expect(signatureMatches(signer.publicKey, 'checkpoint text', flipped)).toBe(false);
    expect(signatureMatches(signer.publicKey, 'checkpoint text', 'not a signature')).toBe(false);
    expect(signatureMatches('not a key', 'checkpoint text', signature)).toBe(false);
    expect(signatureMatches(signer.publicKey.toUpperCase(), 'checkpoint text', signature)).toBe(false);
  });
});
