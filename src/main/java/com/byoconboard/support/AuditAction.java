package com.byoconboard.support;

/** What an audit entry records. */
public enum AuditAction {
    /** The onboarding moved between life-cycle states (by a customer, support or the system). */
    STATE_CHANGED,
    /** Support asked for changes; the detail is the comment the customer sees. */
    CHANGES_REQUESTED,
    /** Support rejected the request; the detail is the reason the customer sees. */
    REJECTED,
    /** A support task of the guide changed state (or the customer asked for one). */
    TASK_CHANGED,
    /** The customer changed the peers (or asked for the public load balancer's removal) of a ready onboarding. */
    PEERING_CHANGED,
    /** A customer deleted a draft; the detail is the name it had. */
    DRAFT_DELETED,
    /**
     * A day-2 change request moved (proposed, approved, applying, applied, failed, refused, withdrawn); before and
     * after are its states, the detail its kind, ID and values or support's comment.
     */
    CHANGE_REQUEST,
    /** Support's access grant was requested, approved, refused or revoked; the detail: scope, duration, reason. */
    ACCESS_GRANT,
    /** Support started a session (AssumeRole) in the customer's account under a grant; the detail: its name and end. */
    SUPPORT_SESSION,
    /** Support acted in the customer's account under a grant (Verify, Repair, retry, tear down). */
    SUPPORT_ACTION;

    /**
     * Entries the customer sees in their timeline of news from support: task changes are the vendor's business, a
     * peering change and a deletion the customer's own (the peering panel shows where it stands); support's access
     * is news (a request waits for the customer), its sessions and actions are listed beside the grants.
     */
    public boolean customerVisible() {
        return switch (this) {
            case STATE_CHANGED, CHANGES_REQUESTED, REJECTED, ACCESS_GRANT -> true;
            case TASK_CHANGED, PEERING_CHANGED, DRAFT_DELETED, CHANGE_REQUEST, SUPPORT_SESSION, SUPPORT_ACTION -> false;
        };
    }
}
