package org.plenum.core.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.awt.ComponentOrientation;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * PrimeFaces' texts in a language it brings none for, such as one a locale pack adds: the names of
 * months and days, the first day of the week and the direction of writing from Java's data for the
 * language, and the words of its calendars, choosers and lists from the site's texts ({@code
 * core.pf.*}), which a pack translates as any other. For a language PrimeFaces knows, its own texts
 * serve.
 */
final class PrimeFacesTexts {

  /**
   * The words of PrimeFaces' widgets the working screens show, each a key {@code core.pf.<word>}.
   */
  static final List<String> WORDS =
      List.of(
          "today",
          "clear",
          "now",
          "weekHeader",
          "prevMonth",
          "nextMonth",
          "prevYear",
          "nextYear",
          "chooseDate",
          "chooseMonth",
          "chooseYear",
          "prevHour",
          "nextHour",
          "prevMinute",
          "nextMinute",
          "timeText",
          "hourText",
          "minuteText",
          "choose",
          "upload",
          "cancel",
          "emptyMessage",
          "emptySearchMessage");

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");

  /** Whether PrimeFaces ships a language, by language: its jar does not change while it runs. */
  private static final Map<String, Boolean> SHIPPED = new ConcurrentHashMap<>();

  /** The script made for a language, with the catalogue generation it was made from. */
  private record Kept(long generation, String script) {}

  private static final Map<String, Kept> SCRIPTS = new ConcurrentHashMap<>();

  private PrimeFacesTexts() {}

  /**
   * Tells whether PrimeFaces brings its own texts for a language.
   *
   * @param lang a language tag
   * @return true when it has a locale script for it
   */
  static boolean shipped(String lang) {
    return SHIPPED.computeIfAbsent(
        lang,
        l ->
            Thread.currentThread()
                    .getContextClassLoader()
                    .getResource("META-INF/resources/primefaces/locales/locale-" + l + ".js")
                != null);
  }

  /**
   * The script for a language, made once per load of the catalogue: a pack changed at run time
   * gives a new one.
   *
   * @param lang the language, two or three letters
   * @param generation the catalogue's {@link org.plenum.core.i18n.MessageCatalog#generation()}
   * @param text the site's text of a key in that language
   * @return the script
   */
  static String script(String lang, long generation, Function<String, String> text) {
    Kept kept = SCRIPTS.get(lang);
    if (kept == null || kept.generation() != generation) {
      kept = new Kept(generation, script(lang, text));
      SCRIPTS.put(lang, kept);
    }
    return kept.script();
  }

  /**
   * The script that gives PrimeFaces a language's texts, over its English ones.
   *
   * @param lang the language, two or three letters
   * @param text the site's text of a key in that language
   * @return the script
   * @throws IllegalArgumentException for a tag that is not a language's
   */
  static String script(String lang, Function<String, String> text) {
    if (!LANGUAGE.matcher(lang).matches()) {
      throw new IllegalArgumentException("not a language: " + lang);
    }
    Locale locale = Locale.forLanguageTag(lang);
    JsonObjectBuilder texts = Json.createObjectBuilder();
    for (String word : WORDS) {
      texts.add(word, text.apply("core.pf." + word));
    }
    JsonArrayBuilder months = Json.createArrayBuilder();
    JsonArrayBuilder monthsShort = Json.createArrayBuilder();
    for (Month m : Month.values()) {
      months.add(m.getDisplayName(TextStyle.FULL_STANDALONE, locale));
      monthsShort.add(m.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
    }
    JsonArrayBuilder days = Json.createArrayBuilder();
    JsonArrayBuilder daysShort = Json.createArrayBuilder();
    JsonArrayBuilder daysMin = Json.createArrayBuilder();
    for (int i = 0; i < 7; i++) {
      // PrimeFaces counts the days from Sunday
      DayOfWeek d = DayOfWeek.SUNDAY.plus(i);
      days.add(d.getDisplayName(TextStyle.FULL_STANDALONE, locale));
      daysShort.add(d.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
      daysMin.add(d.getDisplayName(TextStyle.NARROW_STANDALONE, locale));
    }
    texts
        .add("monthNames", months)
        .add("monthNamesShort", monthsShort)
        .add("dayNames", days)
        .add("dayNamesShort", daysShort)
        .add("dayNamesMin", daysMin)
        .add("firstDayOfWeek", WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
        .add("isRTL", !ComponentOrientation.getOrientation(locale).isLeftToRight());
    return "if(window.PrimeFaces){PrimeFaces.locales['"
        + lang
        + "']=Object.assign({},PrimeFaces.locales['en_US'],"
        + texts.build()
        + ");}";
  }
}
