package org.plenum.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.AbstractMap;
import java.util.Set;
import org.plenum.core.i18n.MessageCatalog;

/**
 * The reader's messages for views: {@code #{msg['pages.edit.title']}}. Parameters go through {@code
 * h:outputFormat}.
 */
@Named("msg")
@RequestScoped
public class Messages extends AbstractMap<String, String> {

  @Inject MessageCatalog catalog;

  @Inject CurrentRequest current;

  @Override
  public String get(Object key) {
    return catalog.get(current.getLang(), String.valueOf(key));
  }

  @Override
  public boolean containsKey(Object key) {
    return true;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return Set.of();
  }

  /**
   * A message with arguments.
   *
   * @param key message key
   * @param args arguments
   * @return the text in the reader's language
   */
  public String format(String key, Object... args) {
    return catalog.format(current.getLang(), key, args);
  }

  /**
   * A message with one argument, for views (EL picks overloads by count).
   *
   * @param key message key
   * @param arg the argument
   * @return the text in the reader's language
   */
  public String format(String key, Object arg) {
    return catalog.format(current.getLang(), key, arg);
  }

  /**
   * A message with two arguments, for views.
   *
   * @param key message key
   * @param first the first argument
   * @param second the second argument
   * @return the text in the reader's language
   */
  public String format(String key, Object first, Object second) {
    return catalog.format(current.getLang(), key, first, second);
  }
}
