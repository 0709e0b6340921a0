package org.plenum.core.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.plenum.api.Texts;
import org.plenum.core.i18n.MessageCatalog;
import org.plenum.core.web.Languages;
import org.plenum.core.web.Messages;

/** The site's texts, from the message catalogue and the reader's language. */
@ApplicationScoped
public class CoreTexts implements Texts {

  @Inject MessageCatalog catalog;

  @Inject Languages languages;

  @Inject Messages messages;

  @Override
  public String text(String key) {
    return messages.get(key);
  }

  @Override
  public String format(String key, Object... args) {
    return messages.format(key, args);
  }

  @Override
  public boolean has(String key) {
    return catalog.has(key);
  }

  @Override
  public String text(String lang, String key) {
    return catalog.get(lang, key);
  }

  @Override
  public String formatIn(String lang, String key, Object... args) {
    return catalog.format(lang, key, args);
  }

  @Override
  public List<String> languages() {
    return languages.offered();
  }

  @Override
  public boolean offers(String lang) {
    return languages.offers(lang);
  }

  @Override
  public String defaultLanguage() {
    return languages.defaultLanguage();
  }

  @Override
  public String nativeName(String lang) {
    return Languages.nativeName(lang);
  }
}
