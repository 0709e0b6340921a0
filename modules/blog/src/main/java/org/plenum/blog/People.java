package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.plenum.api.Chapters;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Reads;
import org.plenum.spi.ContentChanged;

/**
 * The people behind posts and comments: the names, profile addresses and avatars of authors and
 * writers, kept with the module API's {@link Reads} until members change, and the profile addresses
 * the editor's author field holds.
 */
@ApplicationScoped
public class People {

  @Inject Members members;

  @Inject Reads reads;

  /**
   * The people behind account ids, in the order given.
   *
   * @param ids account ids
   * @return name, profile address and avatar of each known one
   */
  @Transactional
  public List<Chapters.Person> people(Collection<Long> ids) {
    Map<Long, Chapters.Person> byId = peopleById(ids);
    List<Chapters.Person> list = new ArrayList<>();
    ids.forEach(
        id -> {
          if (byId.containsKey(id)) {
            list.add(byId.get(id));
          }
        });
    return list;
  }

  /**
   * The people behind account ids.
   *
   * @param ids account ids
   * @return name, profile address and avatar of each known one, by id
   */
  @Transactional
  public Map<Long, Chapters.Person> peopleById(Collection<Long> ids) {
    return reads.readAll(
        "blog.person:",
        ids,
        Set.of(ContentChanged.PEOPLE),
        missing -> {
          Map<Long, Chapters.Person> found = new HashMap<>();
          members
              .byIds(missing)
              .values()
              .forEach(
                  m ->
                      found.put(
                          m.id(), new Chapters.Person(m.displayName(), m.slug(), m.avatar())));
          return found;
        });
  }

  /**
   * The member addresses of accounts, in order, for the editor's author field.
   *
   * @param ids account ids
   * @return their profile slugs
   */
  @Transactional
  public List<String> addresses(List<Long> ids) {
    List<String> slugs = new ArrayList<>();
    Map<Long, Member> found = members.byIds(ids);
    for (Long id : ids) {
      Member a = found.get(id);
      if (a != null && a.slug() != null) {
        slugs.add(a.slug());
      }
    }
    return slugs;
  }
}
