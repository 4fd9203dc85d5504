package vn.ttdn.changes;

/**
 * An entity holding a province's data. Inserting, updating or deleting one moves that province's data version when
 * the transaction commits (a listener on the persistence context sees every such write, audited or not).
 */
public interface ProvinceData {

    /** The province whose data this is; null for national data (the province list, the legal documents). */
    Long provinceId();

    /** False for a record written beside the data that changes none of it (an audit entry of a sign-in). */
    default boolean changesData() {
        return true;
    }
}
