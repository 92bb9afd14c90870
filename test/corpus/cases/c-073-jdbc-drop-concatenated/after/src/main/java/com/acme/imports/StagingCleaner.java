package com.acme.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

public class StagingCleaner {
    public void clean(Connection connection, List<String> tables) throws SQLException {
        try (Statement stmt = connection.createStatement()) {
            for (String table : tables) {
                stmt.executeUpdate("DROP TABLE IF EXISTS " + table + " CASCADE");
            }
        }
    }
}
