package com.acme.cart;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

@Repository
public class CartRepository {
    private final JdbcTemplate jdbc;

    public CartRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int removeItem(long cartId, long itemId) {
        return jdbc.update("DELETE FROM cart_items WHERE cart_id = ? AND id = ?", cartId, itemId);
    }
}
