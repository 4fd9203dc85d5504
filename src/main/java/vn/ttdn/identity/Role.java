package vn.ttdn.identity;

/** What a user may do. Scope (which province, which agency) comes from the agency the user belongs to. */
public enum Role {
    /** Manages users and the directory everywhere. */
    ADMIN,
    /** The coordinating department (Sở VHTTDL): plans, tasks and follow-up for its province. */
    COORDINATOR,
    /** Leader of an agency: approves what the agency sends. */
    AGENCY_LEADER,
    /** TTĐN officer of an agency: reports progress on the agency's tasks. */
    AGENCY_OFFICER,
    /** Provincial leadership: reads everything in the province, changes nothing. */
    VIEWER
}
