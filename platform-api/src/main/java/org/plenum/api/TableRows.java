package org.plenum.api;

import java.util.List;
import java.util.Map;

/**
 * The rows of a working screen's table, which the database counts, sorts, filters and pages however
 * many there are. A module's page shows them in a PrimeFaces table without depending on PrimeFaces:
 *
 * <pre>{@code
 * <p:dataTable value="#{tables.lazy(myPosts.rows)}" var="p" lazy="true" paginator="true" rows="25"
 *              sortMode="single" styleClass="grid work-table" tableStyleClass="grid">
 *   <p:column id="title" field="title" headerText="…" filterable="true">…</p:column>
 * }</pre>
 *
 * The column's {@code field} is what {@link Page#sortBy()} and {@link Page#filters()} name; the
 * core gives the table the same rows for the whole request.
 *
 * @param <T> a row
 * @since 1.3.0
 */
public interface TableRows<T> {

  /**
   * What the table shows.
   *
   * @param first the index of the first row of the page
   * @param size how many rows a page has
   * @param sortBy the field chosen to sort by, or {@code null} for the rows' own order
   * @param ascending whether A (or the oldest) comes first
   * @param filters what was typed in the columns' filters, by field, blank ones left out
   */
  record Page(int first, int size, String sortBy, boolean ascending, Map<String, String> filters) {}

  /**
   * How many rows the filters keep.
   *
   * @param filters what was typed, by field
   * @return the count
   */
  long count(Map<String, String> filters);

  /**
   * A page of rows.
   *
   * @param page what the table shows
   * @return at most {@code page.size()} rows
   */
  List<T> page(Page page);

  /**
   * What tells a row from the others, such as its id.
   *
   * @param row a row
   * @return its key
   */
  String key(T row);
}
