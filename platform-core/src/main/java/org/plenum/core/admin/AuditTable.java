package org.plenum.core.admin;

import java.util.List;
import java.util.Map;
import org.plenum.core.audit.AuditEvent;
import org.plenum.core.audit.AuditLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log as the administrators' table reads it: a page at a time, sorted and filtered by the
 * database, however long the log.
 */
public class AuditTable extends LazyDataModel<AuditEvent> {

  private static final long serialVersionUID = 1L;

  private final transient AuditLog log;

  AuditTable(AuditLog log) {
    this.log = log;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, log.count(search(Map.of(), filterBy)));
  }

  @Override
  public List<AuditEvent> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return log.search(search(sortBy, filterBy), first, pageSize);
  }

  @Override
  public String getRowKey(AuditEvent event) {
    return String.valueOf(event.getId());
  }

  @Override
  public AuditEvent getRowData(String rowKey) {
    return null;
  }

  /** The search the table's sort and filters make; the newest first when unsorted. */
  static AuditLog.Search search(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    SortMeta sort = Tables.sort(sortBy).orElse(null);
    return new AuditLog.Search(
        text(filterBy, "actor"),
        text(filterBy, "action"),
        text(filterBy, "subject"),
        text(filterBy, "address"),
        sort == null ? "occurredAt" : sort.getField(),
        sort != null && Tables.ascending(sort));
  }

  private static String text(Map<String, FilterMeta> filterBy, String field) {
    FilterMeta f = filterBy.get(field);
    return f == null || f.getFilterValue() == null ? null : f.getFilterValue().toString();
  }
}
