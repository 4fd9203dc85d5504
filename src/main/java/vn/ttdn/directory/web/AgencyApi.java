package vn.ttdn.directory.web;

import org.springdoc.core.annotations.ParameterObject;
import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
import vn.ttdn.common.Updating;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.GroupView;
import vn.ttdn.directory.NameMatch;
import vn.ttdn.directory.ProvinceView;

/** The directory for other systems: provinces, agencies, groups, resolving printed names. */
@RestController
@RequestMapping("/api")
@Tag(name = "Danh bạ", description = "Tỉnh, đơn vị, nhóm đơn vị; tra tên đơn vị như in trong văn bản")
class AgencyApi {

    private final Directory directory;

    AgencyApi(Directory directory) {
        this.directory = directory;
    }

    @GetMapping("/provinces")
    @Operation(summary = "Các tỉnh, thành phố, kể cả những tỉnh đã hợp nhất")
    List<ProvinceView> provinces() {
        return directory.provinces();
    }

    /** The agency search's query parameters. */
    record AgencySearchParams(Long provinceId, AgencyKind kind, Boolean active, String q, String sort, String dir,
                              Integer page, Integer size) {
    }

    @GetMapping("/agencies")
    @Operation(summary = "Tìm đơn vị (không dấu cũng được), lọc theo tỉnh, loại, trạng thái; sắp xếp, phân trang",
            description = "sort: name, shortName, kind, province, updatedAt, endedOn; dir: asc, desc")
    PageResult<AgencyView> search(@ParameterObject @ModelAttribute AgencySearchParams p) {
        return directory.search(p.provinceId(), p.kind(), p.active(), ListQuery.of(p.q(), p.sort(), p.dir(), p.page(),
                p.size()));
    }

    @GetMapping("/agencies/{id:\\d+}")
    @Operation(summary = "Một đơn vị")
    AgencyView agency(@PathVariable long id) {
        return directory.agency(id);
    }

    @PostMapping("/agencies")
    @Operation(summary = "Thêm đơn vị (cơ quan điều phối của tỉnh hoặc quản trị)")
    ResponseEntity<AgencyView> create(@Valid @RequestBody AgencyForm form) {
        long id = directory.createAgency(form);
        return ResponseEntity.created(URI.create("/api/agencies/" + id)).body(directory.agency(id));
    }

    @PutMapping("/agencies/{id:\\d+}")
    @Operation(summary = "Sửa đơn vị; gửi kèm version đã đọc để không ghi đè thay đổi của người khác (409)")
    AgencyView update(@PathVariable long id, @Validated({Default.class, Updating.class}) @RequestBody AgencyForm form) {
        directory.updateAgency(id, form);
        return directory.agency(id);
    }

    @GetMapping("/agencies/resolve")
    @Operation(summary = "Tra một tên đơn vị như in trong văn bản: tên đầy đủ, viết tắt, tên cũ, gần đúng")
    NameMatch resolve(@RequestParam long provinceId, @RequestParam String name) {
        return directory.resolve(provinceId, name);
    }

    @GetMapping("/agency-groups")
    @Operation(summary = "Các nhóm đơn vị của một tỉnh (\"các sở, ban, ngành\" …)")
    List<GroupView> groups(@RequestParam long provinceId) {
        return directory.groups(provinceId);
    }

    @GetMapping("/agency-groups/{id:\\d+}/members")
    @Operation(summary = "Các đơn vị đang hoạt động mà một nhóm bao gồm")
    List<AgencyView> members(@PathVariable long id) {
        return directory.membersOf(id);
    }
}
