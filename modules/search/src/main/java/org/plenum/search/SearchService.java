package org.plenum.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Searching: the reader's words, in any language the index holds, as a query that tolerates
 * anything typed — quoted phrases, {@code -word} to leave out, {@code OR} between alternatives,
 * everything else taken as plain words; at most {@value #MAX_WORDS} words are read. Only items
 * whose readers include one of the reader's keys are found, counted in the facets or shown in
 * snippets.
 */
@ApplicationScoped
public class SearchService {

  /** Results on a page. */
  public static final int PAGE_SIZE = 10;

  /** The words of a query that are read; the rest is left out. */
  static final int MAX_WORDS = 32;

  private static final int MAX_PAGE = 100;
  private static final Pattern OR = Pattern.compile("(?<=\\s)OR(?=\\s)");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t\\n]]");
  private static final int FLAGS =
      SimpleQueryParser.AND_OPERATOR
          | SimpleQueryParser.NOT_OPERATOR
          | SimpleQueryParser.OR_OPERATOR
          | SimpleQueryParser.PHRASE_OPERATOR
          | SimpleQueryParser.PRECEDENCE_OPERATORS
          | SimpleQueryParser.WHITESPACE_OPERATOR;

  @Inject SearchIndex index;

  private final Analyzer analyzer = Analyzers.all();
  private volatile ReaderState facetState;

  private record ReaderState(IndexReader reader, SortedSetDocValuesReaderState state) {}

  /**
   * What a reader asks.
   *
   * @param text the words
   * @param type only items of this type, or {@code null}
   * @param chapter only items of this chapter (id), or {@code null}
   * @param lang only items in this language, or {@code null}
   * @param year only items of this year, or {@code null}
   * @param byDate true for the newest first, false for the most relevant first
   * @param page the page, from 1
   */
  public record Ask(
      String text,
      String type,
      String chapter,
      String lang,
      String year,
      boolean byDate,
      int page) {}

  /**
   * One item found.
   *
   * @param type its type
   * @param id its id
   * @param title its title
   * @param path where it is read, below the language prefix
   * @param language its language
   * @param date its date, or {@code null}
   * @param chapterId its chapter, or {@code null}
   * @param snippet the text around the words found, HTML-escaped with {@code <mark>}s
   * @param restricted true when not everyone may read it (a draft, for instance)
   */
  public record Hit(
      String type,
      String id,
      String title,
      String path,
      String language,
      Instant date,
      Long chapterId,
      String snippet,
      boolean restricted) {}

  /**
   * A facet's value and how many items found have it.
   *
   * @param value the value
   * @param count how many
   */
  public record Count(String value, long count) {}

  /**
   * The answer.
   *
   * @param hits the items of the page
   * @param total how many items were found
   * @param page the page shown
   * @param pages how many pages there are
   * @param facets by dimension ({@code type}, {@code chapter}, {@code lang}, {@code year})
   * @param ready false while the index is first being built
   */
  public record Results(
      List<Hit> hits,
      long total,
      int page,
      int pages,
      Map<String, List<Count>> facets,
      boolean ready) {

    static Results none(boolean ready) {
      return new Results(List.of(), 0, 1, 0, Map.of(), ready);
    }
  }

  /**
   * Searches.
   *
   * @param ask what the reader asks
   * @param keys the reader's keys
   * @return what they may see of what was found
   */
  public Results search(Ask ask, Set<String> keys) {
    Query words = parse(ask.text());
    if (words == null) {
      return Results.none(index.isReady());
    }
    BooleanQuery.Builder b =
        new BooleanQuery.Builder()
            .add(words, BooleanClause.Occur.MUST)
            .add(readers(keys), BooleanClause.Occur.FILTER);
    filter(b, SearchIndex.TYPE, ask.type());
    filter(b, SearchIndex.CHAPTER, ask.chapter());
    filter(b, SearchIndex.LANG, ask.lang());
    filter(b, SearchIndex.YEAR, ask.year());
    Query query = b.build();
    int page = Math.max(1, Math.min(MAX_PAGE, ask.page()));
    return index.withSearcher(s -> run(s, query, page, ask.byDate())).orElse(Results.none(false));
  }

  private Results run(IndexSearcher searcher, Query query, int page, boolean byDate)
      throws IOException {
    FacetsCollector fc = new FacetsCollector();
    int n = page * PAGE_SIZE;
    TopDocs top =
        byDate
            ? FacetsCollector.search(
                searcher, query, n, new Sort(new SortField("date", SortField.Type.LONG, true)), fc)
            : FacetsCollector.search(searcher, query, n, fc);
    long total = top.totalHits.value;
    ScoreDoc[] all = top.scoreDocs;
    int from = Math.min(all.length, (page - 1) * PAGE_SIZE);
    ScoreDoc[] shown = Arrays.copyOfRange(all, from, all.length);
    TopDocs pageDocs = new TopDocs(top.totalHits, shown);
    Map<String, String[]> snippets =
        shown.length == 0
            ? Map.of()
            : highlighter(searcher)
                .highlightFields(Analyzers.TEXT_FIELDS, query, pageDocs, new int[] {2, 2, 2});
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < shown.length; i++) {
      Document d = searcher.storedFields().document(shown[i].doc);
      String snippet = null;
      for (String f : Analyzers.TEXT_FIELDS) {
        String[] s = snippets.get(f);
        if (s != null && s[i] != null && !s[i].isBlank()) {
          snippet = s[i];
          break;
        }
      }
      String chapter = d.get(SearchIndex.CHAPTER);
      hits.add(
          new Hit(
              d.get(SearchIndex.TYPE),
              d.get("key").substring(d.get(SearchIndex.TYPE).length() + 1),
              d.get("title"),
              d.get("path"),
              d.get(SearchIndex.LANG),
              d.getField("date") == null
                  ? null
                  : Instant.ofEpochMilli(d.getField("date").numericValue().longValue()),
              chapter == null ? null : Long.valueOf(chapter),
              snippet == null ? "" : snippet,
              d.getField("restricted") != null));
    }
    int pages = (int) Math.min(MAX_PAGE, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    return new Results(hits, total, page, pages, facets(searcher, fc), true);
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(100_000)
        .build();
  }

  private Map<String, List<Count>> facets(IndexSearcher searcher, FacetsCollector fc)
      throws IOException {
    Map<String, List<Count>> map = new LinkedHashMap<>();
    SortedSetDocValuesReaderState state = state(searcher.getIndexReader());
    if (state == null) {
      return map;
    }
    Facets counts = new SortedSetDocValuesFacetCounts(state, fc);
    for (String dim :
        new String[] {SearchIndex.TYPE, SearchIndex.CHAPTER, SearchIndex.LANG, SearchIndex.YEAR}) {
      List<Count> list = new ArrayList<>();
      try {
        FacetResult r = counts.getTopChildren(50, dim);
        if (r != null) {
          for (LabelAndValue lv : r.labelValues) {
            list.add(new Count(lv.label, lv.value.longValue()));
          }
        }
      } catch (IllegalArgumentException e) {
        // no item has this dimension yet
      }
      if (SearchIndex.YEAR.equals(dim)) {
        list.sort((x, y) -> y.value().compareTo(x.value()));
      }
      map.put(dim, list);
    }
    return map;
  }

  private SortedSetDocValuesReaderState state(IndexReader reader) throws IOException {
    ReaderState known = facetState;
    if (known != null && known.reader() == reader) {
      return known.state();
    }
    try {
      SortedSetDocValuesReaderState s =
          new DefaultSortedSetDocValuesReaderState(reader, index.facets());
      facetState = new ReaderState(reader, s);
      return s;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A title offered while the reader types.
   *
   * @param title the item's title
   * @param type its type
   * @param path where it is read, below the language prefix
   * @param language its language
   */
  public record Suggestion(String title, String type, String path, String language) {}

  /**
   * Titles (and tags) that begin with what the reader typed: every word but the last whole, the
   * last one begun; only items the reader may read.
   *
   * @param text what was typed, at least two letters
   * @param keys the reader's keys
   * @return at most eight, newest first
   */
  public List<Suggestion> suggest(String text, Set<String> keys) {
    if (text == null) {
      return List.of();
    }
    String clean = CONTROL.matcher(text).replaceAll(" ").strip();
    String[] words = clean.length() > 200 ? new String[0] : clean.split("\\s+");
    if (words.length == 0 || words.length > 8 || words[words.length - 1].length() < 2) {
      return List.of();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (int i = 0; i < words.length; i++) {
      BytesRef term = analyzer.normalize("suggest", words[i]);
      if (term.length == 0) {
        continue;
      }
      Term t = new Term("suggest", term);
      b.add(
          i == words.length - 1 ? new PrefixQuery(t) : new TermQuery(t), BooleanClause.Occur.MUST);
    }
    b.add(readers(keys), BooleanClause.Occur.FILTER);
    Query query = b.build();
    return index
        .withSearcher(
            s -> {
              List<Suggestion> list = new ArrayList<>();
              Set<String> seen = new HashSet<>();
              TopDocs top =
                  s.search(query, 20, new Sort(new SortField("date", SortField.Type.LONG, true)));
              for (ScoreDoc d : top.scoreDocs) {
                Document doc = s.storedFields().document(d.doc);
                if (seen.add(doc.get("title")) && list.size() < 8) {
                  list.add(
                      new Suggestion(
                          doc.get("title"),
                          doc.get(SearchIndex.TYPE),
                          doc.get("path"),
                          doc.get(SearchIndex.LANG)));
                }
              }
              return list;
            })
        .orElse(List.of());
  }

  /**
   * The reader's words as a query over every language's fields, titles weighing more.
   *
   * @param text what was typed
   * @return the query, or {@code null} when nothing in it can be searched for
   */
  Query parse(String text) {
    if (text == null) {
      return null;
    }
    String clean = CONTROL.matcher(text).replaceAll(" ").strip();
    if (clean.length() > 1000) {
      clean = clean.substring(0, 1000);
    }
    String[] words = clean.split("\\s+");
    if (words.length > MAX_WORDS) {
      clean = String.join(" ", Arrays.copyOf(words, MAX_WORDS));
    }
    clean = OR.matcher(" " + clean + " ").replaceAll("|").strip();
    if (clean.isEmpty()) {
      return null;
    }
    Map<String, Float> weights = new LinkedHashMap<>();
    for (String suffix : Analyzers.SUFFIXES) {
      weights.put("title_" + suffix, 3f);
      weights.put("tags_" + suffix, 2f);
      weights.put("text_" + suffix, 1f);
    }
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights, FLAGS);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    return parser.parse(clean);
  }

  private static Query readers(Set<String> keys) {
    List<BytesRef> terms = keys.stream().map(BytesRef::new).toList();
    return new TermInSetQuery("reader", terms);
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    if (value != null && !value.isBlank() && value.length() <= 64) {
      b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }
}
