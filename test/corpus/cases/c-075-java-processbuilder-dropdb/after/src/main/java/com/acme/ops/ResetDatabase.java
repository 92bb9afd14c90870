package com.acme.ops;

public class ResetDatabase {
    public static void main(String[] args) throws Exception {
        String db = System.getenv().getOrDefault("PGDATABASE", "orders");
        Process p = new ProcessBuilder("dropdb", "--if-exists", db).inheritIO().start();
        System.exit(p.waitFor());
    }
}
