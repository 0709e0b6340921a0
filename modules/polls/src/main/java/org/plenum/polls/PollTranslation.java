package org.plenum.polls;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.plenum.api.rest.JsonBuilders;

/**
 * A poll's texts in another language: title, description, and the text of each question and option
 * by id. A text left out is read in the poll's own language.
 */
@Entity
@Cacheable(false)
@Table(name = "polls_translation")
@IdClass(PollTranslation.Key.class)
public class PollTranslation {

  @Id
  @Column(name = "poll_id")
  private Long pollId;

  @Id private String language;

  private String title;

  @Column(name = "description_source")
  private String descriptionSource;

  @Column(name = "description_html")
  private String descriptionHtml;

  private String texts;

  @Column(name = "translated_by")
  private String translatedBy;

  @Column(name = "translated_at")
  private LocalDateTime translatedAt;

  protected PollTranslation() {}

  PollTranslation(long pollId, String language) {
    this.pollId = pollId;
    this.language = language;
  }

  void write(
      String newTitle,
      String source,
      String html,
      Map<Long, String> questions,
      Map<Long, String> options,
      String by) {
    this.title = newTitle;
    this.descriptionSource = source;
    this.descriptionHtml = html;
    JsonObjectBuilder b = JsonBuilders.object();
    questions.forEach((id, text) -> b.add("q" + id, text));
    options.forEach((id, text) -> b.add("c" + id, text));
    this.texts = b.build().toString();
    this.translatedBy = by;
    this.translatedAt = Poll.now();
  }

  private Map<String, String> parsed() {
    Map<String, String> map = new HashMap<>();
    JsonObject o = Json.createReader(new StringReader(texts)).readObject();
    o.forEach(
        (k, v) -> {
          if (v instanceof JsonString s) {
            map.put(k, s.getString());
          }
        });
    return map;
  }

  /**
   * A question's text in this language.
   *
   * @param question the question
   * @return its text, or the original when not translated
   */
  public String text(Question question) {
    return parsed().getOrDefault("q" + question.getId(), question.getText());
  }

  /**
   * An option's text in this language.
   *
   * @param choice the option
   * @return its text, or the original when not translated
   */
  public String label(Choice choice) {
    return parsed().getOrDefault("c" + choice.getId(), choice.getLabel());
  }

  /**
   * @return the questions' texts by question id
   */
  public Map<Long, String> questionTexts() {
    return byPrefix('q');
  }

  /**
   * @return the options' texts by option id
   */
  public Map<Long, String> optionTexts() {
    return byPrefix('c');
  }

  private Map<Long, String> byPrefix(char prefix) {
    Map<Long, String> map = new HashMap<>();
    parsed()
        .forEach(
            (k, v) -> {
              if (k.charAt(0) == prefix) {
                map.put(Long.valueOf(k.substring(1)), v);
              }
            });
    return map;
  }

  /**
   * @return the poll
   */
  public Long getPollId() {
    return pollId;
  }

  /**
   * @return the language
   */
  public String getLanguage() {
    return language;
  }

  /**
   * @return the title
   */
  public String getTitle() {
    return title;
  }

  /**
   * @return the description as written
   */
  public String getDescriptionSource() {
    return descriptionSource;
  }

  /**
   * @return the description, rendered and sanitised
   */
  public String getDescriptionHtml() {
    return descriptionHtml;
  }

  /** The key: poll and language. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long pollId;
    private String language;

    /** For JPA. */
    public Key() {}

    Key(Long pollId, String language) {
      this.pollId = pollId;
      this.language = language;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(pollId, k.pollId)
          && Objects.equals(language, k.language);
    }

    @Override
    public int hashCode() {
      return Objects.hash(pollId, language);
    }
  }
}
