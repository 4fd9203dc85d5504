-- Sign-in failure counts of LoginThrottle (kind: 'address' or 'account'), shared by every node.
create table login_failure (
    kind     varchar(10)              not null,
    name     varchar(200)             not null,
    failures int                      not null,
    last_at  timestamp with time zone not null,
    until_at timestamp with time zone not null,
    primary key (kind, name)
);

create index login_failure_last_at on login_failure (last_at);
