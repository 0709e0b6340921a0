package org.plenum.core.chapters.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.plenum.core.chapters.Chapter;
import org.plenum.core.web.CurrentRequest;
import org.plenum.core.web.Dates;

/** Places, countries and dates of chapters, written for the reader. */
@Named("places")
@RequestScoped
public class Places {

  @Inject CurrentRequest current;

  @Inject Dates dates;

  /**
   * Where a chapter is: city, region, country, in the reader's language.
   *
   * @param c a chapter
   * @return such as {@code Ipswich, Suffolk, Royaume-Uni}
   */
  public String of(Chapter c) {
    List<String> parts = new ArrayList<>();
    if (c.getCity() != null) {
      parts.add(c.getCity());
    }
    if (c.getRegion() != null && !c.getRegion().equals(c.getCity())) {
      parts.add(c.getRegion());
    }
    if (c.getCountry() != null) {
      parts.add(country(c.getCountry()));
    }
    return String.join(", ", parts);
  }

  /**
   * A country's name for the reader.
   *
   * @param code ISO 3166 code
   * @return the name
   */
  public String country(String code) {
    return new Locale("", code).getDisplayCountry(current.getLocale());
  }

  /**
   * A date for the reader.
   *
   * @param date a date, or {@code null}
   * @return the long form, or an empty string
   */
  public String date(LocalDate date) {
    return dates.day(date);
  }

  /**
   * A country to choose in a form.
   *
   * @param code ISO code
   * @param name name for the reader
   */
  public record Country(String code, String name) {}

  /**
   * @return every country, by name in the reader's language
   */
  public List<Country> getCountries() {
    List<Country> list = new ArrayList<>();
    for (String code : Locale.getISOCountries()) {
      list.add(new Country(code, country(code)));
    }
    list.sort(Comparator.comparing(Country::name, Collator.getInstance(current.getLocale())));
    return list;
  }
}
