package org.plenum.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenum.spi.SearchDocument;

/**
 * The analysis and the query syntax on a small index: accents, elisions and plurals meet in French,
 * stems in English; phrases, exclusions and OR work; whatever is typed gives a query or nothing,
 * never an error.
 */
class AnalysisTest {

  private ByteBuffersDirectory dir;
  private IndexSearcher searcher;
  private final SearchService service = new SearchService();

  private static SearchDocument doc(String id, String lang, String title, String text) {
    return new SearchDocument(
        "post",
        id,
        lang,
        title,
        text,
        "news/" + id,
        Instant.parse("2024-05-01T10:00:00Z"),
        null,
        List.of(),
        Set.of(SearchDocument.ANYONE));
  }

  @BeforeEach
  void index() throws IOException {
    dir = new ByteBuffersDirectory();
    FacetsConfig facets = new FacetsConfig();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(Analyzers.all()))) {
      w.addDocument(
          facets.build(
              IndexedDocument.of(
                  doc(
                      "1",
                      "fr",
                      "Les événements de mai",
                      "L'assemblée des sections se réunit à Lyon pour préparer les événements."))));
      w.addDocument(
          facets.build(
              IndexedDocument.of(
                  doc(
                      "2",
                      "en",
                      "Call for volunteers",
                      "We need a volunteer for the book fair in Melbourne."))));
      w.addDocument(
          facets.build(
              IndexedDocument.of(
                  doc(
                      "3",
                      "en",
                      "Meeting notes",
                      "The weekly meeting of the London chapter discussed the fair."))));
    }
    searcher = new IndexSearcher(DirectoryReader.open(dir));
  }

  @AfterEach
  void close() throws IOException {
    searcher.getIndexReader().close();
    dir.close();
  }

  private List<String> find(String text) throws IOException {
    Query q = service.parse(text);
    List<String> ids = new ArrayList<>();
    if (q == null) {
      return ids;
    }
    for (ScoreDoc d : searcher.search(q, 10).scoreDocs) {
      ids.add(searcher.storedFields().document(d.doc).get("key").substring(5));
    }
    return ids;
  }

  @Test
  void frenchAccentsElisionsAndPluralsMeet() throws IOException {
    assertEquals(List.of("1"), find("evenements"));
    assertEquals(List.of("1"), find("événement"));
    assertEquals(List.of("1"), find("EVENEMENT"));
    assertEquals(List.of("1"), find("assemblee"), "l'assemblée is found as assemblee");
  }

  @Test
  void englishStemsMeet() throws IOException {
    assertEquals(List.of("2"), find("volunteers"));
    assertEquals(List.of("2"), find("volunteer"));
  }

  @Test
  void phrasesExclusionsAndOr() throws IOException {
    assertEquals(List.of("2"), find("\"book fair\""));
    assertEquals(List.of("3"), find("fair -volunteer"));
    assertEquals(Set.of("1", "2"), Set.copyOf(find("lyon OR melbourne")));
    assertEquals(List.of(), find("lyon melbourne"), "words are all required by default");
  }

  @Test
  void anythingTypedGivesAQueryOrNothing() throws IOException {
    for (String odd :
        new String[] {
          "\"(",
          "*",
          "a~2",
          "/fa.r/",
          "status:draft",
          "((((",
          "-",
          "\"",
          "AND OR NOT",
          "fair^10",
          "\\",
          "OR"
        }) {
      find(odd);
    }
    assertNull(service.parse("   "));
    assertNull(service.parse(null));
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      many.append("word").append(i).append(' ');
    }
    assertTrue(find(many + "fair").isEmpty(), "the words after the first ones are left out");
  }
}
