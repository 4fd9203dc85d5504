package vn.ttdn.directory;

import java.util.List;
import java.util.Set;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;

/** Provinces, agencies and groups: reading, resolving printed names, editing. Reorganising: {@link Reorganisations}. */
public interface Directory {

    List<ProvinceView> provinces();

    ProvinceView province(long id);

    AgencyView agency(long id);

    /** Agencies of a province (active ones, or all), sorted by Vietnamese collation. */
    List<AgencyView> agencies(long provinceId, boolean activeOnly);

    PageResult<AgencyView> search(Long provinceId, AgencyKind kind, Boolean active, ListQuery query);

    List<GroupView> groups(long provinceId);

    GroupView group(long id);

    /** The groups whose members include this agency (for "Việc của tôi"). */
    Set<Long> groupsContaining(long agencyId);

    /** The agencies a group stands for, expanded. */
    List<AgencyView> membersOf(long groupId);

    /** Finds an agency or group by a name as printed: full name, short name, alias, without diacritics, near misses. */
    NameMatch resolve(long provinceId, String printedName);

    /** Remembers that a printed name means this agency. */
    void addAlias(long agencyId, String alias);

    /** Remembers that a printed name means this group ("các cơ quan, đơn vị liên quan" → "Các sở, ban, ngành"). */
    void addGroupAlias(long groupId, String alias);

    /** The agency now doing the work of this one (itself if it still exists). */
    long currentSuccessor(long agencyId);

    /**
     * The active agencies and groups now doing this agency's work, through mergers, renamings and splits (a
     * district's work went to several communes); the agency itself if it is active or nobody took it over.
     */
    List<NameMatch> currentSuccessors(long agencyId);

    /** Whether the signed-in user may change this agency (its province's coordinator, or its own leader). */
    boolean mayEdit(long agencyId);

    /**
     * Whether the signed-in user may change this agency's name, short name and aliases: only its province's
     * coordinator and the administrator, since intake hands tasks to whoever answers to a printed name.
     */
    boolean mayEditNames(long agencyId);

    /** The agency as a form to edit, with its version; refused when the user may not change it. */
    AgencyForm editForm(long agencyId);

    long createAgency(AgencyForm form);

    void updateAgency(long id, AgencyForm form);

    long createProvince(String code, String name);

    /** A named group: members are the agencies of the given kinds plus the listed ones; aliases are other spellings. */
    long createGroup(long provinceId, String name, Set<AgencyKind> memberKinds, List<Long> explicitMembers,
                     List<String> aliases);
}
