package com.byoconboard.identity;

/** What a signed-in person may do: customers see their own organization, the vendor's staff see all. */
public enum Role {
    /** Fills in and follows their own organization's onboardings. */
    CUSTOMER,
    /** Vendor support: reviews every organization's requests and works the support console. */
    SUPPORT,
    /** Vendor administrator: configuration, and everything support may do. */
    ADMIN;

    /** The Spring Security authority carrying this role, e.g. {@code ROLE_SUPPORT}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
