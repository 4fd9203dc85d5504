/**
 * What changed, by province: every write names the province whose data it changes, and a version per province
 * ({@code data_version}) moves in the same transaction. Caches key their answers by the versions of the provinces
 * they show, so a change in one province leaves the other provinces' pages cached, and every node of a cluster sees
 * a change within a second.
 */
package vn.ttdn.changes;
