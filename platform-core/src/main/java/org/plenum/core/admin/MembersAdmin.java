package org.plenum.core.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plenum.api.Rejected;
import org.plenum.api.members.MemberStatus;
import org.plenum.core.CoreModule;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.AccountStanding;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.Grants;
import org.plenum.core.identity.MemberSearch;
import org.plenum.core.members.MemberImport;
import org.plenum.core.permissions.Authorizer;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Dates;
import org.plenum.core.web.Messages;
import org.plenum.spi.Roles;

/**
 * The members page of the administration: find accounts by name, chapter and status in a table the
 * database pages and sorts (by name, user name, joining date or status), export them as CSV;
 * suspend and reactivate them, make them members or supporters, grant and revoke roles.
 */
@Named("membersAdmin")
@RequestScoped
public class MembersAdmin {

  @Inject Accounts accounts;

  @Inject AccountStanding standing;

  @Inject MemberSearch memberSearch;

  @Inject MemberImport importer;

  @Inject ChapterService chapters;

  @Inject Grants grants;

  @Inject Authorizer authorizer;

  @Inject AuditLog audit;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  @Inject Dates dates;

  private String query;
  private String chapter;
  private String status;
  private String role;
  private String grantee;
  private String roleChapter;
  private MembersTable table;
  private List<ChapterService.Node> tree;
  private Part importFile;

  /**
   * Reads the search from the address, before anything asks for the results: a post-back decodes
   * the row buttons against the same rows the page showed.
   */
  @PostConstruct
  void readSearch() {
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    setQuery(params.get("q"));
    setChapter(params.get("chapter"));
    setStatus(params.get("status"));
  }

  /**
   * @return the accounts matching the search, a page at a time
   */
  public MembersTable getTable() {
    if (table == null) {
      Long chapterId =
          chapter == null || chapter.isBlank()
              ? null
              : chapters.bySlug(chapter).map(Chapter::getId).orElse(-1L);
      MemberStatus s = null;
      if (status != null && !status.isBlank()) {
        try {
          s = MemberStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
          s = null;
        }
      }
      table = new MembersTable(memberSearch, new MemberSearch.Filter(query, chapterId, s));
    }
    return table;
  }

  /**
   * When an account was made, for the reader.
   *
   * @param a an account
   * @return the date in the reader's language
   */
  public String joined(Account a) {
    return a.createdAt() == null ? "" : dates.date(a.createdAt());
  }

  /**
   * The roles of an account, for display.
   *
   * @param a an account
   * @return such as {@code coordinator (IOPS London), editor}
   */
  public String roles(Account a) {
    return grants.of(a.username()).stream()
        .map(
            h ->
                msg.get("core.role." + h.role())
                    + (h.chapterId() == null
                        ? ""
                        : " ("
                            + chapters.byId(h.chapterId()).map(Chapter::getName).orElse("?")
                            + ")"))
        .sorted()
        .reduce((x, y) -> x + ", " + y)
        .orElse("");
  }

  /**
   * @return every chapter, for the filters (read once for the page's two lists)
   */
  public List<ChapterService.Node> getChapters() {
    if (tree == null) {
      tree = chapters.tree();
    }
    return tree;
  }

  /**
   * @return the roles that can be granted
   */
  public List<String> getRoles() {
    return List.of(Roles.ADMINISTRATOR, Roles.EDITOR, Roles.TRANSLATOR, Roles.COORDINATOR);
  }

  /**
   * Suspends or reactivates an account.
   *
   * @param username the account
   * @param suspend the new state
   * @return {@code null}
   */
  public String suspend(String username, boolean suspend) {
    authorizer.require(current.getCaller(), CoreModule.MEMBERS_MANAGE);
    if (username.equalsIgnoreCase(current.getCaller().username())) {
      return message(FacesMessage.SEVERITY_ERROR, "core.member.error.self", username);
    }
    standing.setSuspended(username, suspend);
    return message(
        FacesMessage.SEVERITY_INFO,
        suspend ? "core.admin.members.suspended" : "core.admin.members.reactivated",
        username);
  }

  /**
   * Makes an account a member or a supporter.
   *
   * @param username the account
   * @param newStatus MEMBER or SUPPORTER
   * @return {@code null}
   */
  public String status(String username, String newStatus) {
    authorizer.require(current.getCaller(), CoreModule.MEMBERS_MANAGE);
    MemberStatus s = MemberStatus.valueOf(newStatus);
    standing.setStatus(username, s);
    return message(FacesMessage.SEVERITY_INFO, "core.admin.members.statusChanged", username);
  }

  /**
   * Grants the role chosen in the form to the account named in it.
   *
   * @return {@code null}
   */
  public String grant() {
    String username = grantee == null ? "" : grantee.strip();
    if (accounts.byUsername(username).isEmpty()) {
      return message(FacesMessage.SEVERITY_ERROR, "core.member.error.notFound", username);
    }
    authorizer.require(current.getCaller(), CoreModule.MEMBERS_MANAGE);
    if (role == null || !getRoles().contains(role)) {
      return message(FacesMessage.SEVERITY_ERROR, "core.member.error.role", username);
    }
    Long chapterId =
        roleChapter == null || roleChapter.isBlank()
            ? null
            : chapters.bySlug(roleChapter).map(Chapter::getId).orElse(null);
    if (Roles.COORDINATOR.equals(role) && chapterId == null) {
      return message(
          FacesMessage.SEVERITY_ERROR, "core.admin.members.coordinatorNeedsChapter", username);
    }
    Account a = accounts.byUsername(username).orElseThrow();
    grants.grant(a.id(), a.username(), role, chapterId, current.getCaller().username());
    return message(FacesMessage.SEVERITY_INFO, "core.admin.members.granted", username);
  }

  /**
   * Imports the members of the CSV file chosen in the import form: all of them, or none and every
   * mistake told with its line.
   *
   * @return {@code null}
   */
  public String importMembers() {
    authorizer.require(current.getCaller(), CoreModule.MEMBERS_MANAGE);
    FacesContext faces = FacesContext.getCurrentInstance();
    if (importFile == null || importFile.getSize() == 0) {
      return message(FacesMessage.SEVERITY_ERROR, "core.import.error.empty", null);
    }
    try (InputStream in = importFile.getInputStream()) {
      Optional<String> text = MemberImport.text(in);
      if (text.isEmpty()) {
        return message(
            FacesMessage.SEVERITY_ERROR,
            "core.import.error.tooLarge",
            MemberImport.MAX_BYTES / 1024 / 1024);
      }
      int made = importer.save(importer.read(new StringReader(text.get())));
      return message(FacesMessage.SEVERITY_INFO, "core.admin.members.imported", made);
    } catch (Rejected r) {
      for (Rejected.Problem p : r.problems()) {
        faces.addMessage(
            "import:file",
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR, msg.format(p.key(), p.args().toArray()), null));
      }
      faces.validationFailed();
      return null;
    } catch (IOException e) {
      return message(FacesMessage.SEVERITY_ERROR, "core.import.error.malformed", null);
    }
  }

  /**
   * @return the file chosen in the import form
   */
  public Part getImportFile() {
    return importFile;
  }

  /**
   * @param importFile the file chosen in the import form
   */
  public void setImportFile(Part importFile) {
    this.importFile = importFile;
  }

  private String message(FacesMessage.Severity severity, String key, Object arg) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(severity, msg.format(key, arg), null));
    table = null;
    return null;
  }

  /**
   * A status's name for the reader.
   *
   * @param a an account
   * @return "Member" or "Supporter"
   */
  public String statusName(Account a) {
    return msg.get("core.memberStatus." + a.status().name().toLowerCase(Locale.ROOT));
  }

  /**
   * @return the search text
   */
  public String getQuery() {
    return query;
  }

  /**
   * @param query the search text
   */
  public void setQuery(String query) {
    this.query = query == null || query.length() <= 100 ? query : query.substring(0, 100);
  }

  /**
   * @return the chapter filter (slug)
   */
  public String getChapter() {
    return chapter;
  }

  /**
   * @param chapter the chapter filter (slug)
   */
  public void setChapter(String chapter) {
    this.chapter = chapter;
  }

  /**
   * @return the status filter
   */
  public String getStatus() {
    return status;
  }

  /**
   * @param status the status filter
   */
  public void setStatus(String status) {
    this.status = status;
  }

  /**
   * @return the account to grant a role to
   */
  public String getGrantee() {
    return grantee;
  }

  /**
   * @param grantee the account to grant a role to (user name or address)
   */
  public void setGrantee(String grantee) {
    this.grantee = grantee;
  }

  /**
   * @return the role to grant
   */
  public String getRole() {
    return role;
  }

  /**
   * @param role the role to grant
   */
  public void setRole(String role) {
    this.role = role;
  }

  /**
   * @return the chapter the role is granted in
   */
  public String getRoleChapter() {
    return roleChapter;
  }

  /**
   * @param roleChapter the chapter the role is granted in (slug), blank for site-wide
   */
  public void setRoleChapter(String roleChapter) {
    this.roleChapter = roleChapter;
  }
}
