package vn.ttdn.tracking.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/**
 * An evidence file's description. Its bytes are in table evidence_content, written once by SQL and read in slices by a
 * download, so nothing that loads this entity (the task page's list of evidence) loads a file.
 */
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
}
