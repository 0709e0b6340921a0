package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.plenum.spi.SearchDocument;
import org.plenum.spi.SearchSource;

/**
 * Projects for the site's search: title, summary and description, dated by their last change. An
 * approved project is found by everyone; a proposal only by its initiator and those who may approve
 * it.
 */
@ApplicationScoped
public class ProjectSearch implements SearchSource {

  /** The type of projects in the search. */
  public static final String TYPE = "project";

  private static final Pattern ID = Pattern.compile("(\\d{1,18})(?:-([A-Za-z0-9-]{2,16}))?");

  @Inject ProjectQueries projects;

  @Inject ProjectTranslations translations;

  @Override
  public String moduleId() {
    return ProjectsModule.ID;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public void each(Consumer<SearchDocument> sink) {
    projects.all(p -> sink.accept(document(p)));
    translations.all((p, t) -> sink.accept(document(p, t)));
  }

  /**
   * The search's id of a project's translation.
   *
   * @param projectId the project
   * @param lang the translation's language
   * @return such as {@code 12-fr}
   */
  static String id(long projectId, String lang) {
    return projectId + "-" + lang;
  }

  @Override
  public Optional<SearchDocument> find(String id) {
    Matcher m = ID.matcher(id);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<Project> p = projects.byId(Long.parseLong(m.group(1)));
    if (m.group(2) == null) {
      return p.map(ProjectSearch::document);
    }
    return p.flatMap(x -> translations.translation(x, m.group(2)).map(t -> document(x, t)));
  }

  /**
   * Who may find a project in the search.
   *
   * @param p the project
   * @return its readers' keys
   */
  static Set<String> readers(Project p) {
    if (p.isPublic()) {
      return Set.of(SearchDocument.ANYONE);
    }
    String approvers =
        p.getChapterId() == null
            ? SearchDocument.permission(ProjectsModule.OVERSEE)
            : SearchDocument.permission(ProjectsModule.OVERSEE, p.getChapterId());
    return Set.of(SearchDocument.account(p.getInitiatorId()), approvers);
  }

  static SearchDocument document(Project p) {
    return document(
        p,
        String.valueOf(p.getId()),
        p.getLanguage(),
        p.getTitle(),
        p.getSummary(),
        p.getDescriptionHtml());
  }

  static SearchDocument document(Project p, ProjectTranslation t) {
    return document(
        p,
        id(p.getId(), t.getLanguage()),
        t.getLanguage(),
        t.getTitle(),
        t.getSummary(),
        t.getDescriptionHtml());
  }

  private static SearchDocument document(
      Project p, String id, String lang, String title, String summary, String html) {
    StringBuilder text = new StringBuilder(summary);
    if (html != null) {
      text.append("\n\n").append(Jsoup.parse(html).text());
    }
    return new SearchDocument(
        TYPE,
        id,
        lang,
        title,
        text.toString(),
        "projects/" + p.getSlug(),
        p.getUpdatedAt().toInstant(ZoneOffset.UTC),
        p.getChapterId(),
        List.copyOf(p.getTags()),
        readers(p));
  }
}
