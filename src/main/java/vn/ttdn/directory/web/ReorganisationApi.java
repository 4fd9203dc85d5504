package vn.ttdn.directory.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.Reorganisations;
import vn.ttdn.directory.ReorganisationHistory;
import vn.ttdn.directory.ReorganisationView;

/** Mergers and renamings for other systems (administrators only). */
@RestController
@RequestMapping("/api/reorganisations")
@Tag(name = "Sắp xếp tổ chức", description = "Sáp nhập, đổi tên đơn vị, hợp nhất tỉnh; lịch sử")
class ReorganisationApi {

    private final Directory directory;
    private final Reorganisations reorganisations;
    private final ReorganisationHistory history;

    ReorganisationApi(Directory directory, Reorganisations reorganisations, ReorganisationHistory history) {
        this.directory = directory;
        this.reorganisations = reorganisations;
        this.history = history;
    }

    @GetMapping
    @Operation(summary = "Lịch sử sáp nhập và đổi tên", description = "sort: effectiveOn, createdAt, kind")
    PageResult<ReorganisationView> history(@RequestParam(required = false) String sort,
                                           @RequestParam(required = false) String dir,
                                           @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return history.history(ListQuery.of(null, sort, dir, page, size));
    }

    @PostMapping("/merge")
    @Operation(summary = "Sáp nhập các đơn vị vào một đơn vị kế thừa; việc đang làm và người dùng chuyển theo")
    AgencyView merge(@Valid @RequestBody MergeRequest request) {
        reorganisations.mergeAgencies(request.getPredecessorIds(), request.getSuccessorId(), request.getEffectiveOn(),
                request.getNote());
        return directory.agency(request.getSuccessorId());
    }

    @PostMapping("/rename")
    @Operation(summary = "Đổi tên đơn vị từ một ngày; trả về bản ghi mới mang tên mới")
    ResponseEntity<AgencyView> rename(@Valid @RequestBody RenameRequest request) {
        long id = reorganisations.renameAgency(request.getAgencyId(), request.getFullName(), request.getShortName(),
                request.getEffectiveOn(), request.getNote());
        return ResponseEntity.created(URI.create("/api/agencies/" + id)).body(directory.agency(id));
    }

    @PostMapping("/merge-provinces")
    @Operation(summary = "Hợp nhất một tỉnh vào tỉnh khác từ một ngày")
    ResponseEntity<Void> mergeProvinces(@Valid @RequestBody ProvinceMergeRequest request) {
        reorganisations.mergeProvinces(request.getPredecessorId(), request.getSuccessorId(), request.getEffectiveOn());
        return ResponseEntity.noContent().build();
    }
}
