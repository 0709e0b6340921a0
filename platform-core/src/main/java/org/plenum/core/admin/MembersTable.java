package org.plenum.core.admin;

import java.util.List;
import java.util.Map;
import org.plenum.core.identity.Account;
import org.plenum.core.identity.MemberSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The accounts the administration's search keeps, as its table reads them: a page at a time, sorted
 * by the database, however many members the federation has.
 */
public class MembersTable extends LazyDataModel<Account> {

  private static final long serialVersionUID = 1L;

  private final transient MemberSearch search;
  private final MemberSearch.Filter filter;

  MembersTable(MemberSearch search, MemberSearch.Filter filter) {
    this.search = search;
    this.filter = filter;
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) Math.min(Integer.MAX_VALUE, search.count(filter(filterBy)));
  }

  /** The search, with the text typed in the name column's filter when the table has one. */
  private MemberSearch.Filter filter(Map<String, FilterMeta> filterBy) {
    FilterMeta typed = filterBy == null ? null : filterBy.get("name");
    if (typed == null
        || typed.getFilterValue() == null
        || typed.getFilterValue().toString().isBlank()) {
      return filter;
    }
    return new MemberSearch.Filter(
        typed.getFilterValue().toString().strip(), filter.chapterId(), filter.status());
  }

  @Override
  public List<Account> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    return Tables.sort(sortBy)
        .map(s -> search.page(filter(filterBy), s.getField(), Tables.ascending(s), first, pageSize))
        .orElseGet(() -> search.page(filter(filterBy), "name", true, first, pageSize));
  }

  @Override
  public String getRowKey(Account account) {
    return String.valueOf(account.id());
  }

  @Override
  public Account getRowData(String rowKey) {
    return null;
  }
}
