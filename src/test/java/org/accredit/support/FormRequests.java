package org.accredit.support;

import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.StringBody;
import io.restassured.specification.FilterableRequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * REST Assured keeps form parameters and multipart parts apart from the body, so the validator's
 * request would have none: give it the urlencoded body REST Assured sends (checked against the
 * document's form schema), or, for a multipart request, a stand-in (the validator checks that a body
 * is there; it does not read multipart bodies).
 */
final class FormRequests {

    private FormRequests() {
    }

    static Request withFormBody(Request request, FilterableRequestSpecification spec) {
        if (request.getRequestBody().map(Body::hasBody).orElse(false)) {
            return request;
        }
        String body;
        if (!spec.getFormParams().isEmpty()) {
            body = spec.getFormParams().entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
        } else if (!spec.getMultiPartParams().isEmpty()) {
            body = "(multipart parts)";
        } else {
            return request;
        }
        return new Request() {
            @Override
            public String getPath() {
                return request.getPath();
            }

            @Override
            public Method getMethod() {
                return request.getMethod();
            }

            @Override
            public Optional<String> getBody() {
                return Optional.of(body);
            }

            @Override
            public Optional<Body> getRequestBody() {
                return Optional.of(new StringBody(body, StandardCharsets.UTF_8));
            }

            @Override
            public Collection<String> getQueryParameters() {
                return request.getQueryParameters();
            }

            @Override
            public Collection<String> getQueryParameterValues(String name) {
                return request.getQueryParameterValues(name);
            }

            @Override
            public Map<String, Collection<String>> getHeaders() {
                return request.getHeaders();
            }

            @Override
            public Collection<String> getHeaderValues(String name) {
                return request.getHeaderValues(name);
            }
        };
    }
}
