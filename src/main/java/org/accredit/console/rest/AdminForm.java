package org.accredit.console.rest;

import io.quarkus.qute.TemplateInstance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.accredit.common.DomainException;
import org.accredit.common.FieldErrors;
import org.accredit.common.FormField;
import org.accredit.common.InvalidFieldsException;
import org.accredit.common.NotFoundException;
import org.accredit.common.ProblemMappers;
import org.accredit.console.AdminMessages;

/**
 * One form of an administration page: the values entered (kept when the form comes back with errors),
 * turning text into the types of the service's request (a date and time entered in a zone, a number,
 * a choice), and the field errors of that and of the service, each drawn next to its field and listed
 * in the error summary.
 */
final class AdminForm {

    /** Longer than any field the services accept: their own size limits still answer. */
    static final int MAX_TEXT = 2000;

    private final MultivaluedMap<String, String> values;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<FormField> fields = new ArrayList<>();
    private final AdminMessages m;
    private int status = 400;

    AdminForm(MultivaluedMap<String, String> values, AdminMessages m) {
        this.values = values == null ? new MultivaluedHashMap<>() : values;
        this.m = m;
    }

    /** A form filled from what is stored (to edit it). */
    static AdminForm of(AdminMessages m, Object... nameValues) {
        MultivaluedMap<String, String> v = new MultivaluedHashMap<>();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            if (nameValues[i + 1] != null) {
                v.putSingle((String) nameValues[i], nameValues[i + 1].toString());
            }
        }
        return new AdminForm(v, m);
    }

    /** The text entered, stripped; null when empty. */
    String text(String name) {
        String v = values.getFirst(name);
        if (v == null) {
            return null;
        }
        v = v.strip();
        if (v.isEmpty()) {
            return null;
        }
        return v.length() > MAX_TEXT ? v.substring(0, MAX_TEXT) : v;
    }

    boolean checked(String name) {
        String v = text(name);
        return v != null && !v.equalsIgnoreCase("false");
    }

    /** A {@code datetime-local} value read as a time in {@code zone}. */
    OffsetDateTime at(String name, ZoneId zone) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(v).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.put(name, m.badDateTime());
            return null;
        }
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            errors.put(name, m.badDate());
            return null;
        }
    }

    Integer integer(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() > 9) {
                throw new NumberFormatException();
            }
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            errors.put(name, m.badNumber());
            return null;
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v)) {
                return e;
            }
        }
        errors.put(name, m.badChoice());
        return null;
    }

    /** The value as a {@code datetime-local} input shows it, in {@code zone}. */
    static String local(Instant at, ZoneId zone) {
        return at == null ? null : LocalDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    static ZoneId zoneOr(String zone, ZoneId otherwise) {
        try {
            return zone == null ? otherwise : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return otherwise;
        }
    }

    /** An id of the address: one that is not a UUID names nothing (404). */
    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Page");
        }
    }

    /**
     * When some text could not be read (so the service is not called), the request's own constraints
     * still give their errors for the other fields, so that one round trip shows every error.
     */
    void check(Validator validator, Object request, UnaryOperator<String> rename) {
        if (!valid()) {
            for (ConstraintViolation<Object> v : validator.validate(request)) {
                errors.merge(rename.apply(ProblemMappers.fieldName(v.getPropertyPath())), v.getMessage(), (a, b) -> a);
            }
        }
    }

    void check(Validator validator, Object request) {
        check(validator, request, UnaryOperator.identity());
    }

    boolean valid() {
        return errors.isEmpty();
    }

    void refused(ConstraintViolationException e) {
        refused(e, UnaryOperator.identity());
    }

    void refused(ConstraintViolationException e, UnaryOperator<String> rename) {
        FieldErrors.of(e).forEach((k, v) -> errors.merge(rename.apply(k), v, (a, b) -> a));
    }

    void refused(DomainException e) {
        refused(e, UnaryOperator.identity());
    }

    /** The service refused: its field errors go next to the fields; any other refusal heads the summary with its status. */
    void refused(DomainException e, UnaryOperator<String> rename) {
        if (e instanceof InvalidFieldsException invalid) {
            FieldErrors.of(invalid).forEach((k, v) -> errors.merge(rename.apply(k), v, (a, b) -> a));
        } else {
            errors.put("", e.getMessage());
            status = e.httpStatus();
        }
    }

    /** The status of the page that shows this form again: 400 for field errors, else the service's (409, 422). */
    int status() {
        return status;
    }

    FormField field(String name, String label, String kind, boolean required) {
        return field(name, label, null, kind, required);
    }

    FormField field(String name, String label, String hint, String kind, boolean required) {
        FormField f = new FormField(name, label, hint, kind, text(name), errors.get(name), required, null, null);
        fields.add(f);
        return f;
    }

    /** A select of the given values (shown as they are), with an empty choice first when not required. */
    FormField select(String name, String label, boolean required, List<String> choices) {
        String current = text(name);
        List<FormField.Option> options = new ArrayList<>();
        if (!required || current == null) {
            options.add(new FormField.Option("", "", current == null));
        }
        for (String c : choices) {
            options.add(new FormField.Option(c, c, c.equalsIgnoreCase(current == null ? "" : current)));
        }
        FormField f = new FormField(name, label, null, "select", current, errors.get(name), required, null, options);
        fields.add(f);
        return f;
    }

    List<FormField> summaryFields() {
        return fields.stream().filter(f -> f.error() != null).toList();
    }

    List<String> otherErrors() {
        Set<String> shown = fields.stream().map(FormField::name).collect(Collectors.toSet());
        return errors.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .map(e -> e.getKey().isEmpty() ? e.getValue() : e.getKey() + ": " + e.getValue()).toList();
    }

    /** The error summary's data: the fields with an error (linked), and errors of no field on this form. */
    TemplateInstance summary(TemplateInstance page) {
        List<FormField> withError = fields.stream().filter(f -> f.error() != null).toList();
        Set<String> shown = fields.stream().map(FormField::name).collect(Collectors.toSet());
        List<String> other = errors.entrySet().stream().filter(e -> !shown.contains(e.getKey()))
                .map(e -> e.getKey().isEmpty() ? e.getValue() : e.getKey() + ": " + e.getValue()).toList();
        return page.data("errorFields", withError).data("otherErrors", other)
                .data("errorCount", withError.size() + other.size());
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
