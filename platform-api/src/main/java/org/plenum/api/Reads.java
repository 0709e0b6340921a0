package org.plenum.api;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What pages read on every request while the content behind it rarely changes — a home-page block's
 * items, a menu, the latest of something — kept in memory between requests. A value is kept with
 * the page-cache tags of what it was read from, and dropped when content with one of those tags
 * changes ({@link org.plenum.spi.ContentChanged}, fired by the module that changes it), when
 * everything does, or after some minutes. A value read while such a change was being made is not
 * kept. Values are shared by every reader: read with it only what is the same for all, and never
 * change a value taken from it (entities in it are detached copies to read).
 *
 * <pre>{@code
 * List<Page> recent = reads.read("pages.recent:" + lang, Set.of(PAGES), () -> service.recent(lang, 8));
 * }</pre>
 *
 * @since 1.2.0
 */
public interface Reads {

  /**
   * A value kept, or read now and kept unless its content changed while it was read.
   *
   * @param key the value's key, starting with the module's id
   * @param tags the page-cache tags of what it is read from (such as {@code events}); a change with
   *     {@code ContentChanged.EVERYTHING} drops every value
   * @param load reads the value
   * @param <T> the value's type
   * @return the value
   */
  <T> T read(String key, Set<String> tags, Supplier<T> load);

  /**
   * Values of many keys at once — the names behind a page's author ids, say — each kept on its own:
   * those kept are taken, the others read together in one call and kept unless their content
   * changed while they were read.
   *
   * <pre>{@code
   * Map<Long, Person> people = reads.readAll("blog.person:", ids, Set.of(ContentChanged.PEOPLE), missing -> load(missing));
   * }</pre>
   *
   * @param prefix the values' key before each id, starting with the module's id
   * @param ids the ids
   * @param tags the page-cache tags of what they are read from
   * @param load reads the values of the ids not kept; an id it leaves out has no value
   * @param <K> the ids' type; its {@code toString} ends the key
   * @param <V> the values' type
   * @return the values found, by id
   * @since 1.4.0
   */
  <K, V> Map<K, V> readAll(
      String prefix, Collection<K> ids, Set<String> tags, Function<Collection<K>, Map<K, V>> load);
}
