package org.plenum.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.plenum.api.TableRows;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Modules' table rows ({@link TableRows}) as PrimeFaces' lazy tables read them: {@code
 * #{tables.lazy(rows)}}, the same model for the whole request, so that the rows a page loaded are
 * the rows its post-back finds.
 */
@Named("tables")
@RequestScoped
public class Tables {

  private final Map<TableRows<?>, Rows<?>> models = new IdentityHashMap<>();

  /**
   * The lazy model of a module's rows.
   *
   * @param rows the rows
   * @param <T> a row
   * @return the model, the same for the same rows within a request
   */
  @SuppressWarnings("unchecked")
  public <T> LazyDataModel<T> lazy(TableRows<T> rows) {
    return (LazyDataModel<T>) models.computeIfAbsent(rows, r -> new Rows<>(rows));
  }

  /** The model: counts and pages through the module's rows, one column sorted at a time. */
  static final class Rows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final transient TableRows<T> rows;

    /** The page loaded last, in which a post-back finds its row. */
    private transient List<T> loaded = List.of();

    Rows(TableRows<T> rows) {
      this.rows = rows;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, rows.count(filters(filterBy)));
    }

    @Override
    public List<T> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      SortMeta sort =
          sortBy.values().stream()
              .filter(s -> s.getOrder() != SortOrder.UNSORTED)
              .findFirst()
              .orElse(null);
      loaded =
          rows.page(
              new TableRows.Page(
                  first,
                  pageSize,
                  sort == null ? null : sort.getField(),
                  sort == null || sort.getOrder() == SortOrder.ASCENDING,
                  filters(filterBy)));
      return loaded;
    }

    @Override
    public String getRowKey(T row) {
      return rows.key(row);
    }

    @Override
    public T getRowData(String rowKey) {
      return loaded.stream().filter(r -> rows.key(r).equals(rowKey)).findFirst().orElse(null);
    }

    static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
      Map<String, String> typed = new HashMap<>();
      if (filterBy != null) {
        filterBy.forEach(
            (field, meta) -> {
              Object value = meta.getFilterValue();
              if (value != null && !value.toString().isBlank()) {
                typed.put(
                    meta.getField() == null ? field : meta.getField(), value.toString().strip());
              }
            });
      }
      return typed;
    }
  }
}
