package org.plenum.polls;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.rest.JsonBuilders;

/**
 * A counted poll, as frozen at its close (in JSON) or counted from its ballots before.
 *
 * @param results per question
 * @param eligible members who could vote
 * @param voters ballots cast
 */
public record Counted(List<Tally.Result> results, long eligible, long voters) {

  static Counted of(List<Tally.Result> results, long eligible, long voters) {
    return new Counted(results, eligible, voters);
  }

  /**
   * The result of a question.
   *
   * @param questionId the question
   * @return its result, if counted
   */
  public Optional<Tally.Result> of(long questionId) {
    return results.stream().filter(r -> r.question() == questionId).findFirst();
  }

  /**
   * @return voters over eligible, 0 to 1
   */
  public BigDecimal turnout() {
    return eligible == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(voters).divide(BigDecimal.valueOf(eligible), MathContext.DECIMAL64);
  }

  /**
   * @return the tally as frozen
   */
  String toJson() {
    JsonArrayBuilder qs = JsonBuilders.array();
    for (Tally.Result r : results) {
      JsonObjectBuilder counts = JsonBuilders.object();
      r.counts().forEach((k, v) -> counts.add(String.valueOf(k), v));
      JsonObjectBuilder shares = JsonBuilders.object();
      r.shares().forEach((k, v) -> shares.add(String.valueOf(k), v));
      JsonObjectBuilder q =
          JsonBuilders.object()
              .add("question", r.question())
              .add("counts", counts)
              .add("shares", shares)
              .add("answered", r.answered())
              .add("turnout", r.turnout());
      if (r.outcome() != null) {
        q.add("outcome", r.outcome().name());
      }
      qs.add(q);
    }
    return JsonBuilders.object()
        .add("eligible", eligible)
        .add("voters", voters)
        .add("questions", qs)
        .build()
        .toString();
  }

  static Counted fromJson(String json) {
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    List<Tally.Result> results = new ArrayList<>();
    for (JsonValue v : o.getJsonArray("questions")) {
      JsonObject q = v.asJsonObject();
      Map<Long, Long> counts = new LinkedHashMap<>();
      q.getJsonObject("counts")
          .forEach((k, n) -> counts.put(Long.valueOf(k), ((JsonNumber) n).longValue()));
      Map<Long, BigDecimal> shares = new LinkedHashMap<>();
      q.getJsonObject("shares")
          .forEach((k, n) -> shares.put(Long.valueOf(k), ((JsonNumber) n).bigDecimalValue()));
      results.add(
          new Tally.Result(
              q.getJsonNumber("question").longValue(),
              counts,
              shares,
              q.getJsonNumber("answered").longValue(),
              q.getJsonNumber("turnout").bigDecimalValue(),
              q.containsKey("outcome") ? Tally.Reason.valueOf(q.getString("outcome")) : null));
    }
    return new Counted(
        results, o.getJsonNumber("eligible").longValue(), o.getJsonNumber("voters").longValue());
  }
}
