package vn.ttdn.directory;

/** The kinds of organisation that receive TTĐN tasks and report on them. */
public enum AgencyKind {
    /** Sở: a department of the provincial people's committee. */
    DEPARTMENT,
    /** Ban: a board (Ban Dân tộc, Ban Tuyên giáo Tỉnh ủy, Ban Quản lý khu kinh tế …). */
    BOARD,
    /** UBND huyện / xã: a district or commune people's committee. */
    PEOPLES_COMMITTEE,
    /** Báo, Đài, Tạp chí, Cổng thông tin: a press agency. */
    PRESS,
    /** Công an, Bộ Chỉ huy Quân sự, Bộ đội Biên phòng. */
    ARMED_FORCES,
    /** Mặt trận Tổ quốc, đoàn thể, hội. */
    MASS_ORGANISATION,
    /** Văn phòng UBND tỉnh, Văn phòng Tỉnh ủy, the people's committee itself. */
    PROVINCIAL_OFFICE,
    /** Trung tâm and other public service units. */
    OTHER
}
