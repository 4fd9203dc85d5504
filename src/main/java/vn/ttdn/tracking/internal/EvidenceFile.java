package vn.ttdn.tracking.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
class EvidenceFile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long updateId;
    String fileName;
    String contentType;
    long sizeBytes;
    String sha256;
    @Basic(fetch = FetchType.LAZY)
    byte[] content;
}
