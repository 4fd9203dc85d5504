package vn.ttdn;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a fresh embedded PostgreSQL with the demo data, shared by every test class that uses
 * this annotation (one Spring context, one database). MockMvc's sessions are the container's ({@code MockHttpSession}):
 * Spring Session's store in the database is left out here, and proved over real HTTP by the browser tests and
 * {@code TwoNodesTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "ttdn.data-dir=target/test-data/shared",
        "ttdn.db.embedded.clean=true",
        "ttdn.db.embedded.durable=false",
        "ttdn.demo=true",
        "ttdn.sessions.in-database=false",
        "spring.autoconfigure.exclude=org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration"})
@AutoConfigureMockMvc
public @interface TtdnTest {
}
