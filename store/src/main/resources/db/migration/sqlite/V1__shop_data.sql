-- The shop's data. The SQLite and PostgreSQL schemas differ only in how the events table numbers
-- its rows (seq: the order events were stored in, which the training snapshot reads them in).
-- Times are milliseconds since the epoch (UTC); lists and attribute maps are JSON text.
create table items (
  id            varchar(200) primary key,
  title         text not null,
  category_path text not null,
  brand         text,
  price         double precision not null,
  currency      varchar(3) not null,
  cost          double precision,
  stock         integer,
  attributes    text not null
);

create table users (
  id         varchar(200) primary key,
  attributes text not null
);

create table events (
  seq               integer primary key,
  id                varchar(200) not null unique,
  type              varchar(20) not null,
  user_id           varchar(200),
  session_id        varchar(200),
  order_id          varchar(200),
  item_id           varchar(200) not null,
  quantity          integer not null,
  unit_price        double precision,
  rating            double precision,
  event_time        bigint not null,
  recommendation_id varchar(200)
);


create table imports (
  id                bigint primary key,
  source            text not null,
  format            text not null,
  started_at        bigint not null,
  rows_read         bigint not null,
  accepted          bigint not null,
  rejected          bigint not null,
  events_added      bigint not null,
  rejects_by_reason text not null,
  rejects_file      text
);
