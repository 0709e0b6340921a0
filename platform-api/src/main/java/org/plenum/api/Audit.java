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

  /**
   * Records a change in the transaction that makes it: call it from the method that writes the
   * change, so that the change and its line in the log are written together or not at all (a client
   * told of a failure may then safely try again). The actor and the address are the current
   * request's; outside a request, the site's own.
   *
   * @param action what was done, such as {@code poll.vote}
   * @param subject on what, such as the poll's slug
   * @param detail more, or {@code null}
   * @throws jakarta.transaction.TransactionalException when no transaction is active
   * @since 1.2.0
   */
  void recordChange(String action, String subject, String detail);
}
