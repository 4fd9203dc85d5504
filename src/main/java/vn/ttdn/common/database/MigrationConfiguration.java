package vn.ttdn.common.database;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Flyway as Boot runs it, with the schema history of a database from before the per-module split rewritten first. */
@Configuration(proxyBeanMethods = false)
class MigrationConfiguration {

    @Bean
    FlywayMigrationStrategy splitHistoryThenMigrate() {
        return flyway -> {
            MigrationHistorySplit.rewrite(flyway.getConfiguration().getDataSource(), flyway.getConfiguration().getTable());
            flyway.migrate();
        };
    }
}
