package vn.ttdn.directory;

import java.util.List;
import java.util.Set;

/** A named group of agencies as plans print it, e.g. "Các sở, ban, ngành". */
public record GroupView(long id, long provinceId, String name, Set<AgencyKind> memberKinds, List<Long> explicitMembers) {
}
