package org.plenum.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import org.plenum.api.Audit;
import org.plenum.api.Caller;
import org.plenum.api.Pictures;
import org.plenum.spi.ContentChanged;

/**
 * Projects' cover pictures: checked and redrawn by the site (JPEG, PNG or GIF of sane size, what
 * else the file carried dropped), cut to the size link previews use. Its leads set and remove it;
 * the picture replaced is thrown away once the change is written, a new one when it is not.
 */
@ApplicationScoped
public class ProjectCovers {

  /** Covers: 1200 × 630, the size link previews use. */
  public static final Pictures.Shape COVER = new Pictures.Shape("project-covers", 1200, 630, true);

  @Inject Pictures pictures;

  @Inject ProjectQueries projects;

  @Inject Audit audit;

  @Inject Event<ContentChanged> changed;

  @Inject ProjectCovers self;

  /**
   * Gives a project a new cover.
   *
   * @param projectId the project
   * @param in the picture's bytes
   * @param caller a lead, or one who may approve the project
   * @return the project
   * @throws org.plenum.api.Rejected when the picture is refused; nothing changes
   */
  public Project set(long projectId, InputStream in, Caller caller) {
    // the caller's right first: nothing is stored for one who may not change the project
    self.check(projectId, caller);
    String stored = pictures.store(COVER, in);
    try {
      String old = self.write(projectId, stored, caller);
      pictures.delete(COVER.kind(), old);
    } catch (RuntimeException e) {
      pictures.delete(COVER.kind(), stored);
      throw e;
    }
    return projects.byId(projectId).orElseThrow(ProjectNotFound::new);
  }

  /**
   * Removes a project's cover.
   *
   * @param projectId the project
   * @param caller a lead, or one who may approve the project
   * @return true when it had one
   */
  public boolean remove(long projectId, Caller caller) {
    String old = self.write(projectId, null, caller);
    pictures.delete(COVER.kind(), old);
    return old != null;
  }

  /**
   * Checks that the caller may change the project's cover.
   *
   * @param projectId the project
   * @param caller the caller
   */
  @Transactional
  public void check(long projectId, Caller caller) {
    projects.ledBy(projectId, caller);
  }

  /**
   * Writes a project's cover.
   *
   * @param projectId the project
   * @param name the stored picture, or {@code null} for none
   * @param caller the caller
   * @return the cover it had, or {@code null}
   */
  @Transactional
  public String write(long projectId, String name, Caller caller) {
    Project p = projects.ledBy(projectId, caller);
    String old = p.getCover();
    p.cover(name);
    audit.recordChange(name == null ? "project.cover.remove" : "project.cover", p.getSlug(), null);
    changed.fire(ContentChanged.of(ProjectWriter.TAG));
    return old;
  }
}
