package org.plenum.projects.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.plenum.api.CurrentReader;
import org.plenum.projects.Project;
import org.plenum.projects.ProjectAccess;
import org.plenum.projects.ProjectQueries;

/**
 * A member's projects: those they proposed or are in the team of, whatever their status; and the
 * proposals waiting for their decision, for coordinators and editors.
 */
@Named("myProjects")
@RequestScoped
public class MyProjects {

  @Inject ProjectQueries projects;

  @Inject ProjectAccess access;

  @Inject CurrentReader current;

  private List<Project> mine = List.of();
  private List<Project> waiting = List.of();

  @PostConstruct
  void prepare() {
    access
        .member(current.getCaller())
        .ifPresent(
            m -> {
              mine = projects.of(m.id());
              waiting = projects.waitingFor(current.getCaller());
            });
  }

  /**
   * @return the member's projects
   */
  public List<Project> getMine() {
    return mine;
  }

  /**
   * @return the proposals waiting for the member's decision
   */
  public List<Project> getWaiting() {
    return waiting;
  }
}
