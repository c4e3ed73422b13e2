-- The table contract of DESIGN.md. Facts carry their document and character span;
-- the run that wrote them is documents.run_id.

create table documents (
    doc_id varchar primary key,
    source varchar,
    uri varchar,
    title varchar,
    publisher varchar,
    author varchar,
    published_at date,
    language varchar,
    caption varchar,
    body varchar,
    n_chars bigint,
    duplicate_of varchar,
    ingested_at timestamptz,
    run_id varchar
);

create table removed_lines (
    doc_id varchar not null,
    line_no bigint,
    text varchar,
    reason varchar
);

create table sentences (
    doc_id varchar not null,
    sent_no bigint not null,
    start_char bigint,
    end_char bigint,
    text varchar
);

create table mentions (
    doc_id varchar not null,
    sent_no bigint,
    start_char bigint,
    end_char bigint,
    text varchar,
    label varchar,
    entity_id varchar
);

create table entities (
    entity_id varchar primary key,
    name varchar not null,
    type varchar not null,
    n_mentions bigint default 0,
    n_docs bigint default 0,
    first_seen date,
    last_seen date
);

create table entity_aliases (
    alias varchar not null,
    entity_id varchar not null
);

create table entity_roles (
    entity_id varchar not null,
    role varchar not null,
    doc_id varchar not null,
    date date
);

create table entity_relations (
    entity_id varchar not null,
    relation varchar not null,
    related_id varchar not null
);

create table events (
    event_id varchar not null,
    doc_id varchar not null,
    sent_no bigint,
    actor_id varchar,
    actor_text varchar,
    action varchar,
    target_id varchar,
    target_text varchar,
    event_date date,
    date_text varchar,
    date_precision varchar,
    modality varchar,
    event_type varchar,
    start_char bigint,
    end_char bigint
);

create table quotes (
    quote_id varchar not null,
    doc_id varchar not null,
    sent_no bigint,
    speaker_id varchar,
    speaker_text varchar,
    cue varchar,
    text varchar,
    kind varchar,
    start_char bigint,
    end_char bigint
);

-- Per-document pair counts, written with their document; `cooccurrences` is rolled up from them.
create table document_pairs (
    doc_id varchar not null,
    entity_a varchar not null,
    entity_b varchar not null,
    n_sentences bigint not null
);

create table cooccurrences (
    entity_a varchar not null,
    entity_b varchar not null,
    n_sentences bigint,
    n_docs bigint,
    first_seen date,
    last_seen date
);

create table runs (
    run_id varchar primary key,
    flow_run_id varchar,
    started_at timestamptz,
    finished_at timestamptz,
    n_in bigint,
    n_new bigint,
    n_skipped bigint,
    n_rejected bigint,
    status varchar,
    model varchar,
    version varchar
);

create table rejected (
    run_id varchar,
    source varchar,
    uri varchar,
    reason varchar,
    detail varchar
);
