DECLARE
  n NUMBER;
BEGIN
  SELECT COUNT(*) INTO n FROM user_tab_columns
   WHERE table_name = 'CUSTOMERS' AND column_name = 'LOYALTY_TIER';
  IF n = 0 THEN
    EXECUTE IMMEDIATE 'ALTER TABLE customers ADD (loyalty_tier VARCHAR2(20) DEFAULT ''basic'')';
  END IF;
END;
/
