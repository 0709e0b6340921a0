package org.plenum.core.members;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.plenum.api.Rejected;
import org.plenum.api.members.MemberStatus;
import org.plenum.core.account.Joining;
import org.plenum.core.audit.AuditLog;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.chapters.ChapterService;
import org.plenum.core.chapters.Membership;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.Accounts;
import org.plenum.core.identity.ImportedAccounts;
import org.plenum.core.web.Languages;
import org.plenum.spi.ContentChanged;

/**
 * Members brought in from a spreadsheet, as an organisation that moves to the site has them: one
 * member a line of a CSV file whose first line names the columns ({@link #COLUMNS}; {@code
 * username} and {@code name} are needed, the others may be left out or empty). Every line is
 * checked before anything is written: a file with a mistake is refused whole, each mistake told
 * with its line, and no member is made. Members imported have no password: they choose one with
 * "Forgot your password?" and the address given, which counts as verified.
 */
@ApplicationScoped
public class MemberImport {

  /** The columns a file may have, in the order an export of the site's members gives them. */
  public static final List<String> COLUMNS =
      List.of("username", "name", "email", "chapter", "joined", "status", "language");

  /** At most this many members a file. */
  public static final int MAX_MEMBERS = 20_000;

  /** At most this many bytes a file (5 MiB: some 60,000 members of a spreadsheet). */
  public static final int MAX_BYTES = 5 * 1024 * 1024;

  /** At most this many mistakes are told; the rest are counted. */
  static final int MAX_TOLD = 50;

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setTrim(true)
          .setIgnoreSurroundingSpaces(true)
          .get();

  @PersistenceContext EntityManager em;

  @Inject ImportedAccounts accounts;

  @Inject ChapterService chapters;

  @Inject Languages languages;

  @Inject AuditLog audit;

  @Inject Event<ContentChanged> contentChanged;

  /**
   * One member of a file, checked.
   *
   * @param line the line of the file
   * @param username the log-in name, in lower case
   * @param name the name shown
   * @param email the address, or null
   * @param chapterId the chapter joined, or null
   * @param joined when they joined, or null for now
   * @param status member or supporter
   * @param language the language they read, or null for the site's
   */
  public record Row(
      long line,
      String username,
      String name,
      String email,
      Long chapterId,
      LocalDate joined,
      MemberStatus status,
      String language) {}

  /**
   * The text of a file sent, as UTF-8, without the byte-order mark spreadsheets put first.
   *
   * @param in the file
   * @return its text, or empty when it is larger than {@link #MAX_BYTES}
   * @throws IOException when it cannot be read
   */
  public static Optional<String> text(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      return Optional.empty();
    }
    String text = new String(bytes, StandardCharsets.UTF_8);
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /**
   * Reads and checks a file.
   *
   * @param csv the file, as text
   * @return the members it holds
   * @throws Rejected with every mistake, each with its line ({@code field} is {@code line 12})
   */
  public List<Row> read(Reader csv) {
    List<Rejected.Problem> problems = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(FORMAT).get()) {
      List<String> header = parser.getHeaderNames();
      for (String column : header) {
        if (!COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
          throw refused("core.import.error.column", column, String.join(", ", COLUMNS));
        }
      }
      Map<String, String> names = new HashMap<>();
      header.forEach(h -> names.put(h.toLowerCase(Locale.ROOT), h));
      if (!names.containsKey("username") || !names.containsKey("name")) {
        throw refused("core.import.error.header", String.join(", ", COLUMNS));
      }
      Map<String, Optional<Long>> chapterIds = new HashMap<>();
      Map<String, Long> usernames = new HashMap<>();
      Map<String, Long> emails = new HashMap<>();
      for (CSVRecord record : parser) {
        if (record.getRecordNumber() > MAX_MEMBERS) {
          throw refused("core.import.error.tooMany", MAX_MEMBERS);
        }
        Row row = row(record, names, chapterIds, usernames, emails, problems);
        if (row != null) {
          rows.add(row);
        }
      }
      if (rows.isEmpty() && problems.isEmpty()) {
        throw refused("core.import.error.empty");
      }
      taken(usernames, false, "core.import.line.usernameTaken", problems);
      taken(emails, true, "core.import.line.emailTaken", problems);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw refused("core.import.error.malformed");
    } catch (IllegalArgumentException e) {
      // a header that names a column twice, or none
      throw refused("core.import.error.header", String.join(", ", COLUMNS));
    }
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> Long.compare(lineOf(a), lineOf(b)));
      List<Rejected.Problem> told =
          new ArrayList<>(problems.subList(0, Math.min(MAX_TOLD, problems.size())));
      if (problems.size() > MAX_TOLD) {
        told.add(Rejected.problem("file", "core.import.error.more", problems.size() - MAX_TOLD));
      }
      throw new Rejected(told, false);
    }
    return rows;
  }

  /**
   * Makes the members of a checked file, all or none, and records it in the audit log.
   *
   * @param rows the members, from {@link #read}
   * @return how many were made
   */
  @Transactional
  public int save(List<Row> rows) {
    List<ImportedAccounts.Imported> imported = new ArrayList<>(rows.size());
    for (Row row : rows) {
      imported.add(
          new ImportedAccounts.Imported(
              row.username(),
              row.name(),
              row.email(),
              row.status(),
              row.joined() == null ? null : LocalDateTime.of(row.joined(), LocalTime.NOON),
              row.language()));
    }
    List<Account> made = accounts.importAll(imported);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).chapterId() != null) {
        em.persist(new Membership(rows.get(i).chapterId(), made.get(i).id()));
      }
    }
    audit.recordChange("member.import", rows.size() + " members", null);
    contentChanged.fire(ContentChanged.of(ChapterService.CHAPTERS));
    return rows.size();
  }

  private Row row(
      CSVRecord record,
      Map<String, String> names,
      Map<String, Optional<Long>> chapterIds,
      Map<String, Long> usernames,
      Map<String, Long> emails,
      List<Rejected.Problem> problems) {
    long line = record.getRecordNumber() + 1;
    int before = problems.size();
    String username = value(record, names, "username").toLowerCase(Locale.ROOT);
    if (!Accounts.USERNAME.matcher(username).matches()) {
      problems.add(at(line, "core.import.line.username", username));
    } else {
      Long first = usernames.putIfAbsent(Account.key(username), line);
      if (first != null) {
        problems.add(at(line, "core.import.line.usernameTwice", username, first));
      }
    }
    String name = value(record, names, "name");
    if (name.isEmpty() || name.length() > 120) {
      problems.add(at(line, "core.import.line.name"));
    }
    String email = value(record, names, "email");
    if (!email.isEmpty()) {
      if (!Joining.validEmail(email)) {
        problems.add(at(line, "core.import.line.email", email));
      } else {
        Long first = emails.putIfAbsent(Account.key(email), line);
        if (first != null) {
          problems.add(at(line, "core.import.line.emailTwice", email, first));
        }
      }
    }
    String slug = value(record, names, "chapter");
    Long chapterId = null;
    if (!slug.isEmpty()) {
      chapterId =
          chapterIds
              .computeIfAbsent(slug, s -> chapters.bySlug(s).map(Chapter::getId))
              .orElse(null);
      if (chapterId == null) {
        problems.add(at(line, "core.import.line.chapter", slug));
      }
    }
    String date = value(record, names, "joined");
    LocalDate joined = null;
    if (!date.isEmpty()) {
      try {
        joined = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
        if (joined.isAfter(LocalDate.now(ZoneOffset.UTC))) {
          problems.add(at(line, "core.import.line.joined", date));
        }
      } catch (DateTimeParseException e) {
        problems.add(at(line, "core.import.line.joined", date));
      }
    }
    String s = value(record, names, "status");
    MemberStatus status = MemberStatus.MEMBER;
    if (!s.isEmpty()) {
      try {
        status = MemberStatus.valueOf(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        problems.add(at(line, "core.import.line.status", s));
      }
    }
    String language = value(record, names, "language").toLowerCase(Locale.ROOT);
    if (!language.isEmpty() && !languages.offers(language)) {
      problems.add(at(line, "core.import.line.language", language));
    }
    if (problems.size() > before) {
      return null;
    }
    return new Row(
        line,
        username,
        name,
        email.isEmpty() ? null : email,
        chapterId,
        joined,
        status,
        language.isEmpty() ? null : language);
  }

  /** Adds a mistake for each value the site's accounts already hold. */
  private void taken(
      Map<String, Long> lines, boolean emails, String key, List<Rejected.Problem> problems) {
    List<String> all = new ArrayList<>(lines.keySet());
    for (int from = 0; from < all.size(); from += 500) {
      for (String k : accounts.taken(all.subList(from, Math.min(all.size(), from + 500)), emails)) {
        problems.add(at(lines.get(k), key, k));
      }
    }
  }

  private static String value(CSVRecord record, Map<String, String> names, String column) {
    String header = names.get(column);
    if (header == null || !record.isSet(header)) {
      return "";
    }
    String v = record.get(header);
    return v == null ? "" : v.strip();
  }

  private static Rejected.Problem at(long line, String key, Object... args) {
    Object[] all = new Object[args.length + 1];
    all[0] = line;
    System.arraycopy(args, 0, all, 1, args.length);
    return Rejected.problem("line " + line, key, all);
  }

  private static long lineOf(Rejected.Problem p) {
    return p.field().startsWith("line ") ? Long.parseLong(p.field().substring(5)) : Long.MAX_VALUE;
  }

  private static Rejected refused(String key, Object... args) {
    return new Rejected(List.of(Rejected.problem("file", key, args)), false);
  }
}
