package org.plenum.search;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How text is cut into terms, by language: French with its elisions ({@code l'}, {@code d'}), stop
 * words and light stemming, English with possessives, stop words and Porter's stemmer, any other
 * language in plain words; accents are folded in all of them, so that {@code evenements}, {@code
 * événements} and {@code événement} meet. Each analysed field is named with its analysis: {@code
 * title_fr}, {@code text_en}, {@code text_xx}.
 */
final class Analyzers {

  /** The analyses, by field suffix. */
  static final String[] SUFFIXES = {"en", "fr", "xx"};

  /** The analysed fields. */
  static final String[] TEXT_FIELDS = {"text_en", "text_fr", "text_xx"};

  private Analyzers() {}

  /**
   * The suffix of a language's fields.
   *
   * @param language a language tag
   * @return {@code en}, {@code fr}, or {@code xx} for any other
   */
  static String suffix(String language) {
    return "en".equals(language) || "fr".equals(language) ? language : "xx";
  }

  /**
   * @return the analyzer of every field: by suffix, plain for the others
   */
  static Analyzer all() {
    Map<String, Analyzer> byField = new HashMap<>();
    Analyzer en = english();
    Analyzer fr = french();
    Analyzer xx = plain();
    for (String f : new String[] {"title", "text", "tags"}) {
      byField.put(f + "_en", en);
      byField.put(f + "_fr", fr);
      byField.put(f + "_xx", xx);
    }
    byField.put("suggest", xx);
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), byField);
  }

  static Analyzer english() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new EnglishPossessiveFilter(source);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        s = new ASCIIFoldingFilter(s);
        s = new PorterStemFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  static Analyzer french() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        s = new LowerCaseFilter(s);
        s = new StopFilter(s, FrenchAnalyzer.getDefaultStopSet());
        s = new ASCIIFoldingFilter(s);
        s = new FrenchLightStemFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(
            new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
      }
    };
  }

  static Analyzer plain() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new ASCIIFoldingFilter(s);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String field, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }
}
