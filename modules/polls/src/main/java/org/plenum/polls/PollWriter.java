package org.plenum.polls;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.plenum.api.Audit;
import org.plenum.api.Rejected;

/**
 * Writing polls before they open: creating one, changing everything of it (its questions are
 * replaced), deleting it. Once a poll opens its ballots were cast on its questions, and it no
 * longer changes.
 */
@ApplicationScoped
public class PollWriter {

  @PersistenceContext EntityManager em;

  @Inject PollQueries polls;

  @Inject Audit audit;

  @Inject PollDrafts drafts;

  @Inject PollChanges changes;

  /**
   * Creates a poll.
   *
   * @param draft what was written
   * @param by who
   * @return the poll
   * @throws Rejected when a rule is broken; nothing is written
   */
  @Transactional
  public Poll create(PollDraft draft, String by) {
    PollDrafts.Checked c = drafts.check(draft);
    if (polls.bySlug(c.slug()).isPresent()) {
      throw slugTaken(c.slug());
    }
    Poll poll = new Poll(draft.chapterId(), draft.language(), UUID.randomUUID().toString(), by);
    drafts.describe(poll, draft, c);
    em.persist(poll);
    em.flush();
    changes.created(poll);
    audit.recordChange("poll.create", poll.getSlug(), null);
    return poll;
  }

  /**
   * Changes a poll before it opens: everything may change, its questions are replaced.
   *
   * @param pollId the poll
   * @param version the version the author started from
   * @param draft what was written
   * @return the poll
   * @throws Rejected when a rule is broken, the poll has opened, or someone else changed it
   *     meanwhile; nothing is written
   */
  @Transactional
  public Poll update(long pollId, long version, PollDraft draft) {
    Poll poll = polls.byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    if (!poll.editableAt(Poll.now())) {
      throw started();
    }
    if (poll.getVersion() != version) {
      throw new Rejected(List.of(Rejected.problem("version", "polls.error.version")), true);
    }
    PollDrafts.Checked c = drafts.check(draft);
    // a change of questions alone must count as a change of the poll
    em.lock(poll, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    if (!c.slug().equals(poll.getSlug()) && polls.bySlug(c.slug()).isPresent()) {
      throw slugTaken(c.slug());
    }
    poll.moveTo(draft.chapterId(), draft.language());
    // the old questions go first: their positions are unique within the poll
    poll.replaceQuestions(List.of());
    em.flush();
    drafts.describe(poll, draft, c);
    em.flush();
    changes.changed(poll);
    audit.recordChange("poll.update", poll.getSlug(), null);
    return poll;
  }

  /**
   * Deletes a poll that has not opened (no ballot can exist).
   *
   * @param pollId the poll
   * @throws Rejected when it has opened
   */
  @Transactional
  public void delete(long pollId) {
    Poll poll = polls.byId(pollId).orElseThrow(() -> new PollNotFound(pollId));
    if (!poll.editableAt(Poll.now())) {
      throw started();
    }
    em.remove(poll);
    em.flush();
    changes.changed(poll);
    audit.recordChange("poll.delete", poll.getSlug(), null);
  }

  private static Rejected slugTaken(String slug) {
    return new Rejected(List.of(Rejected.problem("slug", "polls.error.slugTaken", slug)), true);
  }

  private static Rejected started() {
    return new Rejected(List.of(Rejected.problem("opensAt", "polls.error.started")), true);
  }
}
