package org.accredit.application.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.accredit.application.Application;
import org.accredit.application.ApplicationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The applicant's own view. The tracking secret alone identifies the application: a wrong or
 * missing secret answers 404, like an application that does not exist.
 */
@Path("/api/v1/tracking")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Tracking (applicant)")
public class TrackingResource {

    static final String HEADER = "X-Tracking-Secret";

    private final ApplicationService applications;

    public TrackingResource(ApplicationService applications) {
        this.applications = applications;
    }

    @GET
    @Operation(summary = "Read your application's status and public history")
    public ApplicationViews.Tracked get(@HeaderParam(HEADER) @Parameter(required = true, description = "The tracking secret") String secret) {
        return view(applications.tracked(secret));
    }

    @POST
    @Path("information-response")
    @Operation(summary = "Answer the secretariat's information request; the application goes back into review")
    public ApplicationViews.Tracked answer(@HeaderParam(HEADER) @Parameter(required = true) String secret,
            ApplicantRequests.InformationResponse response) {
        return view(applications.answerInformationRequest(secret, response));
    }

    @POST
    @Path("withdrawal")
    @Operation(summary = "Withdraw your application")
    public ApplicationViews.Tracked withdraw(@HeaderParam(HEADER) @Parameter(required = true) String secret,
            ApplicantRequests.WithdrawalRequest request) {
        return view(applications.withdraw(secret, request));
    }

    private ApplicationViews.Tracked view(Application a) {
        return ApplicationViews.Tracked.of(a, applications.informationRequests(a.id()), applications.history(a.id()));
    }
}
