-- Onboardings: one row per customer request. Inputs are kept as a JSON document so that the wizard's
-- fields can grow without a migration per field; the columns beside it are what lists and searches need.
create table onboarding (
    id              uuid         not null primary key,
    organization_id varchar(64)  not null,
    state           varchar(32)  not null,
    inputs          text         not null,
    external_id     varchar(64)  not null,
    revision        integer      not null,
    version         bigint       not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    display_name    varchar(300) not null,
    account_id      varchar(64)  not null,
    region          varchar(64)  not null,
    vpc_id          varchar(64)  not null
);

create index onboarding_by_organization on onboarding (organization_id, updated_at);
