package org.plenum.search;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.plenum.api.SiteConfig;
import org.plenum.api.SiteModules;
import org.plenum.spi.SearchDocument;
import org.plenum.spi.SearchSource;

/**
 * The index: one Lucene index under {@code <data>/search/}, derived from the modules' items and
 * rebuilt from them whenever it is missing or unreadable, or when asked. A rebuild writes a new
 * index beside the one in use, which keeps answering until the new one takes its place; changes
 * that arrive meanwhile are applied to both.
 */
@ApplicationScoped
public class SearchIndex {

  private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

  /** The shape of the documents written; an index of another shape is built anew. */
  static final String FORMAT = "2";

  /** Facet dimensions. */
  static final String TYPE = "type";

  static final String CHAPTER = "chapter";
  static final String LANG = "lang";
  static final String YEAR = "year";

  @Inject SiteConfig config;

  @Inject SiteModules registry;

  @Inject @Any Instance<SearchSource> sources;

  private final FacetsConfig facets = new FacetsConfig();
  private final Object swap = new Object();
  private final AtomicBoolean rebuilding = new AtomicBoolean();
  private final AtomicLong rebuildDone = new AtomicLong();
  private final AtomicLong rebuildTotal = new AtomicLong();
  private final Set<String> changedDuringRebuild = ConcurrentHashMap.newKeySet();
  private volatile Live live;
  private volatile boolean stale;

  /** An open index: its folder, writer and searchers. */
  private record Live(
      Path folder, Directory directory, IndexWriter writer, SearcherManager searchers) {

    void close() {
      try {
        searchers.close();
        writer.close();
        directory.close();
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Closing the search index failed", e);
      }
    }
  }

  /**
   * @return the facets' configuration
   */
  FacetsConfig facets() {
    return facets;
  }

  private Path root() {
    return config.dataFolder().resolve("search");
  }

  /**
   * Opens the index in use, if there is a readable one.
   *
   * @return true when opened; false when it must be built
   */
  synchronized boolean open() {
    if (live != null) {
      return true;
    }
    try {
      Path pointer = root().resolve("current");
      if (!Files.isRegularFile(pointer)) {
        return false;
      }
      Path format = root().resolve("format");
      // an index of an older shape still answers until its successor is built
      stale =
          !Files.isRegularFile(format)
              || !FORMAT.equals(Files.readString(format, StandardCharsets.UTF_8).strip());
      Path folder = root().resolve(Files.readString(pointer, StandardCharsets.UTF_8).strip());
      Directory dir = FSDirectory.open(folder);
      if (!DirectoryReader.indexExists(dir)) {
        dir.close();
        return false;
      }
      live = openAt(folder, dir);
      return true;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "The search index cannot be read; it will be rebuilt", e);
      return false;
    }
  }

  private Live openAt(Path folder, Directory dir) throws IOException {
    IndexWriterConfig iwc = new IndexWriterConfig(Analyzers.all());
    iwc.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    IndexWriter writer = new IndexWriter(dir, iwc);
    return new Live(folder, dir, writer, new SearcherManager(writer, null));
  }

  /**
   * @return what the index in use saved with its last commit, such as its log position
   */
  Map<String, String> commitData() {
    Live now = live;
    Map<String, String> data = new HashMap<>();
    if (now != null) {
      Iterable<Map.Entry<String, String>> saved = now.writer().getLiveCommitData();
      if (saved != null) {
        saved.forEach(e -> data.put(e.getKey(), e.getValue()));
      }
    }
    return data;
  }

  /**
   * @return true when the index in use was written in an older shape and must be rebuilt
   */
  public boolean isStale() {
    return stale;
  }

  /**
   * @return true while a rebuild runs
   */
  public boolean isRebuilding() {
    return rebuilding.get();
  }

  /**
   * @return items written by the rebuild running, and how many there are in all
   */
  public long[] progress() {
    return new long[] {rebuildDone.get(), rebuildTotal.get()};
  }

  /**
   * @return the items in the index in use
   */
  public long documents() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs()).orElse(0L);
  }

  /**
   * @return true when there is an index to search
   */
  public boolean isReady() {
    return live != null;
  }

  /**
   * Builds the index anew from every enabled module's items, beside the one in use, then puts it in
   * its place. Only one rebuild runs at a time.
   *
   * @param position where the index stands in the change log, saved with it: asked first once the
   *     rebuild has begun, before any item is read (as at its start), then after the changes made
   *     meanwhile
   * @return false when one was already running
   */
  public boolean rebuild(Supplier<Map<String, String>> position) {
    if (!rebuilding.compareAndSet(false, true)) {
      return false;
    }
    long started = System.nanoTime();
    Path folder = root().resolve("index-" + System.currentTimeMillis());
    Live fresh = null;
    boolean swapped = false;
    try {
      Files.createDirectories(folder);
      changedDuringRebuild.clear();
      rebuildDone.set(0);
      rebuildTotal.set(documents());
      fresh = openAt(folder, FSDirectory.open(folder));
      IndexWriter writer = fresh.writer();
      writer.setLiveCommitData(position.get().entrySet());
      for (SearchSource source : enabled()) {
        source.each(
            d -> {
              write(writer, d);
              rebuildDone.incrementAndGet();
            });
      }
      fresh.writer().commit();
      Live old;
      synchronized (swap) {
        old = live;
        live = fresh;
        Files.writeString(
            root().resolve("current.tmp"), folder.getFileName().toString(), StandardCharsets.UTF_8);
        Files.move(
            root().resolve("current.tmp"),
            root().resolve("current"),
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
        Files.writeString(root().resolve("format"), FORMAT, StandardCharsets.UTF_8);
        stale = false;
        swapped = true;
        // what changed while the new index was written is written again
        for (String key : List.copyOf(changedDuringRebuild)) {
          int colon = key.indexOf(':');
          update(key.substring(0, colon), key.substring(colon + 1));
        }
      }
      publish(position.get());
      if (old != null) {
        old.close();
      }
      removeOthers(folder);
      long ms = (System.nanoTime() - started) / 1_000_000;
      LOG.info(() -> "Search index built: " + rebuildDone.get() + " items in " + ms + " ms");
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!swapped && fresh != null) {
        // a failed rebuild leaves the index in use as it was
        fresh.close();
        Live keep = live;
        removeOthers(keep == null ? root().resolve("none") : keep.folder());
      }
      rebuilding.set(false);
    }
  }

  private void removeOthers(Path keep) {
    try (Stream<Path> children = Files.list(root())) {
      for (Path p :
          children
              .filter(p -> p.getFileName().toString().startsWith("index-") && !p.equals(keep))
              .toList()) {
        try (Stream<Path> walk = Files.walk(p)) {
          for (Path f : walk.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(f);
          }
        }
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Old search indexes could not be removed", e);
    }
  }

  /**
   * @return the sources of the enabled modules
   */
  List<SearchSource> enabled() {
    List<SearchSource> list = new ArrayList<>();
    for (SearchSource s : sources) {
      if (registry.isEnabled(s.moduleId())) {
        list.add(s);
      }
    }
    return list;
  }

  /**
   * Reads one item again from its source and writes it, or removes it when it is gone.
   *
   * @param type the item's type
   * @param id the item's id
   */
  void update(String type, String id) {
    Optional<SearchDocument> doc = Optional.empty();
    for (SearchSource s : enabled()) {
      if (s.type().equals(type)) {
        doc = s.find(id);
      }
    }
    // either before a rebuild's swap, and written again after it, or after it
    synchronized (swap) {
      if (rebuilding.get()) {
        changedDuringRebuild.add(type + ":" + id);
      }
      Live now = live;
      if (now != null) {
        write(now, type, id, doc);
      }
    }
  }

  private void write(Live now, String type, String id, Optional<SearchDocument> doc) {
    try {
      if (doc.isPresent()) {
        write(now.writer(), doc.get());
      } else {
        now.writer().deleteDocuments(new Term("key", type + ":" + id));
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "Search: " + type + " " + id + " could not be indexed", e);
    }
  }

  /**
   * Makes the changes written so far durable and visible to searches.
   *
   * @param position where the index now stands in the change log, saved with it
   */
  void publish(Map<String, String> position) {
    Live now = live;
    if (now == null) {
      return;
    }
    try {
      now.writer().setLiveCommitData(position.entrySet());
      now.writer().commit();
      now.searchers().maybeRefresh();
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Search: changes could not be committed", e);
    }
  }

  private void write(IndexWriter writer, SearchDocument d) {
    try {
      writer.updateDocument(
          new Term("key", d.type() + ":" + d.id()), facets.build(IndexedDocument.of(d)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs a search on the index in use.
   *
   * @param <T> what the search gives
   * @param work the search
   * @return its answer, or empty when there is no index yet
   */
  <T> Optional<T> withSearcher(SearcherWork<T> work) {
    Live now = live;
    if (now == null) {
      return Optional.empty();
    }
    try {
      IndexSearcher searcher = now.searchers().acquire();
      try {
        return Optional.ofNullable(work.apply(searcher));
      } finally {
        now.searchers().release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Work on a searcher. */
  @FunctionalInterface
  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  @PreDestroy
  synchronized void close() {
    if (live != null) {
      live.close();
      live = null;
    }
  }
}
