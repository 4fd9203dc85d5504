package vn.ttdn.planning.web;

/** Why a closed plan is issued again (required; the plan checks it). */
public class ReopenForm {

    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
