package org.accredit.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import org.accredit.common.validation.Text;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * JSON as the API takes it, for every body: no trailing content after the document, no numbers for
 * enum values, no silent coercion between types ({@code "name": 5}, {@code "four": "true"}), strings
 * without control characters (line breaks and tabs only; single-line fields refuse those too with
 * {@code @SingleLine}), a bounded document (its length, nesting and strings).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    /** Deepest nesting of objects and arrays a body may have; the API's own bodies need four. */
    static final int MAX_NESTING = 32;

    @Override
    public void customize(ObjectMapper mapper) {
        // the mapper may be built before the typed configuration (AccreditConfig) is ready: read the key itself
        long maxJsonBody = ConfigProvider.getConfig().getOptionalValue("accredit.max-json-body", Long.class).orElse(65536L);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxDocumentLength(maxJsonBody)
                .maxNestingDepth(MAX_NESTING)
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, maxJsonBody))
                .maxNumberLength(100)
                .build());
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean, LogicalType.Enum, LogicalType.DateTime, LogicalType.OtherScalar}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // ISO dates, times and UUIDs arrive as strings: keep those
        mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.coercionConfigFor(LogicalType.OtherScalar).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        mapper.registerModule(new SimpleModule("accredit-strict-text").addDeserializer(String.class, new TextDeserializer()));
    }

    /** A JSON string that the API refuses: the field is named from the parser's path. */
    public static final class RefusedText extends MismatchedInputException {

        private final String reason;

        RefusedText(JsonParser p, String reason) {
            super(p, reason, String.class);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** Strings only from JSON strings, and without control characters other than line breaks and tabs. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {

        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (String) ctxt.handleUnexpectedToken(String.class, p);
            }
            String s = p.getText();
            String refusal = Text.refusal(s, true);
            if (refusal != null) {
                throw new RefusedText(p, refusal);
            }
            return s;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
