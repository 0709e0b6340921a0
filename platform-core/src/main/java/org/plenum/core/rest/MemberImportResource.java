package org.plenum.core.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.plenum.api.rest.JsonBuilders;
import org.plenum.api.rest.ProblemException;
import org.plenum.core.CoreModule;
import org.plenum.core.members.MemberImport;
import org.plenum.core.permissions.Authorizer;

/** Members brought in from a spreadsheet by administrators: {@code POST /api/v1/members/import}. */
@Path("v1/members/import")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members")
@SecurityRequirement(name = "basic")
public class MemberImportResource {

  @Inject MemberImport importer;

  @Inject Authorizer authorizer;

  @Inject CallerContext caller;

  /**
   * Imports members from a CSV file whose first line names the columns: {@code username}, {@code
   * name} and, when known, {@code email}, {@code chapter} (a chapter's address), {@code joined}
   * ({@code 2019-03-21}), {@code status} ({@code member} or {@code supporter}) and {@code
   * language}. The whole file is checked first: with any mistake, nothing is made and every mistake
   * is told with its line. Members imported choose their password with "Forgot your password?".
   *
   * @param body the file, UTF-8
   * @return {@code {imported: n}}
   * @throws IOException when the body cannot be read
   */
  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(operationId = "importMembers", summary = "Import members from CSV (administrators)")
  @RequestBody(
      required = true,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
  @APIResponse(
      responseCode = "200",
      description = "How many members were made",
      content = @Content(schema = @Schema(ref = "Imported")))
  @APIResponse(responseCode = "400", ref = "Invalid")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "413", ref = "TooLarge")
  public JsonObject importMembers(InputStream body) throws IOException {
    authorizer.require(caller.caller(), CoreModule.MEMBERS_MANAGE);
    String csv =
        MemberImport.text(body)
            .orElseThrow(
                () ->
                    new ProblemException(
                        413, "core.import.error.tooLarge", MemberImport.MAX_BYTES / 1024 / 1024));
    int made = importer.save(importer.read(new StringReader(csv)));
    return JsonBuilders.object().add("imported", made).build();
  }
}
