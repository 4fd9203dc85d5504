package vn.ttdn.directory.web;

import vn.ttdn.common.ListQuery;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.identity.CurrentUser;

/**
 * The agency list's request parameters as typed in the address bar. A missing province means the user's own, an
 * empty one every province; a missing status means agencies still working, an empty one all of them.
 */
public class AgencyListParams {
    private String q;
    private String provinceId;
    private String kind;
    private String active;
    private String sort;
    private String dir;
    private Integer page;
    private Integer size;
    private String designated;

    Long province(CurrentUser user) {
        if (provinceId == null) {
            return user.provinceId();
        }
        try {
            return provinceId.isBlank() ? null : Long.valueOf(provinceId.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    AgencyKind agencyKind() {
        for (AgencyKind k : AgencyKind.values()) {
            if (k.name().equals(kind)) {
                return k;
            }
        }
        return null;
    }

    Boolean activeOnly() {
        if (active == null) {
            return Boolean.TRUE;
        }
        return active.isBlank() ? null : Boolean.valueOf(active.strip());
    }

    /** {@code designated=none} keeps the agencies that have designated no TTĐN leader or officer. */
    boolean undesignatedOnly() {
        return "none".equals(designated);
    }

    ListQuery query() {
        return ListQuery.of(q, sort, dir, page, size);
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getProvinceId() { return provinceId; }
    public void setProvinceId(String provinceId) { this.provinceId = provinceId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getActive() { return active; }
    public void setActive(String active) { this.active = active; }
    public String getSort() { return sort; }
    public void setSort(String sort) { this.sort = sort; }
    public String getDir() { return dir; }
    public void setDir(String dir) { this.dir = dir; }
    public Integer getPage() { return page; }
    public void setPage(Integer page) { this.page = page; }
    public String getDesignated() { return designated; }
    public void setDesignated(String designated) { this.designated = designated; }
    public Integer getSize() { return size; }
    public void setSize(Integer size) { this.size = size; }
}
