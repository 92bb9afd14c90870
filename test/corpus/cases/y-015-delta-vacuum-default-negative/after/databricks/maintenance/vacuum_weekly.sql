OPTIMIZE main.analytics.events ZORDER BY (user_id);
VACUUM main.analytics.events RETAIN 168 HOURS;
