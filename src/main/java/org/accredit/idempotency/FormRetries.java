package org.accredit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Safe retries for the API's form posts (urlencoded and multipart), which {@link IdempotencyFilter}
 * leaves to their resources: the key comes from the {@code Idempotency-Key} header or, for a web form,
 * from its hidden field {@value #FIELD}; the fingerprint is the form's fields in name order and the
 * SHA-256 of each file part (a multipart boundary changes at every retry, so the raw body cannot be
 * compared). Same key and same form: the first response again (201 JSON, or the browser's 303); same
 * key and another form: 422; the first still running: 409. A form without a key runs as it is.
 */
@ApplicationScoped
public class FormRetries {

    /** The hidden field a web form carries its key in. */
    public static final String FIELD = "idempotencyKey";

    private final Idempotency idempotency;
    private final ObjectMapper json;

    public FormRetries(Idempotency idempotency, ObjectMapper json) {
        this.idempotency = idempotency;
        this.json = json;
    }

    /**
     * Runs {@code action} (one service call and its response) at most once per key.
     *
     * @param path     the request path (the key's scope, with the caller)
     * @param identity the caller, e.g. "secret:" + a tracking secret, or null for an anonymous form
     */
    public Response once(HttpHeaders headers, String path, String identity, Map<String, List<String>> fields,
            Map<String, byte[]> files, Supplier<Response> action) {
        String header = headers == null ? null : headers.getHeaderString(IdempotencyKey.HEADER);
        String key;
        if (header != null) {
            key = IdempotencyKey.parse(header, IdempotencyKey.HEADER);
        } else {
            List<String> values = fields.get(FIELD);
            String value = values == null || values.isEmpty() ? null : values.get(0);
            if (value == null || value.isBlank()) {
                return action.get();
            }
            key = IdempotencyKey.parse(value.strip(), FIELD);
        }
        Fingerprint fingerprint = Fingerprint.of("POST", path, identity, canonical(fields, files));
        Idempotency.Result result = idempotency.run(key, fingerprint, () -> stored(action.get()));
        return result.response().toResponse(result.replayed());
    }

    /**
     * What makes two posts of a form "the same", as bytes: each field (but the key) in name order with
     * its values, then each file part's SHA-256 in name order.
     */
    public static byte[] canonical(Map<String, List<String>> fields, Map<String, byte[]> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TreeMap<>(fields).forEach((name, values) -> {
            if (!FIELD.equals(name)) {
                write(out, name);
                for (String v : values) {
                    write(out, v == null ? "" : v);
                }
                out.write(1);
            }
        });
        new TreeMap<>(files).forEach((name, bytes) -> {
            write(out, name);
            out.writeBytes(sha256(bytes));
            out.write(1);
        });
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        out.write(0);
    }

    private StoredResponse stored(Response response) {
        Object entity = response.getEntity();
        byte[] body;
        try {
            body = entity == null ? new byte[0] : entity instanceof byte[] bytes ? bytes : json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A form post's response could not be written as JSON", e);
        }
        MediaType type = response.getMediaType();
        String contentType = type != null ? type.toString() : entity == null ? null : MediaType.APPLICATION_JSON;
        return new StoredResponse(response.getStatus(), contentType,
                response.getLocation() == null ? null : response.getLocation().toString(), body);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes == null ? new byte[0] : bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
