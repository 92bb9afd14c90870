package main

import (
	"log"
	"os"
	"os/exec"
)

func main() {
	host := os.Getenv("REDIS_HOST")
	cmd := exec.Command("redis-cli", "-h", host, "FLUSHALL")
	cmd.Stdout = os.Stdout
	if err := cmd.Run(); err != nil {
		log.Fatal(err)
	}
}
