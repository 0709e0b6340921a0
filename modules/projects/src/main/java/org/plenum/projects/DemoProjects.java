package org.plenum.projects;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;
import org.plenum.api.Chapter;
import org.plenum.api.Chapters;
import org.plenum.api.Markdown;
import org.plenum.api.Member;
import org.plenum.api.Members;
import org.plenum.api.Settings;
import org.plenum.api.Texts;
import org.plenum.spi.SiteStarted;

/**
 * The demo's projects, as the organisation's home page listed them: "Live Talks" (the whole
 * federation), "Love Unriot" (London) and "The universal exchange unit" (the federation), each
 * under way with a team drawn from the demo's members.
 */
@ApplicationScoped
public class DemoProjects {

  private static final Logger LOG = Logger.getLogger(DemoProjects.class.getName());

  /** The setting that records the demo projects were installed. */
  static final String DONE = "projects.demo.installed";

  @PersistenceContext EntityManager em;

  @Inject ProjectQueries projects;

  @Inject Chapters chapters;

  @Inject Members members;

  @Inject Markdown markdown;

  @Inject Settings settings;

  @Inject Texts texts;

  @Transactional
  void install(@Observes @Priority(Interceptor.Priority.APPLICATION + 860) SiteStarted started) {
    if (!started.demoContent()
        || !started.enabledModules().contains(ProjectsModule.ID)
        || "true".equals(settings.get(DONE))) {
      return;
    }
    List<Member> people =
        members.active(0, 40).stream()
            .filter(m -> m.slug() != null && !"admin".equals(m.username()))
            .limit(12)
            .toList();
    if (people.size() < 9 || projects.bySlug("live-talks").isPresent()) {
      return;
    }
    Long london = chapters.bySlug("iops-london").map(Chapter::getId).orElse(null);
    Project talks =
        create(
            "Live Talks",
            "Want to organize an online talk? We need participants to help discuss and decide topics.",
            "Live Talks are online conversations open to every member: a speaker or two, a topic"
                + " chosen together, and time for everyone's questions.\n\n"
                + "**We need** people to propose topics, to moderate, and to translate the"
                + " recordings' subtitles.",
            null,
            LocalDate.of(2013, 6, 1),
            people.subList(0, 4),
            "Participants to help discuss and decide topics",
            5,
            List.of("talks", "online"),
            new String[][] {
              {
                "A date every month", "From now on the talks are on the first Sunday of each month."
              },
              {
                "Subtitles in three languages",
                "Thanks to our translators, every recording now has"
                    + " subtitles in English, French and Spanish."
              }
            },
            new String[] {
              "What topic should the next talk take?",
              "Participatory economics, as the essay's team suggested.",
              "Yes, and let's invite someone from the exchange unit's team to speak."
            });
    if (texts.offers("fr")) {
      String fr =
          "Les Live Talks sont des conversations en ligne ouvertes à tous les membres : un ou deux"
              + " intervenants, un sujet choisi ensemble et du temps pour les questions de chacun.\n\n"
              + "**Il nous faut** des personnes pour proposer des sujets, animer et traduire les"
              + " sous-titres des enregistrements.";
      ProjectTranslation t = new ProjectTranslation(talks.getId(), "fr");
      t.write(
          "Live Talks",
          "Envie d’organiser une conférence en ligne ? Il nous faut des participants pour discuter"
              + " et choisir les sujets.",
          fr,
          markdown.render(fr),
          null);
      em.persist(t);
    }
    create(
        "Love Unriot",
        "A communal blog: stories of solidarity from London's streets, written together.",
        "Love Unriot gathers short pieces by members and neighbours: what people did for each"
            + " other after the riots, and what they do now.\n\nAnyone may send a piece; the team"
            + " edits and publishes one a week.",
        london,
        LocalDate.of(2013, 9, 14),
        people.subList(4, 7),
        "Writers and neighbours with a story to tell",
        3,
        List.of("blog", "solidarity"),
        new String[][] {
          {
            "Ten stories published",
            "The tenth story is out: a baker who kept his shop open all" + " night."
          },
          {"A reading evening", "We read five stories aloud at the library; thank you for coming."}
        },
        new String[] {
          "Who edits this week's story?",
          "I can, if someone checks the names with the neighbours.",
          "I'll check them on Saturday."
        });
    create(
        "The universal exchange unit",
        "A long essay on money, value and what a fair economy would count instead.",
        "A collective essay in chapters, each drafted by one member and discussed by all: what"
            + " money measures, what it hides, and a unit of exchange a participatory economy could"
            + " use.",
        null,
        LocalDate.of(2014, 1, 20),
        people.subList(7, 9),
        "Readers to comment on each chapter's draft",
        2,
        List.of("economics", "essay"),
        new String[][] {
          {
            "Chapter one drafted",
            "The first chapter, on what money measures, is ready for" + " comments."
          },
          {"Chapter two under way", "The second chapter turns to what money hides."}
        },
        new String[] {
          "Should the essay name the unit at all?",
          "A name helps readers hold on to the idea.",
          "Then let the readers choose it."
        });
    settings.update(Map.of(DONE, "true"));
    LOG.info("Installed the demo's three projects");
  }

  private Project create(
      String title,
      String summary,
      String text,
      Long chapterId,
      LocalDate starts,
      List<Member> team,
      String need,
      int places,
      List<String> tags,
      String[][] news,
      String[] talk) {
    Project p = new Project(team.get(0).id());
    p.describe(
        new ProjectDraft.Checked(
            title,
            org.plenum.api.Slugs.from(title),
            summary,
            text,
            "en",
            chapterId,
            starts,
            new TreeSet<>(tags)),
        markdown.render(text));
    p.move(ProjectStatus.ACTIVE, null);
    em.persist(p);
    em.flush();
    for (int i = 0; i < team.size(); i++) {
      TeamMember t =
          new TeamMember(
              p.getId(),
              team.get(i).id(),
              i == 0 ? TeamRole.LEAD : TeamRole.MEMBER,
              TeamMember.State.ACTIVE);
      em.persist(t);
    }
    // a plan half done: the first milestone reached, its tasks done; the next one ahead
    Milestone first = new Milestone(p.getId());
    first.describe("First steps", starts.plusMonths(2));
    first.done(true);
    em.persist(first);
    Milestone next = new Milestone(p.getId());
    next.describe("Open to everyone", LocalDate.now().plusMonths(3));
    em.persist(next);
    em.flush();
    String[][] tasks = {
      {"Write down what we want", "first", "done"},
      {"Find the first participants", "first", "done"},
      {"Set a regular date", "next", ""},
      {"Invite the chapters", "next", ""}
    };
    Need wanted = new Need(p.getId());
    wanted.describe(need, null, places);
    em.persist(wanted);
    for (int i = 0; i < tasks.length; i++) {
      Task task = new Task(p.getId());
      Milestone m = "first".equals(tasks[i][1]) ? first : next;
      task.describe(tasks[i][0], m.getId(), team.get(i % team.size()).id(), null);
      task.done(!tasks[i][2].isEmpty());
      em.persist(task);
    }
    for (String[] u : news) {
      em.persist(new ProjectUpdate(p.getId(), team.get(0).id(), u[0], u[1], markdown.render(u[1])));
    }
    // a short discussion: a question, an answer, a reply to the answer
    Message parent = null;
    for (int i = 0; i < talk.length; i++) {
      Message m = new Message(p.getId(), parent, team.get((i + 1) % team.size()).id());
      m.write(talk[i], markdown.render(talk[i]), false);
      em.persist(m);
      em.flush();
      m.thread();
      parent = m;
    }
    return p;
  }
}
