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

    /** This response as JAX-RS answers it; a replay carries {@code Idempotent-Replayed: true}. */
    public jakarta.ws.rs.core.Response toResponse(boolean replayed) {
        jakarta.ws.rs.core.Response.ResponseBuilder b = jakarta.ws.rs.core.Response.status(status);
        if (replayed) {
            b.header(IdempotencyKey.REPLAYED_HEADER, "true");
        }
        if (location != null) {
            b.header(jakarta.ws.rs.core.HttpHeaders.LOCATION, location);
        }
        if (body.length > 0) {
            b.entity(body.clone()).type(contentType);
        }
        return b.build();
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
