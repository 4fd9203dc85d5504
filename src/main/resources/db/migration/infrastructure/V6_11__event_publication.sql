-- Spring Modulith's JPA event publication registry (JpaEventPublication of spring-modulith-events-jpa 2.0.6, the
-- same columns as Modulith's own PostgreSQL schema): one row per event and listener, written in the publishing
-- transaction, deleted when the listener completes (spring.modulith.events.completion-mode=delete), so what stays
-- is what has not been handled yet and is republished on restart.
create table event_publication (
    id uuid primary key,
    listener_id text not null,
    event_type text not null,
    serialized_event text not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status text,
    completion_attempts integer not null default 0,
    last_resubmission_date timestamp with time zone
);
-- Completing a publication looks it up by its serialized event and listener.
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
