INSERT OVERWRITE TABLE warehouse.page_views PARTITION (ds = '${ds}')
SELECT url, user_id, ts FROM raw.page_views_stream WHERE ds = '${ds}';
