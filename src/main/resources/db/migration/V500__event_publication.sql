-- Spring Modulith's event publication registry (JDBC, schema version 2): each event for a transactional listener
-- (auto-start, customer e-mail, a run's first jobs) is stored with the change that caused it and completed once
-- handled, so that a crash in between leaves an incomplete publication to resubmit. Same SQL on H2 and PostgreSQL.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            varchar(512)             not null,
    event_type             varchar(512)             not null,
    serialized_event       varchar(4000)            not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
