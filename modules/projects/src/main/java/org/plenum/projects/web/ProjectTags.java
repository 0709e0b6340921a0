package org.plenum.projects.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.plenum.api.Slugs;
import org.plenum.projects.ProjectQueries;

/**
 * Tags in addresses: {@code ?tag=benevolat} lists the projects tagged “bénévolat”. The address of a
 * tag is its slug; the tag behind one is found among those of public projects.
 */
@Named("projectTags")
@ApplicationScoped
public class ProjectTags {

  @Inject ProjectQueries projects;

  /**
   * @param tag a tag
   * @return its address in the list's query
   */
  public String slug(String tag) {
    return Slugs.from(tag);
  }

  /**
   * The tag of a public project whose address is a slug.
   *
   * @param slug the address
   * @return the tag, or empty when no public project carries one of that address
   */
  public Optional<String> bySlug(String slug) {
    if (!Slugs.valid(slug)) {
      return Optional.empty();
    }
    return projects.tagCounts().keySet().stream()
        .filter(t -> Slugs.from(t).equals(slug))
        .sorted()
        .findFirst();
  }
}
