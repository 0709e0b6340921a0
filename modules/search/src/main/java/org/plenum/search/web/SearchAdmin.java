package org.plenum.search.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.plenum.api.Audit;
import org.plenum.api.CorePermissions;
import org.plenum.api.CurrentReader;
import org.plenum.api.PageGuards;
import org.plenum.search.SearchFollower;
import org.plenum.search.SearchIndex;
import org.plenum.search.SearchModule;
import org.plenum.spi.AdminPage;

/**
 * The search's administration page: how many items the index holds, and a rebuild from the content,
 * with its progress; searches keep using the old index until the new one is ready.
 */
@Named("searchAdmin")
@RequestScoped
public class SearchAdmin {

  @Inject SearchIndex index;

  @Inject SearchFollower follower;

  @Inject CurrentReader current;

  @Inject Audit audit;

  /**
   * @return the items in the index in use
   */
  public long getDocuments() {
    return index.documents();
  }

  /**
   * @return the newest change of the log the index has applied
   */
  public long getFollowed() {
    return follower.followed();
  }

  /**
   * @return the newest change logged
   */
  public long getLatest() {
    return follower.latest();
  }

  /**
   * @return true while a rebuild runs
   */
  public boolean isRebuilding() {
    return index.isRebuilding();
  }

  /**
   * @return true when there is an index to search
   */
  public boolean isReady() {
    return index.isReady();
  }

  /**
   * @return items written by the rebuild running
   */
  public long getDone() {
    return index.progress()[0];
  }

  /**
   * @return the rebuild's progress, 0 to 100, against the size of the index in use
   */
  public long getPercent() {
    long[] p = index.progress();
    return p[1] <= 0 ? 0 : Math.min(99, p[0] * 100 / p[1]);
  }

  /**
   * Starts a rebuild and shows its progress.
   *
   * @return {@code null}
   * @throws IOException when the redirect fails
   */
  public String rebuild() throws IOException {
    follower.rebuildInBackground();
    audit.record(
        current.getCaller().username(), "search.rebuild", null, null, current.getAddress());
    PageGuards.redirect(current.link("admin/search") + "?started=1");
    return null;
  }

  /**
   * @return true just after a rebuild was asked for
   */
  public boolean isStarted() {
    return "1".equals(current.query("started"));
  }

  /** The administration's link to this page. */
  @ApplicationScoped
  public static class Link implements AdminPage {
    @Override
    public String moduleId() {
      return SearchModule.ID;
    }

    @Override
    public String labelKey() {
      return "search.admin.link";
    }

    @Override
    public String path() {
      return "admin/search";
    }

    @Override
    public String permission() {
      return CorePermissions.ADMIN;
    }
  }
}
