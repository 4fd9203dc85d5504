package vn.ttdn.directory.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, Long> {
}
