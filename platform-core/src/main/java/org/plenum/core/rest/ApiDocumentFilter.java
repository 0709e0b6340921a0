package org.plenum.core.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Tidies the OpenAPI document the server generates from the annotations, so that clients can be
 * generated from it ({@code mp.openapi.filter}):
 *
 * <ul>
 *   <li>the server copies every unset attribute of {@code @Schema} as a constraint ({@code
 *       maxProperties: 0}, {@code minLength: 0}, {@code nullable: false}…), which would refuse
 *       every object: unset attributes are removed;
 *   <li>a {@code long} becomes {@code integer} ({@code int64}) rather than {@code number}, and an
 *       example takes its schema's type ({@code 12}, not {@code "12"});
 *   <li>an array of a named schema ({@code @Schema(type = ARRAY, ref = "Page")}) lists its items by
 *       reference rather than as an array with properties;
 *   <li>every operation that needs a caller says it answers 401 without valid credentials, and
 *       takes a personal API token as well as a password;
 *   <li>schemas no operation refers to (the server makes one of every class with constraints, form
 *       beans among them) are left out;
 *   <li>a tag shared by several resources is listed once.
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

  @Override
  public void filterOpenAPI(OpenAPI api) {
    Map<String, Schema> named =
        api.getComponents() == null || api.getComponents().getSchemas() == null
            ? Map.of()
            : api.getComponents().getSchemas();
    named.values().forEach(s -> tidy(s, named));
    if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
      for (PathItem item : api.getPaths().getPathItems().values()) {
        for (Operation op : item.getOperations().values()) {
          tidy(op, named);
          if (op.getSecurity() != null && !op.getSecurity().isEmpty()) {
            refusedWithoutLogIn(op);
            orWithAToken(op);
          }
        }
      }
    }
    if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
      Set<String> used = new LinkedHashSet<>();
      if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
        api.getPaths().getPathItems().values().forEach(item -> collectRefs(item, used));
      }
      if (api.getComponents().getResponses() != null) {
        api.getComponents().getResponses().values().forEach(r -> collectRefs(r, used));
      }
      Set<String> seen = new LinkedHashSet<>();
      List<String> todo = new ArrayList<>(used);
      while (!todo.isEmpty()) {
        String name = todo.remove(todo.size() - 1);
        Schema schema = named.get(name);
        if (seen.add(name) && schema != null) {
          Set<String> inner = new LinkedHashSet<>();
          collectRefs(schema, inner);
          todo.addAll(inner);
        }
      }
      // classes the server found constraints on (form beans) are not bodies of the API
      new ArrayList<>(named.keySet())
          .stream()
              .filter(n -> !seen.contains(n))
              .forEach(n -> api.getComponents().removeSchema(n));
    }
    if (api.getTags() != null) {
      Map<String, Tag> once = new LinkedHashMap<>();
      api.getTags().forEach(t -> once.putIfAbsent(t.getName(), t));
      api.setTags(new ArrayList<>(once.values()));
    }
  }

  /** Every operation that needs a caller answers 401 to a request without valid credentials. */
  private static void refusedWithoutLogIn(Operation op) {
    if (op.getResponses() == null || op.getResponses().hasAPIResponse("401")) {
      return;
    }
    op.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().ref("Unauthorized"));
  }

  /** Whatever a password opens, a personal API token opens too. */
  private static void orWithAToken(Operation op) {
    boolean basic = op.getSecurity().stream().anyMatch(r -> r.hasScheme("basic"));
    boolean bearer = op.getSecurity().stream().anyMatch(r -> r.hasScheme("bearer"));
    if (basic && !bearer) {
      op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("bearer"));
    }
  }

  private static void tidy(Operation op, Map<String, Schema> named) {
    if (op.getParameters() != null) {
      for (Parameter p : op.getParameters()) {
        tidy(p.getSchema(), named);
      }
    }
    if (op.getRequestBody() != null) {
      tidy(op.getRequestBody().getContent(), named);
    }
    if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
      for (APIResponse r : op.getResponses().getAPIResponses().values()) {
        tidy(r.getContent(), named);
      }
    }
  }

  private static void tidy(Content content, Map<String, Schema> named) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    for (MediaType m : content.getMediaTypes().values()) {
      tidy(m.getSchema(), named);
    }
  }

  private static void tidy(Schema s, Map<String, Schema> named) {
    if (s == null) {
      return;
    }
    unsetDefaults(s);
    if (s.getType() == Schema.SchemaType.ARRAY && s.getProperties() != null) {
      Schema items = itemsOf(s, named);
      if (items != null && (items.getRef() != null || s.getItems() == null)) {
        s.setItems(items);
      }
      s.setProperties(null);
      s.setRequired(null);
    }
    if (s.getType() == Schema.SchemaType.ARRAY
        && s.getItems() != null
        && s.getItems().getRef() == null
        && s.getItems().getProperties() != null) {
      Schema named0 = itemsOf(s.getItems(), named);
      if (named0 != null && named0.getRef() != null) {
        s.setItems(named0);
      }
    }
    if (s.getType() != null
        && s.getType() != Schema.SchemaType.OBJECT
        && s.getType() != Schema.SchemaType.ARRAY) {
      // a scalar: what the server copied from elsewhere into it does not belong
      s.setProperties(null);
      s.setRequired(null);
      s.setItems(null);
    }
    if (s.getType() == Schema.SchemaType.NUMBER && s.getFormat() == null && integral(s)) {
      s.setType(Schema.SchemaType.INTEGER);
      s.setFormat("int64");
    }
    s.setExample(typed(s, s.getExample()));
    if (s.getProperties() != null) {
      s.getProperties().values().forEach(p -> tidy(p, named));
    }
    tidy(s.getItems(), named);
    tidy(s.getAdditionalPropertiesSchema(), named);
    if (s.getAllOf() != null) {
      s.getAllOf().forEach(p -> tidy(p, named));
    }
    if (s.getOneOf() != null) {
      s.getOneOf().forEach(p -> tidy(p, named));
    }
  }

  /** The names of the schemas a part of the document refers to, found by walking it. */
  private static void collectRefs(Object part, Set<String> names) {
    if (part == null) {
      return;
    }
    if (part instanceof Schema s) {
      if (s.getRef() != null) {
        names.add(s.getRef().substring(s.getRef().lastIndexOf('/') + 1));
      }
      if (s.getProperties() != null) {
        s.getProperties().values().forEach(p -> collectRefs(p, names));
      }
      collectRefs(s.getItems(), names);
      collectRefs(s.getAdditionalPropertiesSchema(), names);
      if (s.getAllOf() != null) {
        s.getAllOf().forEach(p -> collectRefs(p, names));
      }
      if (s.getOneOf() != null) {
        s.getOneOf().forEach(p -> collectRefs(p, names));
      }
    } else if (part instanceof PathItem item) {
      item.getOperations().values().forEach(op -> collectRefs(op, names));
    } else if (part instanceof Operation op) {
      if (op.getParameters() != null) {
        op.getParameters().forEach(p -> collectRefs(p.getSchema(), names));
      }
      if (op.getRequestBody() != null) {
        collectRefs(op.getRequestBody().getContent(), names);
      }
      if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
        op.getResponses().getAPIResponses().values().forEach(r -> collectRefs(r, names));
      }
    } else if (part instanceof APIResponse r) {
      collectRefs(r.getContent(), names);
    } else if (part instanceof Content c && c.getMediaTypes() != null) {
      c.getMediaTypes().values().forEach(m -> collectRefs(m.getSchema(), names));
    }
  }

  /** Removes what the server set from annotation attributes that were left at their defaults. */
  private static void unsetDefaults(Schema s) {
    if (Boolean.FALSE.equals(s.getExclusiveMaximum())) {
      s.setExclusiveMaximum(null);
    }
    if (Boolean.FALSE.equals(s.getExclusiveMinimum())) {
      s.setExclusiveMinimum(null);
    }
    if (Integer.valueOf(0).equals(s.getMinLength())) {
      s.setMinLength(null);
    }
    if (Integer.valueOf(0).equals(s.getMaxProperties())) {
      s.setMaxProperties(null);
    }
    if (Integer.valueOf(0).equals(s.getMinProperties())) {
      s.setMinProperties(null);
    }
    if (Integer.valueOf(0).equals(s.getMinItems())) {
      s.setMinItems(null);
    }
    if (Boolean.FALSE.equals(s.getUniqueItems())) {
      s.setUniqueItems(null);
    }
    if (Boolean.FALSE.equals(s.getNullable())) {
      s.setNullable(null);
    }
    if (Boolean.FALSE.equals(s.getReadOnly())) {
      s.setReadOnly(null);
    }
    if (Boolean.FALSE.equals(s.getWriteOnly())) {
      s.setWriteOnly(null);
    }
    if (Boolean.FALSE.equals(s.getDeprecated())) {
      s.setDeprecated(null);
    }
  }

  /**
   * The items of an array the server wrote out with its item's properties: a reference to the named
   * schema with the same properties, else an object with those properties.
   */
  private static Schema itemsOf(Schema array, Map<String, Schema> named) {
    if (array.getProperties() == null || array.getProperties().isEmpty()) {
      return null;
    }
    Set<String> keys = new LinkedHashSet<>(array.getProperties().keySet());
    String sameKeys = null;
    for (Map.Entry<String, Schema> e : named.entrySet()) {
      Schema candidate = e.getValue();
      if (candidate.getProperties() == null || !candidate.getProperties().keySet().equals(keys)) {
        continue;
      }
      if (Objects.equals(
          Set.copyOf(nullToEmpty(candidate.getRequired())),
          Set.copyOf(nullToEmpty(array.getRequired())))) {
        return OASFactory.createSchema().ref(e.getKey());
      }
      sameKeys = sameKeys == null ? e.getKey() : sameKeys;
    }
    if (sameKeys != null) {
      return OASFactory.createSchema().ref(sameKeys);
    }
    Schema items = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    items.setProperties(new LinkedHashMap<>(array.getProperties()));
    items.setRequired(array.getRequired());
    return items;
  }

  private static List<String> nullToEmpty(List<String> l) {
    return l == null ? List.of() : l;
  }

  private static boolean integral(Schema s) {
    Object example = s.getExample();
    if (example == null) {
      return true;
    }
    try {
      new BigDecimal(example.toString()).longValueExact();
      return true;
    } catch (ArithmeticException | NumberFormatException e) {
      return false;
    }
  }

  private static Object typed(Schema s, Object example) {
    if (!(example instanceof String text) || s.getType() == null) {
      return example;
    }
    try {
      return switch (s.getType()) {
        case INTEGER -> Long.valueOf(text);
        case NUMBER -> new BigDecimal(text);
        case BOOLEAN -> Boolean.valueOf(text);
        default -> example;
      };
    } catch (NumberFormatException e) {
      return example;
    }
  }
}
