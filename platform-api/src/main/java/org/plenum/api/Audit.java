package org.plenum.api;

/**
 * The audit log: who did what to what, from where. Every change a member or an API client makes to
 * shared content is recorded; administrators read the log in the administration.
 */
public interface Audit {

  /**
   * Records an action.
   *
   * @param actor the user name of who acted
   * @param action what was done, such as {@code blog.post.publish}
   * @param subject on what, such as {@code blog.post:42}
   * @param detail more, or {@code null}
   * @param address the client's address
   */
  void record(String actor, String action, String subject, String detail, String address);

  /**
   * Records an action of the current caller, from their address.
   *
   * @param reader the current request
   * @param action what was done
   * @param subject on what
   * @param detail more, or {@code null}
   */
  default void record(CurrentReader reader, String action, String subject, String detail) {
    Caller caller = reader.getCaller();
    record(
        caller == null ? "anonymous" : caller.username(),
        action,
        subject,
        detail,
        reader.getAddress());
  }
}
