-- Offboarding: who asked for it and when, the last look through the bootstrap role for anything still tagged
-- with the onboarding, the last "Verify offboarding", and when it passed (the onboarding is then OFFBOARDED).
create table offboarding (
    onboarding_id  uuid         not null primary key,
    requested_by   varchar(200) not null,
    requested_at   timestamp with time zone not null,
    swept_at       timestamp with time zone,
    remaining      text,
    checked_by     varchar(200),
    checked_at     timestamp with time zone,
    role_assumable boolean,
    completed_at   timestamp with time zone
);
