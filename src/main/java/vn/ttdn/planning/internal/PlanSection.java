package vn.ttdn.planning.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import vn.ttdn.planning.SectionView;

@Entity
class PlanSection {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "plan_id", insertable = false, updatable = false)
    Long planId;
    String ref;
    String heading;
    int position;

    SectionView view() {
        return new SectionView(id, ref, heading, position);
    }
}
