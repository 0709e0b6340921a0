package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenum.api.Audit;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;
import org.plenum.api.Texts;

/**
 * A poll's texts in the site's other languages: its title, description, questions and options,
 * written by those who manage it, before or after the opening.
 */
@ApplicationScoped
public class PollTranslations {

  @PersistenceContext EntityManager em;

  @Inject PollQueries polls;

  @Inject Audit audit;

  @Inject Markdown markdown;

  @Inject Texts catalog;

  @Inject PollChanges changes;

  /**
   * A poll's texts in a language other than its own.
   *
   * @param poll the poll
   * @param lang the language
   * @return the translation, if any
   */
  @Transactional
  public Optional<PollTranslation> translation(Poll poll, String lang) {
    if (lang == null || lang.equals(poll.getLanguage())) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        em.find(PollTranslation.class, new PollTranslation.Key(poll.getId(), lang)));
  }

  /**
   * The languages a poll is translated into.
   *
   * @param poll the poll
   * @return language tags, sorted
   */
  @Transactional
  public List<String> translations(Poll poll) {
    return em.createQuery(
            "select t.language from PollTranslation t where t.pollId = :p" + " order by t.language",
            String.class)
        .setParameter("p", poll.getId())
        .getResultList();
  }

  /**
   * The titles of polls in a language, where they are translated into it.
   *
   * @param lang the language
   * @return titles by poll id; polls not translated are left out
   */
  @Transactional
  public Map<Long, String> titlesIn(String lang) {
    Map<Long, String> map = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select t.pollId, t.title from PollTranslation t" + " where t.language = :l",
                Object[].class)
            .setParameter("l", lang)
            .getResultList()) {
      map.put((Long) row[0], (String) row[1]);
    }
    return map;
  }

  /**
   * Writes or rewrites a poll's texts in another language. Questions and options left blank are
   * read in the poll's own language; a motion's options are always the site's words for For,
   * Against and Abstain in the reader's language.
   *
   * @param pollId the poll
   * @param lang the language, one the site offers other than the poll's
   * @param title the title
   * @param description the description (Markdown), or blank
   * @param questions question texts by question id
   * @param options option texts by option id
   * @param by who
   * @return the translation
   * @throws Rejected when a text is too long, an id is not the poll's, or the language is wrong;
   *     nothing is written
   */
  @Transactional
  public PollTranslation translate(
      long pollId,
      String lang,
      String title,
      String description,
      Map<Long, String> questions,
      Map<Long, String> options,
      String by) {
    Poll poll = polls.byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    List<Rejected.Problem> problems = new ArrayList<>();
    if (lang == null || !catalog.offers(lang) || lang.equals(poll.getLanguage())) {
      problems.add(Rejected.problem("language", "polls.error.translationLanguage"));
    }
    String t = title == null ? "" : title.strip();
    if (t.isEmpty() || t.length() > PollDrafts.TITLE_MAX) {
      problems.add(Rejected.problem("title", "polls.error.title", PollDrafts.TITLE_MAX));
    }
    String d = description == null ? "" : description.strip();
    if (d.length() > PollDrafts.DESCRIPTION_MAX) {
      problems.add(
          Rejected.problem("description", "polls.error.description", PollDrafts.DESCRIPTION_MAX));
    }
    Map<Long, String> q = new LinkedHashMap<>();
    Map<Long, String> c = new LinkedHashMap<>();
    texts(poll, questions, options, q, c, problems);
    if (!problems.isEmpty()) {
      throw new Rejected(problems.stream().distinct().toList(), false);
    }
    PollTranslation tr = translation(poll, lang).orElse(null);
    if (tr == null) {
      tr = new PollTranslation(poll.getId(), lang);
      em.persist(tr);
    }
    tr.write(t, d.isEmpty() ? null : d, d.isEmpty() ? null : markdown.render(d), q, c, by);
    em.flush();
    changes.shown(poll);
    audit.recordChange("poll.translate", poll.getSlug(), lang);
    return tr;
  }

  /** Checks the texts of questions and options, keeping those given in q and c. */
  private static void texts(
      Poll poll,
      Map<Long, String> questions,
      Map<Long, String> options,
      Map<Long, String> q,
      Map<Long, String> c,
      List<Rejected.Problem> problems) {
    Map<Long, Question> mine = new HashMap<>();
    Map<Long, Question> choiceOf = new HashMap<>();
    for (Question question : poll.getQuestions()) {
      mine.put(question.getId(), question);
      question.getChoices().forEach(x -> choiceOf.put(x.getId(), question));
    }
    questions.forEach(
        (id, text) -> {
          String v = text == null ? "" : text.strip();
          if (!mine.containsKey(id)) {
            problems.add(Rejected.problem("questions", "polls.error.foreignQuestion"));
          } else if (v.length() > PollDrafts.TEXT_MAX) {
            problems.add(
                Rejected.problem(
                    "questions",
                    "polls.error.questionText",
                    mine.get(id).getPosition() + 1,
                    PollDrafts.TEXT_MAX));
          } else if (!v.isEmpty()) {
            q.put(id, v);
          }
        });
    options.forEach(
        (id, text) -> {
          String v = text == null ? "" : text.strip();
          if (!choiceOf.containsKey(id)) {
            problems.add(Rejected.problem("options", "polls.error.foreignOption"));
          } else if (v.length() > PollDrafts.OPTION_MAX) {
            problems.add(
                Rejected.problem(
                    "options",
                    "polls.error.optionLong",
                    choiceOf.get(id).getPosition() + 1,
                    PollDrafts.OPTION_MAX));
          } else if (!v.isEmpty() && !choiceOf.get(id).isMotion()) {
            c.put(id, v);
          }
        });
  }

  /**
   * Removes a poll's translation.
   *
   * @param pollId the poll
   * @param lang the language
   * @return true when there was one
   */
  @Transactional
  public boolean removeTranslation(long pollId, String lang) {
    Poll poll = polls.byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    Optional<PollTranslation> tr = translation(poll, lang);
    tr.ifPresent(em::remove);
    if (tr.isPresent()) {
      changes.shown(poll);
      audit.recordChange("poll.translate.remove", poll.getSlug(), lang);
    }
    return tr.isPresent();
  }
}
