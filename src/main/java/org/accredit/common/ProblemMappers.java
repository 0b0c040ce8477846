package org.accredit.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into application/problem+json. Clients see a status, a title and a detail
 * written for them; never a stack trace, an exception class or an internal message.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response domain(DomainException e) {
        String current = e instanceof IllegalTransitionException ite ? ite.currentStatus() : null;
        List<Problem.FieldError> errors = e instanceof InvalidFieldsException ife ? ife.errors() : null;
        return respond(new Problem("about:blank", e.title(), e.httpStatus(), e.getMessage(), current, errors));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldName(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return respond(new Problem("about:blank", "Invalid request", 400,
                "The request has " + errors.size() + " invalid field(s).", null, errors));
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e) {
        String field = jsonPath(e);
        return respond(new Problem("about:blank", "Invalid request", 400, "The request has a field that cannot be set.",
                null, List.of(new Problem.FieldError(field, "unknown or read-only field; a client cannot set it"))));
    }

    @ServerExceptionMapper
    public Response refusedText(StrictJson.RefusedText e) {
        return respond(new Problem("about:blank", "Invalid request", 400, "The request has a field with characters it may not hold.",
                null, List.of(new Problem.FieldError(jsonPath(e), e.reason()))));
    }

    /** A body beyond the bounds of common.StrictJson: too long (also when sent chunked), too deep, too long a number. */
    @ServerExceptionMapper
    public Response streamConstraint(StreamConstraintsException e) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (m.contains("Document length") || m.contains("String value length")) {
            return respond(Problem.of(413, "Payload too large", "A JSON body may not exceed " + maxJsonBody() + " bytes."));
        }
        String what = m.contains("nesting depth") ? "nested more than " + StrictJson.MAX_NESTING + " levels deep"
                : m.contains("Number value length") ? "a number too long to be one the API takes"
                : "a value longer than the API takes";
        return respond(new Problem("about:blank", "Invalid request", 400, "The request body is " + what + ".", null,
                List.of(new Problem.FieldError("body", what))));
    }

    /** A form field refused by the JSON mapper: the same answer as for the JSON body. */
    @ServerExceptionMapper
    public Response formField(FormBody.FormFieldException e) {
        if (e.refusal() instanceof StrictJson.RefusedText rt) {
            return refusedText(rt);
        }
        if (e.refusal() instanceof UnrecognizedPropertyException upe) {
            return unknownProperty(upe);
        }
        return fieldTypeProblem(e.refusal());
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        return fieldTypeProblem(e);
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return fieldTypeProblem(e);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        return fieldTypeProblem(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return respond(Problem.of(400, "Malformed JSON", "The request body is not well-formed JSON."));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        // the JSON reader may wrap what Jackson refused (trailing content, for one): answer it like Jackson's own
        if (status == 400 && e.getCause() instanceof StrictJson.RefusedText rt) {
            return refusedText(rt);
        }
        if (status == 400 && e.getCause() instanceof StreamConstraintsException sce) {
            return streamConstraint(sce);
        }
        if (status == 400 && e.getCause() instanceof JsonMappingException jme) {
            return fieldTypeProblem(jme);
        }
        if (status == 400 && e.getCause() instanceof JsonProcessingException) {
            return unreadableJson(null);
        }
        if (status == 401) {
            return respond(Problem.of(401, "Unauthorized", "Sign in to do this."));
        }
        if (status == 403) {
            return respond(Problem.of(403, "Forbidden", "Your role does not allow this."));
        }
        String reason = e.getResponse().getStatusInfo().getReasonPhrase();
        String detail = status == 404 ? "Not found." : reason;
        return respond(Problem.of(status, reason, detail));
    }

    /** The identity provider could not be reached (discovery or its keys): nothing the client did wrong. */
    @ServerExceptionMapper
    public Response identityProviderUnavailable(OIDCException e) {
        LOG.warnf("Bearer token not checked, the identity provider is unavailable: %s", e.getMessage());
        return respond(Problem.of(503, "Service unavailable",
                "Sign-in cannot be checked right now: the identity provider did not answer. Try again later."));
    }

    /** No or wrong credentials: problem+json, with the challenge of the authentication mechanism (HTTP Basic in tests). */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Uni<Response> unauthorized(RoutingContext ctx) {
        if (HttpProblems.signsInByPage(ctx)) {
            return HttpProblems.signInRedirect(ctx).map(redirect -> redirect != null ? redirect
                    : Response.status(401).type(Problem.MEDIA_TYPE).entity(HttpProblems.UNAUTHORIZED).build());
        }
        return HttpProblems.challenge(ctx).map(challenge -> {
            Response.ResponseBuilder b = Response.status(401).type(Problem.MEDIA_TYPE).entity(HttpProblems.UNAUTHORIZED);
            if (challenge != null) {
                b.header(challenge.getKey(), challenge.getValue());
            }
            return b.build();
        });
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(HttpProblems.FORBIDDEN);
    }

    /**
     * A JDBC failure that reached the resource unwrapped: 503 when the database cannot be reached
     * ({@link DatabaseOutage}), otherwise an unexpected error.
     */
    @ServerExceptionMapper
    public Response sql(java.sql.SQLException e) {
        return DatabaseOutage.isOutage(e) ? databaseUnavailable(e) : incident(e);
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (DatabaseOutage.isOutage(e)) {
            return databaseUnavailable(e);
        }
        if (e instanceof jakarta.persistence.OptimisticLockException
                || e instanceof org.hibernate.StaleStateException) {
            return respond(Problem.of(409, "Conflict", "The resource was changed at the same time; read it again and retry."));
        }
        return incident(e);
    }

    private static Response incident(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(Problem.of(500, "Internal error", "An unexpected error occurred (incident " + incident + ")."));
    }

    /** The database cannot be reached: 503 with Retry-After; the client's request may be sent again as it is. */
    static Response databaseUnavailable(Throwable e) {
        LOG.warnf("Database unavailable, answered 503: %s", rootMessage(e));
        return Response.status(503).type(Problem.MEDIA_TYPE)
                .header("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
                .entity(Problem.of(503, "Service unavailable",
                        "The service cannot reach its database right now. Try again in "
                                + DatabaseOutage.RETRY_AFTER_SECONDS + " seconds."))
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private Response fieldTypeProblem(JsonMappingException e) {
        if (e.getCause() instanceof StreamConstraintsException sce) {
            return streamConstraint(sce);
        }
        String field = jsonPath(e);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Trailing token")) {
            return respond(new Problem("about:blank", "Malformed JSON", 400, "The request body has content after the JSON document.",
                    null, List.of(new Problem.FieldError("body", "trailing content after the JSON document"))));
        }
        Class<?> target = e instanceof MismatchedInputException mie ? mie.getTargetType() : null;
        return respond(new Problem("about:blank", "Invalid request", 400, "The request has a field of the wrong type or format.",
                null, List.of(new Problem.FieldError(field, expected(target)))));
    }

    /** What a field of this type takes, in the client's terms (never a Java class name). */
    static String expected(Class<?> target) {
        if (target == null) {
            return "wrong type or value";
        }
        if (target.isEnum()) {
            StringBuilder sb = new StringBuilder("must be one of: ");
            Object[] constants = target.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(((Enum<?>) constants[i]).name());
            }
            return sb.toString();
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == UUID.class) {
            return "must be a UUID";
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date, e.g. 2026-12-25";
        }
        if (target == java.time.OffsetDateTime.class || target == java.time.Instant.class) {
            return "must be a date and time with its offset, e.g. 2026-11-02T00:00:00-05:00";
        }
        if (Number.class.isAssignableFrom(target) || target == int.class || target == long.class) {
            return "must be a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "must be true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static long maxJsonBody() {
        return io.quarkus.arc.Arc.container().instance(AccreditConfig.class).get().maxJsonBody();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    /** "submit.body.contactEmail" becomes "contactEmail": the client knows only its JSON and parameter names. */
    public static String fieldName(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        for (Path.Node node : path) {
            if (node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.RETURN_VALUE
                    && node.getName() != null) {
                nodes.add(node);
            }
        }
        if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : nodes) {
            if (sb.length() > 0) {
                sb.append('.');
            }
            sb.append(node.getName());
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
        }
        return sb.length() == 0 ? "body" : sb.toString();
    }

    static Response respond(Problem p) {
        return Response.status(p.status()).type(Problem.MEDIA_TYPE).entity(p).build();
    }
}
