package org.accredit.ratelimit;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.accredit.common.Problem;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** 429 application/problem+json with Retry-After (seconds). The bucket and key are not told. */
public class RateLimitProblem {

    @ServerExceptionMapper
    public Response tooManyRequests(RateLimitedException e) {
        return Response.status(429).type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .entity(Problem.of(429, "Too many requests", "Too many requests from this address or for this "
                        + "recipient. Try again in " + e.retryAfterSeconds() + " seconds."))
                .build();
    }
}
