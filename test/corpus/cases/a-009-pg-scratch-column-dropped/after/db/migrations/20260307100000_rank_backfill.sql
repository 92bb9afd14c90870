ALTER TABLE players ADD COLUMN tmp_rank integer;
UPDATE players SET tmp_rank = r.rank FROM rankings r WHERE r.player_id = players.id;
UPDATE players SET rank = tmp_rank WHERE tmp_rank IS NOT NULL;
ALTER TABLE players DROP COLUMN tmp_rank;
