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
    CHANGE_REQUEST;

    /**
     * Entries the customer sees in their timeline of news from support: task changes are the vendor's business, a
     * peering change and a deletion the customer's own (the peering panel shows where it stands).
     */
    public boolean customerVisible() {
        return this != TASK_CHANGED && this != PEERING_CHANGED && this != DRAFT_DELETED && this != CHANGE_REQUEST;
    }
}
