-- Drop "pets" table
DROP TABLE `pets`;
