package org.accredit.registration.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.accredit.common.Problem;
import org.accredit.registration.RegistrationLetter;
import org.accredit.registration.RegistrationService;
import org.accredit.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The official letter of an organization for a session: uploaded by the organization (the tracking
 * secret of its approved application), read by the secretariat. The bytes are the letter; there is
 * no file name, and the one given on download is made by the service.
 */
@Path("/api/v1/sessions/{sessionId}/letters")
@Tag(name = "Session registrations")
public class LetterResource {

    static final String PDF = "application/pdf";

    private final RegistrationService registrations;

    public LetterResource(RegistrationService registrations) {
        this.registrations = registrations;
    }

    @POST
    @PermitAll
    @Consumes(PDF)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upload the official letter for a session (accredited organization)", description = "The body "
            + "is the PDF itself (Content-Type: application/pdf): the letter on the organization's letterhead, signed by "
            + "its head, listing each representative. It must start with %PDF-, parse as a PDF, be unencrypted and stay "
            + "within accredit.registration.letter-max-bytes (2 MB) and letter-max-pages (20). Kept in the database; "
            + "name it (letterId) when registering representatives for this session.")
    @RequestBody(required = true, content = @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RegistrationViews.Letter.class)), headers = @Header(name = "Location",
            description = "Where the new resource is", schema = @Schema(type = SchemaType.STRING, format = "uri")))
    @APIResponse(responseCode = "403", description = "The organization is not (or no longer) accredited", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No approved application has this secret, or no such session", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The session has opened", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The letter is larger than accredit.registration.letter-max-bytes", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Empty, not a PDF, unreadable, encrypted or too many pages", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(@PathParam("sessionId") UUID sessionId,
            @HeaderParam(RepresentativeResource.SECRET) @Parameter(required = true, description = "The tracking secret of the organization's approved application") String secret,
            byte[] content, UriInfo uri) {
        RegistrationLetter letter = registrations.uploadLetter(secret, sessionId, content);
        return Response.created(uri.getAbsolutePathBuilder().path(letter.id().toString()).build())
                .entity(RegistrationViews.Letter.of(letter, registrations.session(sessionId))).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.APPROVER})
    @Produces(PDF)
    @Operation(summary = "Download an official letter (secretariat)", description = "The PDF as uploaded, as an attachment "
            + "with a file name the service makes (letter-ID.pdf).")
    @APIResponse(responseCode = "200", description = "The letter", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary")), headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"letter-ID.pdf\"", schema = @Schema(type = SchemaType.STRING)))
    public Response download(@PathParam("sessionId") UUID sessionId, @PathParam("id") UUID id) {
        RegistrationLetter letter = registrations.letter(sessionId, id);
        return Response.ok(letter.content(), PDF)
                .header("Content-Disposition", "attachment; filename=\"letter-" + letter.id() + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
