package org.plenum.blog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import org.plenum.api.Audit;
import org.plenum.api.Denied;
import org.plenum.api.Markdown;
import org.plenum.api.Rejected;
import org.plenum.blog.BlogRules.Actor;

/**
 * Writing posts: starting a draft, saving a change with its cover, restoring a revision, deleting,
 * storing an imported post. Every save keeps a revision; a save that started from an older version
 * than the stored one is refused as a conflict, never applied over it. Every method checks the
 * actor's right through {@link BlogRules} and writes nothing when it refuses.
 */
@ApplicationScoped
public class PostWriter {

  @PersistenceContext EntityManager em;

  @Inject Markdown markdown;

  @Inject Audit audit;

  @Inject BlogRules rules;

  @Inject DraftChecks checks;

  @Inject PostDesk desk;

  @Inject PublishedPosts published;

  @Inject Covers covers;

  @Inject Revisions revisions;

  @Inject People people;

  @Inject PostChanges changes;

  @Inject PostSearch search;

  /**
   * Starts a post as a draft.
   *
   * @param actor the writer, who becomes its first author unless named elsewhere
   * @param blog where
   * @param draft what was written
   * @return the draft
   * @throws Denied when the actor may not write there
   * @throws Rejected when a rule is broken; nothing is written
   */
  @Transactional
  public Post create(Actor actor, Blog blog, PostDraft draft) {
    return create(actor, blog, draft, CoverChange.KEEP);
  }

  /**
   * Starts a post as a draft, with its cover.
   *
   * @param actor the writer, who becomes its first author unless named elsewhere
   * @param blog where
   * @param draft what was written
   * @param cover its cover; a picture that is refused refuses the whole post
   * @return the draft
   * @throws Denied when the actor may not write there
   * @throws Rejected when a rule is broken or the picture is refused; nothing is written
   */
  @Transactional
  public Post create(Actor actor, Blog blog, PostDraft draft, CoverChange cover) {
    if (!rules.mayWrite(actor, blog)) {
      throw new Denied(false, BlogModule.WRITE);
    }
    String stored = covers.store(cover);
    try {
      return insert(actor, blog, draft, stored);
    } catch (RuntimeException e) {
      covers.discard(stored);
      throw e;
    }
  }

  private Post insert(Actor actor, Blog blog, PostDraft draft, String cover) {
    String group = UUID.randomUUID().toString();
    if (draft.translationOf() != null) {
      Post original = em.find(Post.class, draft.translationOf());
      if (original == null || original.getLanguage().equals(draft.language())) {
        throw new Rejected(
            List.of(Rejected.problem("translationOf", "blog.error.translationOf")), false);
      }
      group = original.getTranslationGroup();
    }
    DraftChecks.Checked c = checks.check(draft, blog, null, actor);
    Post post = new Post(blog.getId(), draft.language(), group);
    post.write(
        c.slug(),
        c.title(),
        c.summary(),
        draft.body(),
        markdown.render(draft.body()),
        c.authors(),
        c.tags(),
        actor.caller().username());
    post.cover(cover);
    em.persist(post);
    em.flush();
    search.reindex(post.getId());
    revisions.keep(post, actor.caller().username());
    audit.recordChange("post.save", String.valueOf(post.getId()), null);
    return post;
  }

  /**
   * Saves a change to a post.
   *
   * @param actor who saves
   * @param id the post
   * @param version the version the writer started from
   * @param draft what was written; its language and translation link are ignored
   * @return the post
   * @throws PostNotFound when there is no such post for the actor
   * @throws Denied when the actor may not change it
   * @throws Rejected when a rule is broken or someone saved it meanwhile (a conflict)
   */
  @Transactional
  public Post update(Actor actor, long id, long version, PostDraft draft) {
    return update(actor, id, version, draft, CoverChange.KEEP);
  }

  /**
   * Saves a change to a post and to its cover together: a picture that is refused refuses the whole
   * change.
   *
   * @param actor who saves
   * @param id the post
   * @param version the version the writer started from
   * @param draft what was written; its language and translation link are ignored
   * @param cover what becomes of its cover
   * @return the post
   * @throws PostNotFound when there is no such post for the actor
   * @throws Denied when the actor may not change it
   * @throws Rejected when a rule is broken, the picture is refused or someone saved it meanwhile (a
   *     conflict); nothing is written
   */
  @Transactional
  public Post update(Actor actor, long id, long version, PostDraft draft, CoverChange cover) {
    PostDesk.Located at = desk.visible(actor, id);
    Post post = at.post();
    if (!rules.mayEdit(actor, at.blog(), post)) {
      throw new Denied(false, BlogModule.WRITE);
    }
    if (post.getVersion() != version) {
      throw PostChanges.conflict(post);
    }
    String stored = covers.store(cover);
    String before = post.getCover();
    try {
      rewrite(actor, at, draft, cover.remove() ? null : stored != null ? stored : before);
    } catch (RuntimeException e) {
      covers.discard(stored);
      throw e;
    }
    if (before != null && !before.equals(post.getCover())) {
      covers.discard(before);
    }
    return post;
  }

  private void rewrite(Actor actor, PostDesk.Located at, PostDraft draft, String cover) {
    Post post = at.post();
    PostDraft same =
        new PostDraft(
            draft.title(),
            draft.slug(),
            draft.summary(),
            draft.body(),
            post.getLanguage(),
            draft.coauthors(),
            draft.tags(),
            null);
    DraftChecks.Checked c = checks.check(same, at.blog(), post, actor);
    String before = post.getSlug();
    post.write(
        c.slug(),
        c.title(),
        c.summary(),
        draft.body(),
        markdown.render(draft.body()),
        c.authors(),
        c.tags(),
        actor.caller().username());
    if (!before.equals(c.slug()) && post.getPublishedAt() != null) {
      OldSlug old = em.find(OldSlug.class, OldSlug.key(post.getBlogId(), before));
      if (old == null) {
        em.persist(new OldSlug(post.getBlogId(), before, post.getId()));
      } else {
        old.pointTo(post.getId());
      }
    }
    post.cover(cover);
    changes.flush(post);
    revisions.keep(post, actor.caller().username());
    changes.firePublic(post);
    audit.recordChange("post.save", String.valueOf(post.getId()), null);
  }

  /**
   * Restores an earlier revision: its title, address, summary, body and tags become a new revision.
   *
   * @param actor who restores
   * @param id the post
   * @param version the version the editor saw
   * @param number the revision to bring back
   * @return the post
   */
  @Transactional
  public Post restore(Actor actor, long id, long version, int number) {
    PostDesk.Located at = desk.visible(actor, id);
    Revision r = revisions.revision(id, number).orElseThrow(() -> new PostNotFound(id));
    List<String> authors = people.addresses(at.post().getAuthorIds());
    Post restored =
        update(
            actor,
            id,
            version,
            new PostDraft(
                r.getTitle(),
                r.getSlug(),
                r.getSummary(),
                r.getBodySource(),
                at.post().getLanguage(),
                authors,
                new TreeSet<>(r.getTagList()),
                null));
    audit.recordChange("post.restore", String.valueOf(id), String.valueOf(number));
    return restored;
  }

  /**
   * Deletes a post with its revisions and comments.
   *
   * @param actor its blog's publisher, or an author of a draft
   * @param id the post
   */
  @Transactional
  public void delete(Actor actor, long id) {
    PostDesk.Located at = desk.visible(actor, id);
    if (!rules.mayDelete(actor, at.blog(), at.post())) {
      throw new Denied(false, BlogRules.publishPermission(at.blog()));
    }
    Post post = at.post();
    em.createQuery("delete from Revision r where r.postId = :p")
        .setParameter("p", id)
        .executeUpdate();
    em.createQuery("delete from OldSlug o where o.postId = :p")
        .setParameter("p", id)
        .executeUpdate();
    em.createNativeQuery(
            "delete from blog_comment_report where comment_id in"
                + " (select id from blog_comment where post_id = ?)")
        .setParameter(1, id)
        .executeUpdate();
    em.createQuery("delete from Comment c where c.postId = :p")
        .setParameter("p", id)
        .executeUpdate();
    em.remove(post);
    em.flush();
    changes.fire(post, PostChanged.What.DELETED);
    audit.recordChange("post.delete", String.valueOf(id), post.getTitle());
  }

  /**
   * Stores an already published post (an import), unless its blog has one at its address.
   *
   * @param blog the blog
   * @param imported the post
   * @param authors its authors' account ids
   * @return true when stored, false when the address was taken
   */
  @Transactional
  public boolean importPublished(Blog blog, PostImport.Imported imported, List<Long> authors) {
    if (published.exists(blog.getId(), imported.slug())) {
      return false;
    }
    Post p = new Post(blog.getId(), imported.language(), UUID.randomUUID().toString());
    p.write(
        imported.slug(),
        imported.title(),
        imported.summary(),
        imported.body(),
        markdown.render(imported.body()),
        authors,
        imported.tags(),
        "import");
    p.publish(imported.date());
    em.persist(p);
    em.flush();
    search.reindex(p.getId());
    return true;
  }
}
