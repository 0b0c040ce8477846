package org.accredit.application.rest;

import org.accredit.application.ApplicantRequests;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.vertx.core.http.HttpServerRequest;
import org.accredit.application.Application;
import org.accredit.application.ApplicationService;
import org.accredit.application.PublicPostLimits;
import org.accredit.common.Problem;
import org.accredit.ratelimit.ClientAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The applicant's own view. The tracking secret alone identifies the application: a wrong or
 * missing secret answers 404, like an application that does not exist. A lost secret is replaced
 * through {@code secret-reissue} (reference and contact email; the new secret goes by email only).
 */
@Path("/api/v1/tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Tracking (applicant)")
public class TrackingResource {

    static final String HEADER = "X-Tracking-Secret";
    static final String TOO_MANY = "Too many requests from this client address or for this application's contact email; "
            + "Retry-After gives the seconds to wait";

    private final ApplicationService applications;
    private final PublicPostLimits limits;

    public TrackingResource(ApplicationService applications, PublicPostLimits limits) {
        this.applications = applications;
        this.limits = limits;
    }

    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Tracked.class)))
    @APIResponse(responseCode = "404", description = "No application has this tracking secret", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @GET
    @Operation(summary = "Read your application's status and public history")
    public ApplicationViews.Tracked get(@HeaderParam(HEADER) @Parameter(required = true, description = "The tracking secret") String secret) {
        return view(applications.tracked(secret));
    }

    @POST
    @Path("information-response")
    @Operation(summary = "Answer the secretariat's information request; the application goes back into review")
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Tracked.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application has this tracking secret", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "No information request is open", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = TOO_MANY, headers = @Header(name = "Retry-After", description = "Seconds to wait",
            schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Tracked answer(@HeaderParam(HEADER) @Parameter(required = true) String secret,
            ApplicantRequests.InformationResponse response, @Context HttpServerRequest http) {
        limits.trackingPost(ClientAddress.of(http), secret);
        return view(applications.answerInformationRequest(secret, response));
    }

    @POST
    @Path("withdrawal")
    @Operation(summary = "Withdraw your application")
    @APIResponse(responseCode = "200", description = "Withdrawn", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.Tracked.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No application has this tracking secret", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The application is decided or withdrawn already", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = TOO_MANY, headers = @Header(name = "Retry-After", description = "Seconds to wait",
            schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ApplicationViews.Tracked withdraw(@HeaderParam(HEADER) @Parameter(required = true) String secret,
            @RequestBody(required = false) ApplicantRequests.WithdrawalRequest request, @Context HttpServerRequest http) {
        limits.trackingPost(ClientAddress.of(http), secret);
        return view(applications.withdraw(secret, request));
    }

    @POST
    @Path("secret-reissue")
    @Operation(summary = "Lost tracking secret: ask for a new one, sent to the application's contact email only",
            description = "When the reference and the contact email (case ignored) name an application, a new tracking "
                    + "secret replaces the old one, which stops working at once, and is emailed to that contact email. "
                    + "The answer is the same 202 whether or not they match, so it tells nothing about who applied. "
                    + "Needs no tracking secret; rate-limited per client address and per email address.")
    @APIResponse(responseCode = "202", description = "Accepted (the same answer whether or not the pair exists)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApplicationViews.SecretReissueAccepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client address or for this email address; "
            + "Retry-After gives the seconds to wait", headers = @Header(name = "Retry-After", description = "Seconds to wait",
            schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reissueSecret(ApplicantRequests.SecretReissueRequest request, @Context HttpServerRequest http) {
        limits.secretReissue(ClientAddress.of(http), request == null ? null : request.email());
        applications.reissueTrackingSecret(request);
        return Response.accepted(ApplicationViews.SecretReissueAccepted.INSTANCE).build();
    }

    private ApplicationViews.Tracked view(Application a) {
        return ApplicationViews.Tracked.of(a, applications.informationRequests(a.id()), applications.history(a.id()));
    }
}
