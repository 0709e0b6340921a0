package org.plenum.api;

import java.util.Map;

/**
 * Titles of a module's items in the reader's language, where a translation gives one, for lists:
 * the translations are read once a request. A module makes a request-scoped, named bean of it for
 * its item type.
 *
 * @param <T> the item type
 */
public abstract class TranslatedTitles<T> {

  private Map<Long, String> titles;

  /**
   * @return the current request
   */
  protected abstract CurrentReader reader();

  /**
   * The translated titles of every item in a language.
   *
   * @param lang a language tag
   * @return titles by item id
   */
  protected abstract Map<Long, String> titlesIn(String lang);

  /**
   * @param item an item
   * @return its id
   */
  protected abstract long id(T item);

  /**
   * @param item an item
   * @return the language it was written in
   */
  protected abstract String language(T item);

  /**
   * @param item an item
   * @return its own title
   */
  protected abstract String ownTitle(T item);

  private Map<Long, String> titles() {
    if (titles == null) {
      titles = titlesIn(reader().getLang());
    }
    return titles;
  }

  /**
   * An item's title for the reader.
   *
   * @param item the item
   * @return its title in the reader's language, or its own
   */
  public String title(T item) {
    return language(item).equals(reader().getLang())
        ? ownTitle(item)
        : titles().getOrDefault(id(item), ownTitle(item));
  }

  /**
   * The language an item's title is shown in, for its {@code lang} attribute.
   *
   * @param item the item
   * @return the reader's language where translated, else the item's
   */
  public String lang(T item) {
    return !language(item).equals(reader().getLang()) && titles().containsKey(id(item))
        ? reader().getLang()
        : language(item);
  }
}
