package vn.ttdn.tracking;

/** Dashboards, each checked against the signed-in user's scope. */
public interface Dashboards {

    Dashboard province(long provinceId, Integer year);

    Dashboard plan(long planId);

    Dashboard agency(long agencyId, Integer year);
}
