DROP PROCEDURE IF EXISTS monthly_totals;

DELIMITER //
CREATE PROCEDURE monthly_totals(IN p_year INT, IN p_month INT)
BEGIN
  SELECT customer_id, ROUND(SUM(amount), 2) AS total
  FROM payments
  WHERE YEAR(paid_at) = p_year AND MONTH(paid_at) = p_month
  GROUP BY customer_id;
END //
DELIMITER ;
