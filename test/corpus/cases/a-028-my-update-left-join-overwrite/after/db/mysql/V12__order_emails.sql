UPDATE `orders` o
  LEFT JOIN `customers` c ON c.id = o.customer_id
SET o.email = c.email;
