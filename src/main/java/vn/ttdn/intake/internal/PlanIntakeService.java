package vn.ttdn.intake.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.Download;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.common.database.StoredBytes;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.NameMatch;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.intake.DocumentReadException;
import vn.ttdn.intake.IntakeFile;
import vn.ttdn.intake.IntakeHeader;
import vn.ttdn.intake.IntakeReview;
import vn.ttdn.intake.IntakeStatus;
import vn.ttdn.intake.IntakeSummary;
import vn.ttdn.intake.ParsedPlan;
import vn.ttdn.intake.ParsedTask;
import vn.ttdn.intake.PlanDocumentReader;
import vn.ttdn.intake.PlanExtractor;
import vn.ttdn.intake.PlanIntake;
import vn.ttdn.intake.ReadDocument;
import vn.ttdn.planning.Plans;

/**
 * Plan intake as a service. The stored text is re-read by the extractor on every review (2 ms for a seed plan),
 * so a draft always shows what the current extractor and the current directory make of it.
 */
@Service
@Transactional
class PlanIntakeService implements PlanIntake {

    private final IntakeDocumentRepository documents;
    private final IntakeContentRepository contents;
    private final Revisions revisions;
    private final IntakeConfirmation confirmation;
    private final Directory directory;
    private final Plans plans;
    private final AuditTrail audit;
    private final long maxBytes;
    private final StoredBytes stored;

    PlanIntakeService(IntakeDocumentRepository documents, IntakeContentRepository contents, Revisions revisions,
                      IntakeConfirmation confirmation, Directory directory, Plans plans, AuditTrail audit,
                      @Value("${ttdn.upload.intake-max-mb}") int maxMegabytes, DataSource dataSource) {
        this.documents = documents;
        this.contents = contents;
        this.revisions = revisions;
        this.confirmation = confirmation;
        this.directory = directory;
        this.plans = plans;
        this.audit = audit;
        this.maxBytes = maxMegabytes * 1024L * 1024;
        this.stored = new StoredBytes(dataSource, "intake_content", "content", "intake_id");
    }

    @Override
    public long upload(long provinceId, String fileName, byte[] content) throws DocumentReadException {
        requireCoordinator(provinceId);
        directory.province(provinceId);
        if (content != null && content.length > maxBytes) {
            throw new DocumentReadException("intake.read.tooLarge", String.valueOf(content.length / (1024 * 1024)),
                    String.valueOf(maxBytes / (1024 * 1024)));
        }
        ReadDocument read = new PlanDocumentReader().read(fileName, content);
        if (read.text().isBlank()) {
            throw new DocumentReadException("intake.error.noText");
        }
        IntakeDocument doc = new IntakeDocument();
        doc.provinceId = provinceId;
        doc.uploadedBy = CurrentUser.get().username();
        doc.fileName = cleanName(fileName);
        doc.contentType = read.detectedType();
        doc.encoding = read.encoding();
        doc.sha256 = sha256(content);
        doc.sizeBytes = content.length;
        doc.text = read.text();
        documents.saveAndFlush(doc);
        contents.save(new IntakeContent(doc.id, content));
        audit.record("UPLOAD", "IntakeDocument", doc.id, provinceId, "Tải lên văn bản kế hoạch " + doc.fileName,
                null, doc.snapshot());
        return doc.id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<IntakeSummary> drafts() {
        CurrentUser user = CurrentUser.get();
        if (!user.isAdmin() && !user.has(vn.ttdn.identity.Role.COORDINATOR)) {
            throw new vn.ttdn.common.ForbiddenException(
                    "intake.forbidden.drafts");
        }
        List<IntakeDocument> found = user.isAdmin()
                ? documents.findTop100ByStatusNotOrderByIdDesc(IntakeStatus.DISCARDED)
                : user.has(vn.ttdn.identity.Role.COORDINATOR) && !user.provinceScope().isEmpty()
                ? documents.findTop100ByProvinceIdInAndStatusNotOrderByIdDesc(user.provinceScope(), IntakeStatus.DISCARDED)
                : List.of();
        return found.stream().map(d -> {
            IntakeHeader h = d.header(IntakeReviews.printedHeader(new PlanExtractor().extract(d.text)));
            return new IntakeSummary(d.id, directory.province(d.provinceId).name(), d.fileName, h.title(), h.number(),
                    d.uploadedBy, d.uploadedAt, d.status, d.planId);
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public IntakeReview review(long id) {
        IntakeDocument doc = readable(id);
        ParsedPlan parsed = new PlanExtractor().extract(doc.text);
        IntakeHeader printed = IntakeReviews.printedHeader(parsed);
        IntakeHeader header = doc.header(printed);
        List<NameMatch> names = names(parsed).stream().map(n -> directory.resolve(doc.provinceId, n)).toList();
        Long previous = doc.status == IntakeStatus.CONFIRMED ? doc.revisesPlanId
                : revisions.previousPlan(doc.provinceId, header, doc.planId).orElse(null);
        return new IntakeReview(doc.id, doc.provinceId, directory.province(doc.provinceId).name(), doc.fileName,
                doc.contentType, doc.encoding, doc.status, doc.uploadedBy, doc.uploadedAt, doc.planId, header, printed,
                parsed, List.of(doc.text.split("\n", -1)), names,
                previous == null ? null : revisions.diff(previous, header, parsed), doc.version);
    }

    @Override
    public void editHeader(long id, IntakeHeader edited, long version) {
        IntakeDocument doc = underReview(id);
        if (doc.version != version) {
            throw new ConflictException("intake.conflict.edited");
        }
        IntakeReviews.validate(edited);
        IntakeHeader printed = IntakeReviews.printedHeader(new PlanExtractor().extract(doc.text));
        var before = doc.snapshot();
        doc.editedKind = Objects.equals(edited.kind(), printed.kind()) ? null : edited.kind();
        doc.editedNumber = differs(IntakeReviews.canonicalNumber(edited.number()), printed.number());
        doc.editedTitle = differs(edited.title().strip(), printed.title());
        doc.editedIssuedOn = Objects.equals(edited.issuedOn(), printed.issuedOn()) ? null : edited.issuedOn();
        doc.editedYear = Objects.equals(edited.year(), printed.year()) ? null : edited.year();
        doc.touch();
        audit.record("UPDATE", "IntakeDocument", doc.id, doc.provinceId, "Sửa thông tin chung của " + doc.fileName,
                before, doc.snapshot());
    }

    @Override
    public void mapName(long id, String printed, String target) {
        IntakeDocument doc = underReview(id);
        if (printed == null || !names(new PlanExtractor().extract(doc.text)).contains(printed)) {
            throw new UserFacingException("printed", "intake.error.nameNotPrinted");
        }
        String mapped = IntakeReviews.mapAlias(directory, doc.provinceId, printed, target);
        audit.record("MAP_NAME", "IntakeDocument", doc.id, doc.provinceId, "Gán \"" + printed + "\" → " + mapped,
                null, java.util.Map.of("printed", printed, "target", target));
    }

    @Override
    public long confirm(long id) {
        IntakeDocument doc = underReview(id);
        return confirmation.confirm(doc);
    }

    @Override
    public void discard(long id) {
        IntakeDocument doc = underReview(id);
        var before = doc.snapshot();
        doc.status = IntakeStatus.DISCARDED;
        doc.touch();
        audit.record("DISCARD", "IntakeDocument", doc.id, doc.provinceId, "Hủy bản nháp " + doc.fileName, before,
                doc.snapshot());
    }

    @Override
    @Transactional(readOnly = true)
    public Download file(long id) {
        return download(readable(id).info());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IntakeFile.Info> documentOfPlan(long planId) {
        plans.plan(planId); // whoever reads the plan may read the document it was made from
        return documents.findFirstByPlanIdOrderByIdDesc(planId).map(IntakeDocument::info);
    }

    @Override
    @Transactional(readOnly = true)
    public Download originalOfPlan(long planId) {
        return download(documentOfPlan(planId).orElseThrow(() -> new NotFoundException("intake.what.source")));
    }

    /** The bytes stay in the database until the response is written, a slice at a time. */
    private Download download(IntakeFile.Info info) {
        long length = stored.length(info.intakeId()).orElseThrow(() -> new NotFoundException("intake.what.source"));
        return new Download(info.fileName(), info.mediaType(), length, info.sha256(),
                stored.open(info.intakeId(), length));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> revises(long planId) {
        plans.plan(planId);
        return documents.findFirstByPlanIdOrderByIdDesc(planId).map(d -> d.revisesPlanId);
    }

    /** A draft is the coordinating department's work in progress: anyone else is told it does not exist. */
    private IntakeDocument readable(long id) {
        IntakeDocument doc = documents.findById(id).orElseThrow(() -> new NotFoundException("intake.what.draft"));
        if (!CurrentUser.get().coordinates(doc.provinceId) || doc.status == IntakeStatus.DISCARDED) {
            throw new NotFoundException("intake.what.draft");
        }
        return doc;
    }

    private IntakeDocument underReview(long id) {
        IntakeDocument doc = readable(id);
        if (doc.status != IntakeStatus.REVIEW) {
            throw new ConflictException("intake.conflict.confirmed");
        }
        return doc;
    }

    private static void requireCoordinator(long provinceId) {
        if (!CurrentUser.get().coordinates(provinceId)) {
            throw new ForbiddenException("intake.forbidden.coordinator");
        }
    }

    /** Every distinct agency name the tasks print, in order of appearance. */
    static List<String> names(ParsedPlan parsed) {
        Set<String> names = new LinkedHashSet<>();
        for (ParsedTask t : parsed.tasks()) {
            t.lead().stream().filter(n -> !n.isBlank()).forEach(names::add);
            t.coordinating().stream().filter(n -> !n.isBlank()).forEach(names::add);
        }
        return List.copyOf(names);
    }

    private static String differs(String value, String printed) {
        return value == null || value.isBlank() || value.equals(printed) ? null : value;
    }

    private static String cleanName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "van-ban" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 300 ? name.substring(name.length() - 300) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
