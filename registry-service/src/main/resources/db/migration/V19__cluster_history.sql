-- Who created and changed each cluster and who added and removed its member businesses, when (ClusterHistoryEntry):
-- a member's removal deletes its row, owner name included, and leaves this line naming the business, not its owner.
create table cluster_history (
    id             bigint generated always as identity primary key,
    cluster_id     uuid        not null references cluster (id),
    action         text        not null,
    member_id      uuid,
    business_name  text,
    actor          text,
    actor_role     text,
    occurred_at    timestamptz not null
);

create index cluster_history_by_cluster on cluster_history (cluster_id, id);

-- What was there before the history was kept, by someone not recorded: each cluster's creation and each member's addition.
insert into cluster_history (cluster_id, action, occurred_at)
select id, 'CREATED', created_at from cluster order by created_at, id;
insert into cluster_history (cluster_id, action, member_id, business_name, occurred_at)
select cluster_id, 'MEMBER_ADDED', id, business_name, created_at from cluster_member order by created_at, id;
