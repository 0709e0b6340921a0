package org.plenum.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenum.api.TableRows;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class TablesTest {

  /** Rows that remember what the table asked for. */
  static final class Asked implements TableRows<String> {
    final List<Page> pages = new ArrayList<>();
    Map<String, String> counted;

    @Override
    public long count(Map<String, String> filters) {
      counted = filters;
      return 42;
    }

    @Override
    public List<String> page(Page page) {
      pages.add(page);
      return List.of("a", "b");
    }

    @Override
    public String key(String row) {
      return "k-" + row;
    }
  }

  @Test
  void theSortedColumnAndTheTypedFiltersReachTheRows() {
    Asked rows = new Asked();
    LazyDataModel<String> model = new Tables().lazy(rows);
    Map<String, SortMeta> sort =
        Map.of(
            "title",
            SortMeta.builder().field("title").order(SortOrder.DESCENDING).build(),
            "status",
            SortMeta.builder().field("status").order(SortOrder.UNSORTED).build());
    Map<String, FilterMeta> filters =
        Map.of(
            "title", FilterMeta.builder().field("title").filterValue("  minutes ").build(),
            "status", FilterMeta.builder().field("status").filterValue(" ").build());
    assertEquals(42, model.count(filters));
    assertEquals(Map.of("title", "minutes"), rows.counted, "blank filters are left out");
    assertEquals(List.of("a", "b"), model.load(25, 25, sort, filters));
    assertEquals(
        new TableRows.Page(25, 25, "title", false, Map.of("title", "minutes")), rows.pages.get(0));
    model.load(0, 10, Map.of(), Map.of());
    assertEquals(new TableRows.Page(0, 10, null, true, Map.of()), rows.pages.get(1));
  }

  @Test
  void aRowIsFoundByItsKeyInThePageLoaded() {
    Asked rows = new Asked();
    LazyDataModel<String> model = new Tables().lazy(rows);
    model.load(0, 25, Map.of(), Map.of());
    assertEquals("k-b", model.getRowKey("b"));
    assertEquals("b", model.getRowData("k-b"));
    assertNull(model.getRowData("k-z"));
  }

  @Test
  void theSameRowsGetTheSameModelWithinARequest() {
    Tables tables = new Tables();
    Asked rows = new Asked();
    assertSame(tables.lazy(rows), tables.lazy(rows));
  }
}
