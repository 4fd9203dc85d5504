package vn.ttdn.directory.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.common.events.AgencySucceeded;
import vn.ttdn.directory.Reorganisations;
import vn.ttdn.identity.CurrentUser;

/**
 * Mergers and renamings with an effective date. The old record stays (history, old names resolve through its
 * aliases and successor link); open tasks and the agency's people move to the successor through
 * {@link AgencySucceeded}, heard by planning and identity once the reorganisation has committed.
 */
@Service
@Transactional
class Reorganiser implements Reorganisations {

    private final DirectoryService directory;
    private final AgencyRepository agencies;
    private final vn.ttdn.identity.AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final EntityManager em;
    private final AgencyGroupRepository groups;

    Reorganiser(DirectoryService directory, AgencyRepository agencies, vn.ttdn.identity.AuditTrail audit,
                ApplicationEventPublisher events, EntityManager em, AgencyGroupRepository groups) {
        this.groups = groups;
        this.directory = directory;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
        this.em = em;
    }

    @Override
    public void mergeAgencies(List<Long> predecessorIds, long successorId, LocalDate effectiveOn, String note) {
        DirectoryRights.requireAdmin();
        Agency successor = directory.findAgency(successorId);
        if (!successor.active) {
            throw new UserFacingException("successorId", "Đơn vị kế thừa đã ngừng hoạt động.");
        }
        for (long id : predecessorIds) {
            if (id == successorId) {
                throw new UserFacingException("predecessorIds", "Không thể sáp nhập một đơn vị vào chính nó.");
            }
            succeed(directory.findAgency(id), successor, effectiveOn, "MERGE", note);
        }
    }

    @Override
    public long renameAgency(long id, String newFullName, String newShortName, LocalDate effectiveOn,
                             String note) {
        DirectoryRights.requireAdmin();
        Agency old = directory.findAgency(id);
        if (newFullName == null || newFullName.isBlank()) {
            throw new UserFacingException("fullName", "Nhập tên mới của đơn vị.");
        }
        Agency renamed = new Agency();
        renamed.provinceId = old.provinceId;
        renamed.parentId = old.parentId;
        renamed.kind = old.kind;
        renamed.fullName = newFullName.strip();
        renamed.shortName = newShortName == null || newShortName.isBlank() ? null : newShortName.strip();
        renamed.coordinator = old.coordinator;
        renamed.email = old.email;
        renamed.phone = old.phone;
        renamed.address = old.address;
        renamed.ttdnLeaderName = old.ttdnLeaderName;
        renamed.ttdnLeaderContact = old.ttdnLeaderContact;
        renamed.ttdnOfficerName = old.ttdnOfficerName;
        renamed.ttdnOfficerContact = old.ttdnOfficerContact;
        renamed.refreshSearchText();
        agencies.saveAndFlush(renamed);
        audit.record("CREATE", "Agency", renamed.id, renamed.provinceId,
                "Đổi tên " + old.fullName + " thành " + renamed.fullName, null, renamed.snapshot());
        succeed(old, renamed, effectiveOn, "RENAME", note);
        return renamed.id;
    }

    /**
     * Ends an agency whose work several others take over from a date (a district split among communes and wards);
     * a group may stand for successors not listed one by one. Open tasks expand to every successor.
     */
    @Override
    public void splitAgency(long id, List<Long> successorIds, Long successorGroupId, LocalDate effectiveOn,
                            String note) {
        DirectoryRights.requireAdmin();
        Agency old = directory.findAgency(id);
        if (!old.active) {
            throw new UserFacingException("predecessorIds", old.fullName + " đã ngừng hoạt động từ trước.");
        }
        if (successorIds.isEmpty() && successorGroupId == null) {
            throw new UserFacingException("successorIds", "Chọn ít nhất một đơn vị kế thừa.");
        }
        List<Agency> successors = successorIds.stream().map(directory::findAgency).toList();
        for (Agency s : successors) {
            if (s.id == id || !s.active) {
                throw new UserFacingException("successorIds", s.fullName + " không thể kế thừa " + old.fullName + ".");
            }
        }
        AgencyGroup group = successorGroupId == null ? null : directory.findGroup(successorGroupId);
        if (group != null && !group.active) {
            throw new UserFacingException("successorGroupId", "Nhóm " + group.name + " đã kết thúc.");
        }
        Map<String, Object> before = old.snapshot();
        old.active = false;
        old.endedOn = effectiveOn;
        old.successorId = successors.size() == 1 && group == null ? successors.get(0).id : null;
        old.coordinator = false;
        successors.forEach(s -> record(Successors.SPLIT, "AGENCY", old.id, s.id, effectiveOn, note));
        if (group != null) {
            record(Successors.DISSOLVE, "AGENCY", old.id, group.id, effectiveOn, note);
        }
        List<String> names = new java.util.ArrayList<>(successors.stream().map(s -> s.fullName).toList());
        if (group != null) {
            names.add(group.name);
        }
        audit.record(Successors.SPLIT, "Agency", old.id, old.provinceId,
                "Chia tách " + old.fullName + " → " + String.join(", ", names), before, old.snapshot());
        events.publishEvent(new AgencySucceeded(old.provinceId, old.id, successors.stream().map(s -> s.id).toList(),
                successorGroupId, effectiveOn, Successors.SPLIT));
    }

    /** Ends a group from a date; its printed names and open work go to the successor group. */
    @Override
    public void endGroup(long groupId, long successorGroupId, LocalDate effectiveOn, String note) {
        DirectoryRights.requireAdmin();
        AgencyGroup old = directory.findGroup(groupId);
        AgencyGroup successor = directory.findGroup(successorGroupId);
        if (!old.active || !successor.active || groupId == successorGroupId) {
            throw new UserFacingException("successorGroupId", "Nhóm " + old.name + " không thể kết thúc vào nhóm "
                    + successor.name + ".");
        }
        Map<String, Object> before = Map.of("active", true);
        old.active = false;
        old.successorId = successorGroupId;
        old.endedOn = effectiveOn;
        groups.save(old);
        record("MERGE", "GROUP", old.id, successor.id, effectiveOn, note);
        audit.record("MERGE", "AgencyGroup", old.id, old.provinceId, "Kết thúc nhóm " + old.name + " → "
                + successor.name, before, Map.of("active", false, "successorId", successorGroupId,
                "endedOn", effectiveOn.toString()));
        events.publishEvent(new vn.ttdn.directory.GroupSucceeded(old.provinceId, old.id, successor.id, effectiveOn));
    }

    /** Each agency of the old province goes to the agency of the same name in the new one, or moves over whole. */
    @Override
    public void mergeProvinces(long predecessorId, long successorId, LocalDate effectiveOn) {
        DirectoryRights.requireAdmin();
        if (predecessorId == successorId) {
            throw new UserFacingException("successorId", "Không thể hợp nhất một tỉnh vào chính nó.");
        }
        Province old = directory.findProvince(predecessorId);
        Province successor = directory.findProvince(successorId);
        if (!old.active) {
            throw new UserFacingException("predecessorId", old.name + " đã được hợp nhất từ trước.");
        }
        if (!successor.active) {
            throw new UserFacingException("successorId", successor.name + " đã được hợp nhất vào tỉnh khác.");
        }
        List<Agency> target = agencies.findByProvinceId(successorId);
        for (Agency agency : agencies.findByProvinceId(predecessorId)) {
            if (!agency.active) {
                continue;
            }
            String key = AgencyNameKey.withoutProvince(AgencyNameKey.of(agency.fullName), old.name);
            target.stream().filter(t -> t.active && AgencyNameKey.withoutProvince(AgencyNameKey.of(t.fullName),
                            successor.name).equals(key)).findFirst()
                    .ifPresent(t -> succeed(agency, t, effectiveOn, "MERGE", "Hợp nhất tỉnh " + old.name));
        }
        Map<String, Object> before = Map.of("active", old.active);
        old.active = false;
        old.successorId = successorId;
        old.mergedOn = effectiveOn;
        record("MERGE", "PROVINCE", predecessorId, successorId, effectiveOn, "Hợp nhất vào " + successor.name);
        audit.record("MERGE", "Province", old.id, old.id, "Hợp nhất " + old.name + " vào " + successor.name,
                before, Map.of("active", false, "successorId", successorId, "mergedOn", effectiveOn.toString()));
    }

    private void succeed(Agency old, Agency successor, LocalDate effectiveOn, String kind, String note) {
        if (!old.active) {
            throw new UserFacingException("predecessorIds", old.fullName + " đã ngừng hoạt động từ trước.");
        }
        Map<String, Object> before = old.snapshot();
        old.active = false;
        old.successorId = successor.id;
        old.endedOn = effectiveOn;
        if (old.coordinator) {
            successor.coordinator = true;
            old.coordinator = false;
        }
        // The old names keep resolving, to the successor.
        successor.addAlias(old.fullName);
        if (old.shortName != null) {
            successor.addAlias(old.shortName);
        }
        record(kind, "AGENCY", old.id, successor.id, effectiveOn, note);
        audit.record(kind, "Agency", old.id, old.provinceId,
                (kind.equals("RENAME") ? "Đổi tên " : "Sáp nhập ") + old.fullName + " → " + successor.fullName,
                before, old.snapshot());
        events.publishEvent(new AgencySucceeded(old.provinceId, old.id, successor.id, effectiveOn, kind));
    }

    private void record(String kind, String subject, long from, long to, LocalDate on, String note) {
        Reorganisation r = new Reorganisation();
        r.kind = kind;
        r.subject = subject;
        r.predecessorId = from;
        r.successorId = to;
        r.effectiveOn = on;
        r.note = note;
        r.createdBy = CurrentUser.get().username();
        em.persist(r);
    }
}
