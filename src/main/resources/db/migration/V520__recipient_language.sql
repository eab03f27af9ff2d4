-- The language a customer used when submitting an onboarding: e-mails about it are written in that language.
create table recipient_language (
    onboarding_id uuid       not null primary key,
    language      varchar(8) not null
);
