package org.accredit.idempotency;

import java.util.Arrays;

/**
 * A response as the client received it, kept to be replayed: status, Content-Type, Location (or
 * null) and the body's bytes.
 */
public record StoredResponse(int status, String contentType, String location, byte[] body) {

    public StoredResponse {
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** 2xx, or 3xx (a browser's form post answered with a redirect to its thank-you page): kept for replay. */
    public boolean successful() {
        return status >= 200 && status < 400;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredResponse r && r.status == status && java.util.Objects.equals(r.contentType, contentType)
                && java.util.Objects.equals(r.location, location) && Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(status, contentType, location) + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "StoredResponse[" + status + ", " + contentType + ", " + location + ", " + body.length + " bytes]";
    }
}
