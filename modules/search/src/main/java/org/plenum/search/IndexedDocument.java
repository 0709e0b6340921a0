package org.plenum.search;

import java.time.ZoneOffset;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.plenum.spi.SearchDocument;

/**
 * A module's search document as the index keeps it: its key, type, language, title and path
 * (stored), its title, text and tags analysed in its language, its chapter and year as facets, its
 * date for sorting and ranges, and the keys of those who may read it.
 */
final class IndexedDocument {

  /** Stored text with its offsets in the index, so snippets need not analyse it again. */
  private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  static {
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
  }

  private IndexedDocument() {}

  /**
   * The index's document for a module's one.
   *
   * @param d the module's document
   * @return the index's
   */
  static Document of(SearchDocument d) {
    String suffix = Analyzers.suffix(d.language());
    Document doc = new Document();
    doc.add(new StringField("key", d.type() + ":" + d.id(), Field.Store.YES));
    doc.add(new StringField(SearchIndex.TYPE, d.type(), Field.Store.YES));
    doc.add(new SortedSetDocValuesFacetField(SearchIndex.TYPE, d.type()));
    doc.add(new StringField(SearchIndex.LANG, d.language(), Field.Store.YES));
    if (!SearchDocument.ANY_LANGUAGE.equals(d.language())) {
      doc.add(new SortedSetDocValuesFacetField(SearchIndex.LANG, d.language()));
    }
    doc.add(new StoredField("title", d.title()));
    doc.add(new StoredField("path", d.path()));
    doc.add(new TextField("title_" + suffix, d.title(), Field.Store.NO));
    doc.add(new Field("text_" + suffix, d.text(), TEXT_WITH_OFFSETS));
    doc.add(new TextField("suggest", d.title() + " " + String.join(" ", d.tags()), Field.Store.NO));
    if (!d.tags().isEmpty()) {
      doc.add(new TextField("tags_" + suffix, String.join(" , ", d.tags()), Field.Store.NO));
      d.tags().forEach(t -> doc.add(new StoredField("tag", t)));
    }
    if (d.chapterId() != null) {
      doc.add(new StringField(SearchIndex.CHAPTER, String.valueOf(d.chapterId()), Field.Store.YES));
      doc.add(new SortedSetDocValuesFacetField(SearchIndex.CHAPTER, String.valueOf(d.chapterId())));
    }
    if (d.date() != null) {
      long millis = d.date().toEpochMilli();
      doc.add(new LongPoint("date", millis));
      doc.add(new NumericDocValuesField("date", millis));
      doc.add(new StoredField("date", millis));
      String year = String.valueOf(d.date().atZone(ZoneOffset.UTC).getYear());
      doc.add(new StringField(SearchIndex.YEAR, year, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(SearchIndex.YEAR, year));
    }
    for (String reader : d.readers()) {
      doc.add(new StringField("reader", reader, Field.Store.NO));
    }
    if (!d.readers().contains(SearchDocument.ANYONE)) {
      doc.add(new StoredField("restricted", 1));
    }
    return doc;
  }
}
