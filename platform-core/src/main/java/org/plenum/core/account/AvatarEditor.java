package org.plenum.core.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import org.plenum.api.Rejected;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.media.Images;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * A member's picture on their profile: chosen with a preview, sent with a progress bar, checked and
 * redrawn square by {@link Images}, and shown at once in place of the old one, which is deleted. A
 * refused file leaves the picture as it was and says why beside the field.
 */
@Named("avatarEditor")
@RequestScoped
public class AvatarEditor {

  /** The field's client id, where refusals are shown. */
  static final String FIELD = "avatar:file";

  @Inject Accounts accounts;

  @Inject Images images;

  @Inject AuditLog audit;

  @Inject CurrentRequest current;

  @Inject Messages msg;

  private String username;
  private String avatar;
  private String status;

  @PostConstruct
  void load() {
    username = current.getCaller().username();
    avatar = accounts.byUsername(username).map(Account::avatar).orElse(null);
  }

  /**
   * Stores a picture sent from the field, replacing the member's.
   *
   * @param event the upload
   */
  public void uploaded(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    if (file == null || file.getSize() == 0) {
      refuse(msg.get("core.image.error.empty"));
      return;
    }
    String stored;
    try (InputStream in = file.getInputStream()) {
      stored = images.store(Images.AVATAR, in);
    } catch (Rejected e) {
      Rejected.Problem p = e.problems().get(0);
      refuse(msg.format(p.key(), p.args().toArray()));
      return;
    } catch (IOException e) {
      refuse(msg.get("core.image.error.unreadable"));
      return;
    } finally {
      delete(file);
    }
    images.delete(Images.AVATAR.kind(), accounts.replaceAvatar(username, stored));
    audit.record(username, "avatar.change", username, null, current.getAddress());
    avatar = stored;
    status = msg.get("core.avatar.saved");
  }

  /**
   * Removes the member's picture.
   *
   * @return {@code null}
   */
  public String remove() {
    String old = accounts.replaceAvatar(username, null);
    if (old != null) {
      images.delete(Images.AVATAR.kind(), old);
      audit.record(username, "avatar.remove", username, null, current.getAddress());
    }
    avatar = null;
    return null;
  }

  private static void delete(UploadedFile file) {
    try {
      file.delete();
    } catch (IOException e) {
      // the container removes its temporary file at the end of the request anyway
    }
  }

  private static void refuse(String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    faces.validationFailed();
  }

  /**
   * @return the picture's file name, or {@code null} when the member has none
   */
  public String getAvatar() {
    return avatar;
  }

  /**
   * @return what the last upload did, for the screen reader's live region, or {@code null}
   */
  public String getStatus() {
    return status;
  }

  /**
   * @return the largest file taken, in bytes
   */
  public int getSizeLimit() {
    return Images.MAX_BYTES;
  }

  /**
   * @return the largest file taken, in megabytes
   */
  public int getSizeLimitMegabytes() {
    return Images.MAX_BYTES / (1024 * 1024);
  }
}
