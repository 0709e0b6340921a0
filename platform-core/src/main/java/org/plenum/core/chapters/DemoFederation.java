package org.plenum.core.chapters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.plenum.api.Slugs;
import org.plenum.api.members.MemberStatus;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.Grants;
import org.plenum.spi.Roles;
import org.plenum.spi.SiteStarted;

/**
 * A small federation for an empty demo site: the international, three national chapters, regional
 * and local ones, a working group, and thirty members spread over them. Demo members have no
 * password: they cannot log in.
 */
@ApplicationScoped
public class DemoFederation {

  private static final Logger LOG = Logger.getLogger(DemoFederation.class.getName());

  /** name, kind, parent name, city, region, country, founded. */
  private static final List<String[]> CHAPTERS =
      List.of(
          new String[] {"IOPS International", "INTERNATIONAL", "", "", "", "", "2012-01-19"},
          new String[] {
            "IOPS Australia", "NATIONAL", "IOPS International", "", "", "AU", "2012-06-02"
          },
          new String[] {
            "IOPS United Kingdom", "NATIONAL", "IOPS International", "", "", "GB", "2012-04-14"
          },
          new String[] {
            "IOPS Austria", "NATIONAL", "IOPS International", "", "", "AT", "2012-09-08"
          },
          new String[] {
            "IOPS Victoria", "REGIONAL", "IOPS Australia", "", "Victoria", "AU", "2013-02-10"
          },
          new String[] {
            "IOPS England", "REGIONAL", "IOPS United Kingdom", "", "England", "GB", "2013-03-23"
          },
          new String[] {
            "IOPS Melbourne", "LOCAL", "IOPS Victoria", "Melbourne", "Victoria", "AU", "2013-05-18"
          },
          new String[] {
            "IOPS London", "LOCAL", "IOPS England", "London", "England", "GB", "2013-01-26"
          },
          new String[] {
            "IOPS Suffolk", "LOCAL", "IOPS England", "Ipswich", "Suffolk", "GB", "2014-07-22"
          },
          new String[] {
            "IOPS Vienna", "LOCAL", "IOPS Austria", "Vienna", "Vienna", "AT", "2013-10-05"
          },
          new String[] {
            "IOPS Dublin", "LOCAL", "IOPS International", "Dublin", "Leinster", "IE", "2014-03-15"
          },
          new String[] {
            "IOPS San Carlos",
            "LOCAL",
            "IOPS International",
            "San Carlos",
            "California",
            "US",
            "2014-05-31"
          },
          new String[] {
            "Convention Working Group",
            "WORKING_GROUP",
            "IOPS International",
            "",
            "",
            "",
            "2014-06-12"
          });

  private static final String[] FIRST = {
    "Jane", "Lambert", "Ana", "Tom", "Mariam", "Felix", "Siobhan", "Kofi", "Lena", "Rafael", "Aiko",
    "Pierre", "Nadia", "Oisín", "Grace"
  };
  private static final String[] LAST = {
    "Johnson",
    "Meertens",
    "Okafor",
    "Brennan",
    "Huber",
    "Nguyen",
    "Walsh",
    "Moreau",
    "Silva",
    "Tanaka"
  };
  private static final String[] HOMES = {
    "IOPS Melbourne", "IOPS London", "IOPS Suffolk", "IOPS Vienna", "IOPS Dublin", "IOPS San Carlos"
  };

  @Inject ChapterService chapters;

  @Inject Memberships memberships;

  @Inject Accounts accounts;

  @Inject Grants grants;

  void install(@Observes SiteStarted started) {
    if (!started.demoContent() || chapters.count() > 0) {
      return;
    }
    Map<String, Chapter> byName = new HashMap<>();
    for (String[] c : CHAPTERS) {
      Chapter parent = c[2].isEmpty() ? null : byName.get(c[2]);
      String description =
          "**"
              + c[0]
              + "** — "
              + (c[3].isEmpty() ? "" : c[3] + ", ")
              + (c[4].isEmpty() ? "" : c[4] + ". ")
              + "Weekly meetings are open to every member.";
      byName.put(
          c[0],
          chapters.create(
              new ChapterDraft(
                  ChapterKind.valueOf(c[1]),
                  c[0],
                  null,
                  c[3],
                  c[4],
                  c[5],
                  LocalDate.parse(c[6]),
                  description),
              parent == null ? null : parent.getId()));
    }
    for (int i = 0; i < 30; i++) {
      String name = FIRST[i % FIRST.length] + " " + LAST[(i * 7 + i / FIRST.length) % LAST.length];
      String username = Slugs.from(name).replace("-", ".") + (i >= FIRST.length ? "." + i : "");
      Account a =
          accounts.createWithoutPassword(
              username, name, i % 5 == 4 ? MemberStatus.SUPPORTER : MemberStatus.MEMBER);
      Chapter home = byName.get(HOMES[i % HOMES.length]);
      memberships.join(home.getId(), a.id());
      if (i < HOMES.length) {
        grants.grant(a.id(), username, Roles.COORDINATOR, home.getId(), "demo");
      }
    }
    LOG.info(
        () ->
            "Installed the demo federation: "
                + CHAPTERS.size()
                + " chapters, 30 members (who cannot log in)");
  }
}
