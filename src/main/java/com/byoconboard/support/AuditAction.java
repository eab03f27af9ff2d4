package com.byoconboard.support;

/** What an audit entry records. */
public enum AuditAction {
    /** The onboarding moved between life-cycle states (by a customer, support or the system). */
    STATE_CHANGED,
    /** Support asked for changes; the detail is the comment the customer sees. */
    CHANGES_REQUESTED,
    /** Support rejected the request; the detail is the reason the customer sees. */
    REJECTED,
    /** A support task of the guide changed state. */
    TASK_CHANGED,
    /** A customer deleted a draft; the detail is the name it had. */
    DRAFT_DELETED;

    /** Entries the customer sees in their own timeline: task changes are the vendor's business, deletions their own. */
    public boolean customerVisible() {
        return this != TASK_CHANGED && this != DRAFT_DELETED;
    }
}
