package org.plenum.projects.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.plenum.api.CurrentReader;
import org.plenum.api.Reads;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectFilter;
import org.plenum.projects.ProjectQueries;
import org.plenum.projects.ProjectWriter;

/** The home page's "Latest projects": the five under way changed last, as on the seed's page. */
@Named("projectsBlock")
@RequestScoped
public class ProjectsBlock {

  /** Projects the block shows. */
  static final int SIZE = 5;

  @Inject ProjectQueries projects;

  @Inject Reads reads;

  @Inject CurrentReader current;

  /**
   * @return the latest projects, the same for every reader
   */
  public List<Project> getLatest() {
    current.cache(ProjectWriter.TAG);
    return reads.read(
        "projects.latest",
        Set.of(ProjectWriter.TAG),
        () -> projects.list(ProjectFilter.UNDER_WAY, 0, SIZE));
  }
}
