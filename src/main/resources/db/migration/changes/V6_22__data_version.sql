-- One version per province (0: national data such as the province list), moved in the transaction of every write
-- that changes the province's data (vn.ttdn.changes). Caches on every node key their answers by these versions.
create table data_version (
    province_id bigint primary key,
    version     bigint not null
);
