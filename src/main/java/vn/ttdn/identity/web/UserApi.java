package vn.ttdn.identity.web;

import org.springdoc.core.annotations.ParameterObject;
import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
import vn.ttdn.common.Updating;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.identity.AuditLog;
import vn.ttdn.identity.AuditView;
import vn.ttdn.identity.UserAccounts;
import vn.ttdn.identity.UserForm;
import vn.ttdn.identity.UserView;

/** Users and the audit log for other systems: the same rules as the pages (users: administrators only). */
@RestController
@RequestMapping("/api")
@Tag(name = "Người dùng và nhật ký", description = "Tài khoản, vai trò, đặt lại mật khẩu; nhật ký thay đổi")
class UserApi {

    private final UserAccounts users;
    private final AuditLog audit;

    UserApi(UserAccounts users, AuditLog audit) {
        this.users = users;
        this.audit = audit;
    }

    /** The user list's query parameters. */
    record UserListParams(String q, String sort, String dir, Integer page, Integer size) {
    }

    @GetMapping("/users")
    @Operation(summary = "Người dùng (tìm không dấu, sắp xếp theo username, fullName, createdAt; phân trang)")
    PageResult<UserView> list(@ParameterObject @ModelAttribute UserListParams p) {
        return users.list(ListQuery.of(p.q(), p.sort(), p.dir(), p.page(), p.size()));
    }

    @GetMapping("/users/{id:\\d+}")
    @Operation(summary = "Một người dùng")
    UserView get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping("/users")
    @Operation(summary = "Tạo người dùng với mật khẩu ban đầu (phải đổi ở lần đăng nhập đầu)")
    ResponseEntity<UserView> create(@Valid @RequestBody UserForm form) {
        long id = users.create(form);
        return ResponseEntity.created(URI.create("/api/users/" + id)).body(users.get(id));
    }

    @PutMapping("/users/{id:\\d+}")
    @Operation(summary = "Sửa người dùng; gửi kèm version đã đọc (409 nếu người khác vừa sửa)")
    UserView update(@PathVariable long id, @Validated({Default.class, Updating.class}) @RequestBody UserForm form) {
        users.update(id, form);
        return users.get(id);
    }

    @PostMapping("/users/{id:\\d+}/password")
    @Operation(summary = "Đặt lại mật khẩu (10–128 ký tự, không phổ biến, không chứa tên đăng nhập); người dùng phải đổi ở lần đăng nhập sau")
    ResponseEntity<Void> resetPassword(@PathVariable long id, @Valid @RequestBody NewPassword body) {
        users.resetPassword(id, body.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/audit")
    @Operation(summary = "Nhật ký thay đổi trong phạm vi của người đọc",
            description = "Lọc: q, entityType, action, username, from, to (yyyy-MM-dd); sort: at, username, action")
    PageResult<AuditView> audit(@ModelAttribute AuditSearch search) {
        return audit.search(search.filter(), search.query());
    }

    /** The body of a password reset. */
    record NewPassword(@jakarta.validation.constraints.NotBlank(message = "{user.password.required}")
                       String password) {
    }
}
