package vn.ttdn.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ttdn.TtdnTest;
import vn.ttdn.changes.DataChanges;
import vn.ttdn.identity.TtdnPrincipal;

/**
 * "The data changed" is part of writing, not of auditing: a write that records no audit entry still makes the next
 * page show it, whether it goes through an entity or, naming its province, around it.
 */
@TtdnTest
class UnauditedWriteTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired TaskRepository tasks;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired DataChanges changes;

    private String taskPage(long task) throws Exception {
        TtdnPrincipal coordinator = (TtdnPrincipal) users.loadUserByUsername("dieuphoi");
        return mvc.perform(get("/tasks/" + task).with(user(coordinator))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long issuedTaskOfTuyenQuang() {
        return jdbc.sql("select t.id from task t join plan p on p.id = t.plan_id join province v on v.id = p.province_id"
                        + " where p.status = 'ISSUED' and not t.archived and v.name like '%Tuyên Quang'"
                        + " order by t.id desc limit 1")
                .query(Long.class).single();
    }

    private long auditEntries() {
        return jdbc.sql("select count(*) from audit_log").query(Long.class).single();
    }

    @Test
    void aWriteThroughARepositoryWithoutAuditEntryShowsOnTheNextPage() throws Exception {
        long task = issuedTaskOfTuyenQuang();
        taskPage(task);
        taskPage(task);
        long audited = auditEntries();
        String content = "Nội dung sửa thẳng qua kho dữ liệu " + System.nanoTime();

        tx.executeWithoutResult(status -> tasks.findById(task).orElseThrow().content = content);

        assertThat(auditEntries()).as("no audit entry was written").isEqualTo(audited);
        assertThat(taskPage(task)).contains(content);
    }

    @Test
    void aWriteInSqlThatNamesItsProvinceShowsOnTheNextPage() throws Exception {
        long task = issuedTaskOfTuyenQuang();
        taskPage(task);
        taskPage(task);
        String content = "Nội dung sửa bằng SQL " + System.nanoTime();

        tx.executeWithoutResult(status -> {
            long province = jdbc.sql("update task set content = :content where id = :id returning province_id")
                    .param("content", content).param("id", task).query(Long.class).single();
            changes.changed(province);
        });

        assertThat(taskPage(task)).contains(content);
    }
}
