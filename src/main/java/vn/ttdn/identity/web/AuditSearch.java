package vn.ttdn.identity.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import vn.ttdn.common.ListQuery;
import vn.ttdn.identity.AuditFilter;

/** The audit page's search form and list parameters; dates typed dd/MM/yyyy (or yyyy-MM-dd from the API). */
public class AuditSearch {
    private String q;
    private String entityType;
    private String action;
    private String username;
    @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate from;
    @DateTimeFormat(pattern = "dd/MM/yyyy", fallbackPatterns = "yyyy-MM-dd")
    private LocalDate to;
    private String sort;
    private String dir;
    private Integer page;
    private Integer size;

    AuditFilter filter() {
        return new AuditFilter(entityType, action, username, from, to);
    }

    ListQuery query() {
        return ListQuery.of(q, sort, dir, page, size);
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public String getAction() { return action; }
    public void setAction(String action) { this.action = action; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getDir() { return dir; }
    public void setDir(String dir) { this.dir = dir; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
    public Integer getSize() { return size; }
    public void setSize(Integer size) { this.size = size; }
}
