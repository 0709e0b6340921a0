package org.plenum.it.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.plenum.testkit.Admin;
import org.plenum.testkit.Http;

/**
 * 16.25: the OpenAPI document is one clients can be generated from: a valid document, every body
 * with its schema, and the site's real answers matching what it says.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  /** Answers that are an empty object by design: the status says it all. */
  private static final Set<String> EMPTY = Set.of("CommentReportTaken");

  @ArquillianResource URL base;

  private Http http;
  private String admin;
  private String document;
  private OpenAPI api;
  private OpenApiInteractionValidator validator;

  @BeforeEach
  void read() {
    http = new Http(base.toString());
    admin = Admin.authorization(http);
    HttpResponse<String> r = http.get("/openapi", "Accept", "application/json");
    assertEquals(200, r.statusCode());
    // the server adds the list of its endpoints at the top, which parsers pass over
    JsonObject whole = Http.parse(r.body()).asJsonObject();
    document = Json.createObjectBuilder(whole).remove("endpoints").build().toString();
    SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, null);
    assertEquals(List.of(), parsed.getMessages(), "a valid OpenAPI document");
    api = parsed.getOpenAPI();
    validator = OpenApiInteractionValidator.createForInlineApiSpecification(document).build();
  }

  @Test
  @DisplayName("16.25: every operation is named once and every body has a schema with its fields")
  void everyBodyHasItsSchema() {
    List<String> missing = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    api.getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, op) -> {
                          String where = method + " " + path;
                          if (op.getOperationId() == null || !ids.add(op.getOperationId())) {
                            missing.add(where + ": operationId missing or repeated");
                          }
                          if (op.getRequestBody() != null) {
                            op.getRequestBody()
                                .getContent()
                                .forEach(
                                    (type, m) -> described(where + " request " + type, m, missing));
                          }
                          successes(op)
                              .forEach(
                                  (code, r) -> {
                                    if (r.getContent() == null) {
                                      if (!"204".equals(code)) {
                                        missing.add(where + " " + code + ": no content");
                                      }
                                      return;
                                    }
                                    r.getContent()
                                        .forEach(
                                            (type, m) ->
                                                described(
                                                    where + " " + code + " " + type, m, missing));
                                  });
                        }));
    api.getComponents()
        .getSchemas()
        .forEach(
            (name, schema) -> {
              Map<String, Schema> props = properties(schema);
              if (EMPTY.contains(name)) {
                return;
              }
              if (props == null || props.isEmpty()) {
                missing.add("schema " + name + " has no fields");
                return;
              }
              props.forEach(
                  (field, p) -> {
                    boolean scalar =
                        p.get$ref() == null
                            && !"array".equals(p.getType())
                            && !"object".equals(p.getType());
                    if (p.getType() == null && p.get$ref() == null) {
                      missing.add("schema " + name + "." + field + " has no type");
                    } else if (scalar && p.getExample() == null) {
                      missing.add("schema " + name + "." + field + " has no example");
                    }
                  });
            });
    assertEquals(List.of(), missing);
  }

  @Test
  @DisplayName("16.25: every list the API offers answers what the document says, field by field")
  void theSitesAnswersMatchTheDocument() {
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (Map.Entry<String, PathItem> e : api.getPaths().entrySet()) {
      Operation get = e.getValue().getGet();
      if (get == null || e.getKey().contains("{") || !e.getKey().startsWith("/api/")) {
        continue;
      }
      HttpResponse<String> r = http.get(e.getKey(), "Authorization", admin);
      checked++;
      wrong.addAll(check(e.getKey(), Request.Method.GET, get, r));
    }
    assertTrue(checked > 15, checked + " lists read");
    assertEquals(List.of(), wrong);
  }

  @Test
  @DisplayName("16.25: a page written, read, refused and missing, each as the document says")
  void writesAndRefusalsMatchTheDocument() {
    List<String> wrong = new ArrayList<>();
    String slug = "openapi-" + System.nanoTime();
    HttpResponse<String> made =
        http.json(
            "POST",
            "/api/v1/pages",
            "{\"language\":\"en\",\"title\":\"Described\",\"slug\":\""
                + slug
                + "\",\"body\":\"A *page*.\"}",
            "Authorization",
            admin);
    assertEquals(201, made.statusCode(), made.body());
    Operation create = api.getPaths().get("/api/v1/pages").getPost();
    wrong.addAll(check("/api/v1/pages", Request.Method.POST, create, made));

    String read = "/api/v1/pages/en/" + slug;
    Operation get = api.getPaths().get("/api/v1/pages/{lang}/{slug}").getGet();
    wrong.addAll(check(read, Request.Method.GET, get, http.get(read)));
    HttpResponse<String> missing = http.get("/api/v1/pages/en/no-such-" + slug);
    assertEquals(404, missing.statusCode());
    wrong.addAll(check(read, Request.Method.GET, get, missing));

    HttpResponse<String> invalid =
        http.json("POST", "/api/v1/pages", "{\"language\":\"en\"}", "Authorization", admin);
    assertEquals(400, invalid.statusCode(), invalid.body());
    wrong.addAll(check("/api/v1/pages", Request.Method.POST, create, invalid));
    HttpResponse<String> anonymous = http.json("POST", "/api/v1/pages", "{}");
    assertEquals(401, anonymous.statusCode());
    wrong.addAll(check("/api/v1/pages", Request.Method.POST, create, anonymous));
    assertEquals(List.of(), wrong);
  }

  /** What is wrong with an answer: against the document's schema, and fields it does not name. */
  private List<String> check(
      String path, Request.Method method, Operation op, HttpResponse<String> r) {
    List<String> wrong = new ArrayList<>();
    String where = method + " " + path + " " + r.statusCode();
    String type = r.headers().firstValue("Content-Type").orElse("");
    SimpleResponse.Builder answer = SimpleResponse.Builder.status(r.statusCode());
    if (!type.isEmpty()) {
      answer.withContentType(type);
    }
    if (!r.body().isEmpty()) {
      answer.withBody(r.body());
    }
    ValidationReport report = validator.validateResponse(path, method, answer.build());
    report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .forEach(m -> wrong.add(where + ": " + m.getKey() + " " + m.getMessage()));
    ApiResponse documented = op.getResponses().get(String.valueOf(r.statusCode()));
    if (documented != null && documented.get$ref() == null && type.contains("json")) {
      MediaType m =
          documented.getContent() == null ? null : documented.getContent().get(mime(type));
      if (m != null && m.getSchema() != null) {
        JsonStructure body = Http.parse(r.body());
        undocumented(where, m.getSchema(), body, wrong);
      }
    }
    return wrong;
  }

  private void undocumented(String where, Schema<?> schema, JsonValue value, List<String> wrong) {
    Schema<?> s = resolve(schema);
    if (value instanceof JsonArray array && s instanceof ArraySchema a) {
      array.forEach(v -> undocumented(where, a.getItems(), v, wrong));
    } else if (value instanceof JsonObject object) {
      Map<String, Schema> props = properties(s);
      if (props == null) {
        return;
      }
      for (Map.Entry<String, JsonValue> f : object.entrySet()) {
        Schema<?> p = props.get(f.getKey());
        if (p == null) {
          wrong.add(where + ": field '" + f.getKey() + "' is not in the document");
        } else {
          undocumented(where + "." + f.getKey(), p, f.getValue(), wrong);
        }
      }
    }
  }

  private Schema<?> resolve(Schema<?> s) {
    while (s != null && s.get$ref() != null) {
      String name = s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
      s = api.getComponents().getSchemas().get(name);
    }
    return s;
  }

  @SuppressWarnings("rawtypes")
  private Map<String, Schema> properties(Schema<?> s) {
    Schema<?> r = resolve(s);
    return r == null ? null : r.getProperties();
  }

  private void described(String where, MediaType m, List<String> missing) {
    Schema<?> s = m.getSchema();
    if (s == null) {
      missing.add(where + ": no schema");
      return;
    }
    if (s instanceof ArraySchema a) {
      s = a.getItems();
    }
    if (s == null || "string".equals(s.getType())) {
      return;
    }
    if (s.get$ref() != null
        && EMPTY.contains(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1))) {
      return;
    }
    Map<String, Schema> props = properties(s);
    if (props == null || props.isEmpty()) {
      missing.add(where + ": a body without fields");
    }
  }

  private static Map<String, ApiResponse> successes(Operation op) {
    Map<String, ApiResponse> ok = new java.util.LinkedHashMap<>();
    op.getResponses()
        .forEach(
            (code, r) -> {
              if (code.startsWith("2")) {
                ok.put(code, r);
              }
            });
    return ok;
  }

  private static String mime(String contentType) {
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
  }
}
