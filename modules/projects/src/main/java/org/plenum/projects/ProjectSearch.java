package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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

  @Inject ProjectQueries projects;

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
  }

  @Override
  public Optional<SearchDocument> find(String id) {
    if (!id.matches("\\d{1,18}")) {
      return Optional.empty();
    }
    return projects.byId(Long.parseLong(id)).map(ProjectSearch::document);
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
    StringBuilder text = new StringBuilder(p.getSummary());
    if (p.getDescriptionHtml() != null) {
      text.append("\n\n").append(Jsoup.parse(p.getDescriptionHtml()).text());
    }
    return new SearchDocument(
        TYPE,
        String.valueOf(p.getId()),
        p.getLanguage(),
        p.getTitle(),
        text.toString(),
        "projects/" + p.getSlug(),
        p.getUpdatedAt().toInstant(ZoneOffset.UTC),
        p.getChapterId(),
        List.of(),
        readers(p));
  }
}
