-- A group of agencies can end on a date with a successor group (1/7/2025: "UBND các huyện, thị xã, thành phố"
-- became "UBND các xã, phường, đặc khu"); an ended group still names the finished work printed with it.
alter table agency_group add column active boolean not null default true;
alter table agency_group add column successor_id bigint references agency_group (id);
alter table agency_group add column ended_on date;
