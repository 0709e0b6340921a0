package org.plenum.api;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Set;
import java.util.function.Function;

/**
 * Messages on a page's form, in the reader's language: a refusal's problems beside the fields they
 * concern, the others at the top of the form, and the form marked as failed so that what was typed
 * stays.
 *
 * <pre>{@code
 * try {
 *   writer.update(id, version, draft);
 * } catch (Rejected e) {
 *   FormMessages.show(e, texts, FormMessages.fields("event", "title", "starts", "ends"));
 * }
 * }</pre>
 *
 * @since 1.2.0
 */
public final class FormMessages {

  private FormMessages() {}

  /**
   * Places the problems of fields a form has beside them.
   *
   * @param form the form's id, such as {@code event}
   * @param fields the names of the fields it has, as the refusal names them
   * @return the client id of each of these fields ({@code event:title}), {@code null} for others
   */
  public static Function<String, String> fields(String form, String... fields) {
    Set<String> on = Set.of(fields);
    return field -> field != null && on.contains(field) ? form + ":" + field : null;
  }

  /**
   * Shows a refusal's problems and marks the form as failed.
   *
   * @param refusal the refusal
   * @param texts the reader's texts
   * @param clientIds the client id of the field a problem concerns, or {@code null} for a message
   *     at the top of the form (see {@link #fields})
   */
  public static void show(Rejected refusal, Texts texts, Function<String, String> clientIds) {
    for (Rejected.Problem p : refusal.problems()) {
      error(clientIds.apply(p.field()), texts.format(p.key(), p.args().toArray()));
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * Shows an error message.
   *
   * @param clientId the field it concerns, or {@code null} for the top of the form
   * @param text the message, in the reader's language
   */
  public static void error(String clientId, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /**
   * Shows an information message at the top of the form.
   *
   * @param text the message, in the reader's language
   */
  public static void info(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }
}
