package org.accredit.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.oidc.OIDCException;
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
        if (status == 401 || status == 403) {
            return e.getResponse();
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

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        if (e instanceof io.quarkus.security.AuthenticationFailedException
                || e instanceof io.quarkus.security.UnauthorizedException) {
            return Response.status(401).build();
        }
        if (e instanceof io.quarkus.security.ForbiddenException) {
            return respond(Problem.of(403, "Forbidden", "Your role does not allow this."));
        }
        if (e instanceof jakarta.persistence.OptimisticLockException
                || e instanceof org.hibernate.StaleStateException) {
            return respond(Problem.of(409, "Conflict", "The resource was changed at the same time; read it again and retry."));
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incident);
        return respond(Problem.of(500, "Internal error", "An unexpected error occurred (incident " + incident + ")."));
    }

    private Response fieldTypeProblem(JsonMappingException e) {
        String field = jsonPath(e);
        return respond(new Problem("about:blank", "Invalid request", 400, "The request has a field of the wrong type or format.",
                null, List.of(new Problem.FieldError(field, "wrong type or value"))));
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
    private static String fieldName(Path path) {
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
