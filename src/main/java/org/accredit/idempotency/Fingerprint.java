package org.accredit.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * What makes two requests "the same" for one key: the caller (who may reuse the key) and the payload
 * (method, path and a SHA-256 of the body). Only digests are kept.
 *
 * @param caller  SHA-256 of the caller's identity: a signed-in user's name, a tracking secret, or none
 * @param payload SHA-256 of the method, the path (with its query) and the body's SHA-256
 */
public record Fingerprint(byte[] caller, byte[] payload) {

    public Fingerprint {
        caller = caller.clone();
        payload = payload.clone();
    }

    @Override
    public byte[] caller() {
        return caller.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    /**
     * @param method   the HTTP method (or, for page code, a name for the action)
     * @param path     the request path with its query
     * @param identity the caller's identity (e.g. "user:reviewer", "secret:" + a tracking secret), null for none
     * @param body     the request body, or a canonical form of what the form posted
     */
    public static Fingerprint of(String method, String path, String identity, byte[] body) {
        byte[] caller = sha256(identity == null ? "anonymous" : identity);
        MessageDigest sha = sha();
        sha.update(method.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(path.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(sha().digest(body == null ? new byte[0] : body));
        return new Fingerprint(caller, sha.digest());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f && Arrays.equals(f.caller, caller) && Arrays.equals(f.payload, payload);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(caller) + Arrays.hashCode(payload);
    }

    static byte[] sha256(String text) {
        return sha().digest(text.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
