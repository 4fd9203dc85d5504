package vn.ttdn.directory;

import com.fasterxml.jackson.annotation.JsonSetter;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user fills in for an agency. */
public class AgencyForm {
    @NotNull(message = "{agency.province.required}")
    private Long provinceId;
    private Long parentId;
    @NotNull(message = "{agency.kind.required}")
    private AgencyKind kind;
    @NotBlank(message = "{agency.fullName.required}")
    @Size(max = 300, message = "{field.tooLong}")
    private String fullName;
    @Size(max = 100, message = "{field.tooLong}")
    private String shortName;
    private boolean coordinator;
    @Email(message = "{user.email.invalid}")
    @Size(max = 200, message = "{field.tooLong}")
    private String email;
    @Size(max = 50, message = "{field.tooLong}")
    private String phone;
    @Size(max = 300, message = "{field.tooLong}")
    private String address;
    @Size(max = 200, message = "{field.tooLong}")
    private String ttdnLeaderName;
    @Size(max = 200, message = "{field.tooLong}")
    private String ttdnLeaderContact;
    @Size(max = 200, message = "{field.tooLong}")
    private String ttdnOfficerName;
    @Size(max = 200, message = "{field.tooLong}")
    private String ttdnOfficerContact;
    /** One alias per line. */
    @Size(max = 3000, message = "{field.tooLong}")
    private String aliases;
    @NotNull(groups = vn.ttdn.common.Updating.class, message = "{version.required}")
    private Long version;

    public static AgencyForm of(long provinceId, AgencyKind kind, String fullName, String shortName) {
        AgencyForm f = new AgencyForm();
        f.provinceId = provinceId;
        f.kind = kind;
        f.fullName = fullName;
        f.shortName = shortName;
        return f;
    }

    public Long getProvinceId() { return provinceId; }
    public void setProvinceId(Long provinceId) { this.provinceId = provinceId; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public AgencyKind getKind() { return kind; }
    public void setKind(AgencyKind kind) { this.kind = kind; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public boolean isCoordinator() { return coordinator; }
    public void setCoordinator(boolean coordinator) { this.coordinator = coordinator; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getTtdnLeaderName() { return ttdnLeaderName; }
    public void setTtdnLeaderName(String v) { this.ttdnLeaderName = v; }
    public String getTtdnLeaderContact() { return ttdnLeaderContact; }
    public void setTtdnLeaderContact(String v) { this.ttdnLeaderContact = v; }
    public String getTtdnOfficerName() { return ttdnOfficerName; }
    public void setTtdnOfficerName(String v) { this.ttdnOfficerName = v; }
    public String getTtdnOfficerContact() { return ttdnOfficerContact; }
    public void setTtdnOfficerContact(String v) { this.ttdnOfficerContact = v; }
    public String getAliases() { return aliases; }
    public void setAliases(String aliases) { this.aliases = aliases; }

    /** JSON clients send back what they read: aliases as a list (AgencyView), or as lines like the form. */
    @JsonSetter("aliases")
    void aliasesFromJson(Object value) {
        this.aliases = vn.ttdn.common.JsonLines.of(value);
    }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
