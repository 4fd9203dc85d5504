package vn.ttdn.intake.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface IntakeContentRepository extends JpaRepository<IntakeContent, Long> {
}
