package org.accredit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The {@code Idempotency-Key} header on the REST API: on every POST that creates something (declares
 * a 201 response, the same rule by which {@link IdempotencyOpenApi} documents the header), a request
 * with the header is run once per key; a retry with the same key and payload gets the first response
 * again, marked {@code Idempotent-Replayed: true}. A request without the header runs as always.
 *
 * <p>The request filter runs after authentication and authorization (a refused request claims
 * nothing) on the worker thread, reads the body (already buffered for these endpoints) to digest it
 * and hands the same bytes on. The response filter stores a 2xx (or 3xx) response (its body serialized here,
 * once: the client receives exactly the stored bytes) or frees the key of a failed one.
 */
public class IdempotencyFilter {

    private static final String CLAIM = IdempotencyFilter.class.getName() + ".claim";
    private static final Map<Method, Boolean> CREATING = new ConcurrentHashMap<>();

    private final Idempotency idempotency;
    private final ObjectMapper json;

    public IdempotencyFilter(Idempotency idempotency, ObjectMapper json) {
        this.idempotency = idempotency;
        this.json = json;
    }

    @ServerRequestFilter(priority = Priorities.USER + 500)
    public Response claim(ContainerRequestContext request, ResourceInfo resource) throws IOException {
        String header = request.getHeaderString(IdempotencyKey.HEADER);
        if (header == null || !HttpMethod.POST.equals(request.getMethod()) || !creates(resource.getResourceMethod())
                || isForm(request.getMediaType())) {
            return null;
        }
        String key = IdempotencyKey.parse(header, IdempotencyKey.HEADER);
        byte[] body;
        try (InputStream in = request.getEntityStream()) {
            body = in == null ? new byte[0] : in.readAllBytes();
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        Fingerprint fingerprint = Fingerprint.of(request.getMethod(), path, identity(request), body);
        Idempotency.Claim claim = idempotency.claim(key, fingerprint);
        if (claim instanceof Idempotency.Replay replay) {
            return replay.response().toResponse(true);
        }
        request.setProperty(CLAIM, claim);
        return null;
    }

    @ServerResponseFilter(priority = Priorities.USER + 500)
    public void store(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Idempotency.Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIM);
        int status = response.getStatus();
        if (status < 200 || status >= 400) {
            idempotency.release(claimed);
            return;
        }
        byte[] body;
        try {
            body = bytes(response.getEntity());
        } catch (RuntimeException e) {
            idempotency.release(claimed);
            throw e;
        }
        MediaType type = response.getMediaType();
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        idempotency.complete(claimed, new StoredResponse(status, type == null ? null : type.toString(),
                location == null ? null : location.toString(), body));
        if (response.hasEntity()) {
            response.setEntity(body, new Annotation[0], type);
        }
    }

    /**
     * Form posts are left to the resource: the form reader needs the body's stream, and a multipart
     * body's boundary changes with every retry, so its bytes cannot fingerprint it. A resource that
     * takes forms calls {@link Idempotency#run} with the key (header or hidden field) and a fingerprint
     * of the fields it read.
     */
    static boolean isForm(MediaType type) {
        return type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE));
    }

    private byte[] bytes(Object entity) {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] b) {
            return b;
        }
        if (entity instanceof String s) {
            return s.getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Who may reuse a key: the signed-in user, the holder of a tracking secret, or anyone (none). */
    private static String identity(ContainerRequestContext request) {
        Principal user = request.getSecurityContext() == null ? null : request.getSecurityContext().getUserPrincipal();
        if (user != null && user.getName() != null && !user.getName().isEmpty()) {
            return "user:" + user.getName();
        }
        String secret = request.getHeaderString("X-Tracking-Secret");
        if (secret != null) {
            return "secret:" + secret;
        }
        return null;
    }

    /** A POST that declares a 201 response creates something. */
    static boolean creates(Method method) {
        if (method == null) {
            return false;
        }
        return CREATING.computeIfAbsent(method, m -> {
            for (APIResponse r : m.getAnnotationsByType(APIResponse.class)) {
                if ("201".equals(r.responseCode())) {
                    return true;
                }
            }
            APIResponses all = m.getAnnotation(APIResponses.class);
            if (all != null) {
                for (APIResponse r : all.value()) {
                    if ("201".equals(r.responseCode())) {
                        return true;
                    }
                }
            }
            return false;
        });
    }
}
