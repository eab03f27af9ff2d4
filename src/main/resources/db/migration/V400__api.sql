-- REST API: the answer to each POST that named an Idempotency-Key, per caller, so that a repeat gets the same
-- answer and creates nothing new.
create table api_idempotency (
    caller          varchar(200) not null,
    idempotency_key varchar(200) not null,
    fingerprint     varchar(64)  not null,
    status          integer      not null,
    location        varchar(500) not null,
    body            text         not null,
    created_at      timestamp with time zone not null,
    primary key (caller, idempotency_key)
);

-- Long-running operations: one per run action asked through the API; clients poll them. Their state is read
-- from the provisioning journal, and kept here once it is final (a later action on the same run moves the journal on).
create table api_operation (
    id              uuid         not null primary key,
    onboarding_id   uuid         not null,
    organization_id varchar(64)  not null,
    action          varchar(32)  not null,
    created_by      varchar(200) not null,
    created_at      timestamp with time zone not null,
    final_state     varchar(32)
);

create index api_operation_by_onboarding on api_operation (onboarding_id);
