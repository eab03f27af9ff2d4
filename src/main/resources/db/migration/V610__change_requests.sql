-- Day-2 change requests of a ready onboarding: what kind, the inputs proposed (JSON, as onboarding.inputs), the
-- kind's part before and after in one line each, who proposed and who decided, and the run generation that applies it.
create table change_request (
    id              uuid          not null primary key,
    onboarding_id   uuid          not null,
    organization_id varchar(64)   not null,
    kind            varchar(32)   not null,
    state           varchar(16)   not null,
    proposed        text          not null,
    before_value    text          not null,
    after_value     text          not null,
    proposed_by     varchar(200)  not null,
    proposed_at     timestamp with time zone not null,
    decided_by      varchar(200),
    comment         varchar(2000),
    generation      integer,
    updated_at      timestamp with time zone not null
);
create index change_request_by_onboarding on change_request (onboarding_id, proposed_at);
