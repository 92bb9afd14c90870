package com.acme.ops;

public class Revision {
    public static void main(String[] args) throws Exception {
        Process p = new ProcessBuilder("git", "rev-parse", "HEAD").inheritIO().start();
        System.exit(p.waitFor());
    }
}
