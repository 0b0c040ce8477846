package org.accredit.common;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
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
            for (Declared d : declared(method, path)) {
                String raw = switch (d.source()) {
                    case QUERY -> query.containsKey(d.name()) ? query.get(d.name()).get(0) : null;
                    case PATH -> path.containsKey(d.name()) ? path.get(d.name()).get(0) : null;
                    case HEADER -> request.getHeaderString(d.name());
                };
                if (raw == null || errors.stream().anyMatch(err -> err.field().equals(d.name()))) {
                    continue;
                }
                String problem = d.source() == Source.HEADER ? Text.refusal(raw, false) : null;
                if (problem == null) {
                    problem = convertible(d.type(), raw);
                }
                if (problem != null) {
                    errors.add(new Problem.FieldError(d.name(), problem));
                }
            }
        }
        if (errors.isEmpty()) {
            return null;
        }
        return ProblemMappers.respond(new Problem("about:blank", "Invalid request", 400,
                "The request has " + errors.size() + " invalid parameter(s).", null, errors));
    }

    private enum Source { QUERY, PATH, HEADER }

    /**
     * A parameter the resource method reads: its name, where it comes from and the type JAX-RS converts it
     * to (source null, only in the per-method cache: a parameter without annotation, a path parameter if
     * the matched path names it).
     */
    private record Declared(String name, Source source, Class<?> type) {
    }

    /**
     * What each resource method reads, found by reflection once per method: the annotations do not change
     * between requests. A parameter without annotation is a path parameter when the matched path has one of
     * its name (checked per request, as the path template is the request's).
     */
    private static final ConcurrentMap<Method, List<Declared>> DECLARED = new ConcurrentHashMap<>();

    /** The method's query, path and header parameters, those of its {@code @BeanParam} classes included. */
    private static List<Declared> declared(Method method, Map<String, List<String>> path) {
        List<Declared> all = DECLARED.computeIfAbsent(method, ParameterCheck::declared);
        List<Declared> declared = new ArrayList<>(all.size());
        for (Declared d : all) {
            if (d.source() != null) {
                declared.add(d);
            } else if (path.containsKey(d.name())) {
                declared.add(new Declared(d.name(), Source.PATH, d.type()));
            }
        }
        return declared;
    }

    /** All of the method's parameters JAX-RS converts; source null for one without annotation (maybe implicit path). */
    private static List<Declared> declared(Method method) {
        List<Declared> declared = new ArrayList<>();
        for (Parameter p : method.getParameters()) {
            if (p.isAnnotationPresent(BeanParam.class)) {
                for (Field f : p.getType().getFields()) {
                    declared(f, f.getType(), null, declared);
                }
            } else {
                declared(p, p.getType(), p.getName(), declared);
            }
        }
        return List.copyOf(declared);
    }

    private static void declared(AnnotatedElement e, Class<?> type, String implicitName, List<Declared> into) {
        if (e.isAnnotationPresent(QueryParam.class)) {
            into.add(new Declared(e.getAnnotation(QueryParam.class).value(), Source.QUERY, type));
        } else if (e.isAnnotationPresent(PathParam.class)) {
            into.add(new Declared(e.getAnnotation(PathParam.class).value(), Source.PATH, type));
        } else if (e.isAnnotationPresent(HeaderParam.class)) {
            into.add(new Declared(e.getAnnotation(HeaderParam.class).value(), Source.HEADER, type));
        } else if (implicitName != null) {
            into.add(new Declared(implicitName, null, type));
        }
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
