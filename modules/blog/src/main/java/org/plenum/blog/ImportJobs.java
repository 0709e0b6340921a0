package org.plenum.blog;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenum.api.Denied;
import org.plenum.api.Rejected;
import org.plenum.api.SiteConfig;
import org.plenum.spi.ContentChanged;

/**
 * Imports of post files run in the background: the file is kept in the data folder, counted, then
 * read post by post into a blog, with its progress there to see. An import is safe to run again
 * (posts already there are skipped), so one stopped half-way is finished by starting it again.
 */
@ApplicationScoped
public class ImportJobs {

  private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

  /** The largest file an import takes. */
  public static final long MAX_BYTES = 200L * 1024 * 1024;

  @Resource ManagedExecutorService executor;

  @Inject PostImport importer;

  @Inject BlogRules rules;

  @Inject SiteConfig config;

  @Inject Event<ContentChanged> changed;

  private final Map<String, Job> jobs = new ConcurrentHashMap<>();

  /** An import under way or done. */
  public static final class Job {
    private final String id;
    private final String blog;
    private final String by;
    private final Instant started = Instant.now();
    private volatile int total;
    private final AtomicInteger read = new AtomicInteger();
    private volatile PostImport.Result result;
    private volatile String error;

    Job(String id, String blog, String by) {
      this.id = id;
      this.blog = blog;
      this.by = by;
    }

    /**
     * @return its id
     */
    public String getId() {
      return id;
    }

    /**
     * @return the blog it imports into
     */
    public String getBlog() {
      return blog;
    }

    /**
     * @return who started it
     */
    public String getBy() {
      return by;
    }

    /**
     * @return when it started
     */
    public Instant getStarted() {
      return started;
    }

    /**
     * @return how many posts the file holds
     */
    public int getTotal() {
      return total;
    }

    /**
     * @return how many were read so far
     */
    public int getRead() {
      return read.get();
    }

    /**
     * @return the share done, 0 to 100
     */
    public int getPercent() {
      return result != null ? 100 : total == 0 ? 0 : Math.min(99, read.get() * 100 / total);
    }

    /**
     * @return true when finished, well or not
     */
    public boolean isDone() {
      return result != null || error != null;
    }

    /**
     * @return what it did, once finished
     */
    public PostImport.Result getResult() {
      return result;
    }

    /**
     * @return why it failed, or {@code null}
     */
    public String getError() {
      return error;
    }
  }

  /**
   * Starts an import into a blog.
   *
   * @param actor who imports: someone who may publish in the blog
   * @param blog the blog
   * @param in the JSON file; read now, to the end or {@link #MAX_BYTES}
   * @return the job
   * @throws Rejected when the file is too large or not a JSON array
   */
  public Job start(BlogRules.Actor actor, Blog blog, InputStream in) {
    if (!rules.mayPublish(actor, blog)) {
      throw new Denied(false, BlogModule.PUBLISH_NEWS);
    }
    String id = UUID.randomUUID().toString();
    Path file;
    try {
      Path folder = config.dataFolder().resolve("imports");
      Files.createDirectories(folder);
      file = folder.resolve(id + ".json");
      try (InputStream limited = in) {
        long copied =
            Files.copy(
                new BufferedInputStream(limited) {
                  private long count;

                  @Override
                  public synchronized int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    count += Math.max(0, n);
                    if (count > MAX_BYTES) {
                      throw new IOException("too large");
                    }
                    return n;
                  }
                },
                file,
                StandardCopyOption.REPLACE_EXISTING);
        if (copied == 0) {
          delete(file);
          throw refuse("blog.import.error.empty");
        }
      }
    } catch (IOException e) {
      throw refuse("blog.import.error.size", MAX_BYTES / (1024 * 1024));
    }
    int total;
    try {
      total = count(file);
    } catch (JsonParsingException | IllegalArgumentException e) {
      delete(file);
      throw refuse("blog.import.error.format");
    }
    Job job = new Job(id, blog.getSlug(), actor.caller().username());
    job.total = total;
    jobs.put(id, job);
    List<Long> authors = List.of(actor.accountId());
    executor.submit(() -> run(job, file, blog, authors));
    return job;
  }

  private void run(Job job, Path file, Blog blog, List<Long> authors) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      job.result =
          importer.run(
              reader,
              post -> {
                job.read.incrementAndGet();
                return new PostImport.Target(blog, authors);
              });
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Import " + job.id + " failed", e);
      job.error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    } finally {
      delete(file);
      changed.fire(ContentChanged.of(BlogCache.LISTS, BlogCache.POSTS));
    }
  }

  /**
   * An import by id.
   *
   * @param id the id
   * @return the job, if known to this instance
   */
  public Optional<Job> find(String id) {
    return Optional.ofNullable(id == null ? null : jobs.get(id));
  }

  /**
   * @return the imports of this instance, newest first
   */
  public List<Job> all() {
    return jobs.values().stream().sorted(Comparator.comparing(Job::getStarted).reversed()).toList();
  }

  private static int count(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser parser = Json.createParser(reader)) {
      if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
        throw new IllegalArgumentException("not an array");
      }
      int n = 0;
      int depth = 0;
      while (parser.hasNext()) {
        JsonParser.Event e = parser.next();
        switch (e) {
          case START_OBJECT, START_ARRAY -> {
            if (depth == 0) {
              n++;
            }
            depth++;
          }
          case END_OBJECT, END_ARRAY -> depth--;
          default -> {
            if (depth == 0) {
              n++;
            }
          }
        }
      }
      return n;
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Could not delete " + file, e);
    }
  }

  private static Rejected refuse(String key, Object... args) {
    return new Rejected(List.of(Rejected.problem("file", key, args)), false);
  }
}
