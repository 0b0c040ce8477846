package org.accredit.common;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.accredit.common.validation.Text;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Query, path and header parameters are checked before JAX-RS converts them, so a bad one answers
 * 400 naming the parameter (JAX-RS would answer 404 for a query or path parameter it cannot
 * convert): enum values, UUIDs, numbers and dates of the resource method's parameters, and no
 * control characters in any query parameter or text header the method reads.
 */
public class ParameterCheck {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    @ServerRequestFilter
    public Response check(ContainerRequestContext request, ResourceInfo resource, UriInfo uri) {
        Method method = resource.getResourceMethod();
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, List<String>> query = uri.getQueryParameters();
        String rawQuery = uri.getRequestUri().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = eq < 0 ? pair : pair.substring(0, eq);
                if (!validUtf8(pair)) {
                    errors.add(new Problem.FieldError(validUtf8(name) ? decoded(name) : "query parameter",
                            "must be valid UTF-8 text"));
                }
            }
        }
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            String nameRefusal = Text.refusal(e.getKey(), false);
            if (nameRefusal != null) {
                errors.add(new Problem.FieldError("query parameter", "a parameter name " + nameRefusal));
                continue;
            }
            for (String v : e.getValue()) {
                String refusal = Text.refusal(v, false);
                if (refusal != null) {
                    errors.add(new Problem.FieldError(e.getKey(), refusal));
                    break;
                }
            }
        }
        if (method != null) {
            Map<String, List<String>> path = uri.getPathParameters();
            for (Parameter p : method.getParameters()) {
                String name;
                String raw;
                boolean header = false;
                if (p.isAnnotationPresent(QueryParam.class)) {
                    name = p.getAnnotation(QueryParam.class).value();
                    raw = query.containsKey(name) ? query.get(name).get(0) : null;
                } else if (p.isAnnotationPresent(PathParam.class)) {
                    name = p.getAnnotation(PathParam.class).value();
                    raw = path.containsKey(name) ? path.get(name).get(0) : null;
                } else if (p.isAnnotationPresent(HeaderParam.class)) {
                    name = p.getAnnotation(HeaderParam.class).value();
                    raw = request.getHeaderString(name);
                    header = true;
                } else if (path.containsKey(p.getName())) {
                    name = p.getName();
                    raw = path.get(name).get(0);
                } else {
                    continue;
                }
                if (raw == null || errors.stream().anyMatch(err -> err.field().equals(name))) {
                    continue;
                }
                String problem = header ? Text.refusal(raw, false) : null;
                if (problem == null) {
                    problem = convertible(p.getType(), raw);
                }
                if (problem != null) {
                    errors.add(new Problem.FieldError(name, problem));
                }
            }
        }
        if (errors.isEmpty()) {
            return null;
        }
        return ProblemMappers.respond(new Problem("about:blank", "Invalid request", 400,
                "The request has " + errors.size() + " invalid parameter(s).", null, errors));
    }

    private static String decoded(String name) {
        try {
            return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "query parameter";
        }
    }

    /** Whether the percent-encoded {@code raw} decodes to valid UTF-8 (JAX-RS would put U+FFFD in silently). */
    static boolean validUtf8(String raw) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                try {
                    bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            byte[] b = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            bytes.write(b, 0, b.length);
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    /** Why {@code raw} is no value of {@code type}, or null when JAX-RS can convert it. */
    static String convertible(Class<?> type, String raw) {
        try {
            if (type.isEnum()) {
                for (Object c : type.getEnumConstants()) {
                    if (((Enum<?>) c).name().equals(raw)) {
                        return null;
                    }
                }
                return ProblemMappers.expected(type);
            }
            if (type == UUID.class) {
                return UUID_TEXT.matcher(raw).matches() ? null : "must be a UUID";
            }
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(raw.trim());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(raw.trim());
            } else if (type == boolean.class || type == Boolean.class) {
                if (!raw.equalsIgnoreCase("true") && !raw.equalsIgnoreCase("false")) {
                    return "must be true or false";
                }
            } else if (type == LocalDate.class) {
                LocalDate.parse(raw);
            }
            return null;
        } catch (NumberFormatException e) {
            return "must be a whole number";
        } catch (DateTimeParseException e) {
            return "must be a date, e.g. 2026-12-25";
        }
    }
}
